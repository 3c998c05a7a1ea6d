#pragma once
// Parsing JSON text that came from outside the app (an imported file, a link, local storage a
// browser extension may have touched) without letting it cost more than its size.
//
// Why not nlohmann's parse() with a parser callback: its callback parser rescans the parent
// container at the end of every object (quadratic: 120 KB of `[{},{},…]` took 1.6 s here), and a
// callback can only discard values, not stop. A SAX handler of our own stops at the first
// problem, builds nothing deeper than the limit, and knows the JSON pointer of every value.
#include <cstddef>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/files/load_problem.hpp"

namespace planner {

struct JsonLimits {
  std::size_t max_bytes = 0;  // the text may be at most this long
  std::size_t max_depth = 0;  // arrays and objects nested at most this deep (the root is depth 1)
  // Every array and object costs an allocation (an empty one too), so a megabyte of `{},` is
  // 350,000 of them and 50 to 120 ms to build and free here: cap their number and the members
  // of one object well above what the document needs, and such text is refused in a few ms.
  std::size_t max_containers = 0;  // arrays and objects in the whole text
  std::size_t max_members = 0;     // keys in one object
};

struct UntrustedJson {
  std::optional<nlohmann::json> value;  // set when the text is acceptable
  LoadProblem problem;                  // why it is not, when `value` is empty
  // True when the text is not JSON at all (too big, malformed, too deep): as opposed to well-formed
  // JSON with a key given twice, which is a mistake inside a document rather than a wrong file.
  bool malformed = false;
};

// Strict RFC 8259 JSON (UTF-8, no comments, nothing after the value), within `limits`, with no
// key repeated in an object. Never throws on bad input.
UntrustedJson parse_untrusted_json(std::string_view text, const JsonLimits& limits);

// `token` escaped for use as one JSON pointer segment (RFC 6901: "~" → "~0", "/" → "~1").
std::string json_pointer_segment(std::string_view token);

}  // namespace planner
