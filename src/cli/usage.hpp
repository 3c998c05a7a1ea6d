#pragma once
// What planner-cli prints for --help, and the error that sends bad usage back to main().
#include <stdexcept>
#include <string_view>

namespace planner::cli {

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;  // check: the plan has errors; autoplan: no valid plan exists
inline constexpr int kExitInvalid = 2;   // bad usage, or a file that is not a valid plan

// Thrown by argument parsing; main() prints "planner-cli: <what>" and the usage to stderr, exit 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

extern const std::string_view kUsage;

}  // namespace planner::cli
