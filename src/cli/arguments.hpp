#pragma once
// A command's arguments, consumed front to back: options with values, flags and positionals,
// each refused with a UsageError that says which argument and why.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar/date.hpp"

namespace planner::cli {

class Arguments {
 public:
  explicit Arguments(std::span<const std::string_view> args) : args_(args.begin(), args.end()) {}

  // Removes `--flag` wherever it is; true when it was there (more than once is an error).
  bool take_flag(std::string_view flag);
  // Removes every `--option VALUE` (or `--option=VALUE`) and returns the values in order.
  std::vector<std::string> take_all(std::string_view option);
  // At most one `--option VALUE`.
  std::optional<std::string> take(std::string_view option);
  // The one positional argument left (an unknown option is an error, as is anything extra).
  std::string take_positional(std::string_view what);
  // Call last: anything left over is an error.
  void expect_empty() const;

 private:
  std::vector<std::string_view> args_;
};

// Parsers for option values, each throwing a UsageError naming the option.
Date parse_date_option(std::string_view option, std::string_view value);
int parse_int_option(std::string_view option, std::string_view value, int min, int max);

}  // namespace planner::cli
