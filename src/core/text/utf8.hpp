#pragma once
// Whether bytes are well-formed UTF-8 (Unicode's Table 3-7: no overlong forms, no surrogates,
// nothing above U+10FFFF): exactly what nlohmann's decoder and a browser's fatal TextDecoder accept.
#include <string_view>

namespace planner {

bool is_utf8(std::string_view text);

}  // namespace planner
