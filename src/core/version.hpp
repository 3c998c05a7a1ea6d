#pragma once
#include <string_view>

namespace planner {
// The app's version (semver, from CMake's project version), shown in the UI and written into
// every plan file as "appVersion".
std::string_view app_version();
}  // namespace planner
