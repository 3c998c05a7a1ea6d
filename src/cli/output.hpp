#pragma once
// Where a command's result goes, and the one clock reading the CLI makes.
#include <optional>
#include <string>
#include <string_view>

namespace planner::cli {

// Writes `text` to `path`, or to standard output when there is none. Tells stderr and returns
// false when the file cannot be written.
bool write_output(const std::optional<std::string>& path, std::string_view text);

// "2027-01-04T09:30:00Z": now in UTC, or SOURCE_DATE_EPOCH when set, so that scripted runs can
// produce byte-identical files (https://reproducible-builds.org/specs/source-date-epoch/).
std::string timestamp_now();

}  // namespace planner::cli
