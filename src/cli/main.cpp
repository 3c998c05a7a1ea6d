// planner-cli: the native command-line front over the core (docs/product.md "Interfaces"). This file
// only dispatches; each command lives in its own file (commands.hpp).
#include <iostream>
#include <span>
#include <string_view>
#include <vector>

#include "cli/commands.hpp"
#include "cli/usage.hpp"
#include "core/version.hpp"

namespace {

using namespace planner::cli;

struct Command {
  std::string_view name;
  int (*run)(std::span<const std::string_view>);
};

constexpr Command kCommands[] = {
    {"autoplan", run_autoplan}, {"check", run_check}, {"schedule", run_schedule},
    {"ics", run_ics},           {"csv", run_csv},     {"report", run_report},
};

int usage_error(std::string_view what) {
  std::cerr << "planner-cli: " << what << "\n\n" << kUsage;
  return kExitInvalid;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("no command given");
  const std::string_view command = args.front();
  if (command == "--version" || command == "version") {
    std::cout << "planner-cli " << planner::app_version() << "\n";
    return kExitOk;
  }
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  for (const Command& known : kCommands) {
    if (known.name != command) continue;
    try {
      return known.run(std::span<const std::string_view>(args).subspan(1));
    } catch (const UsageError& error) {
      return usage_error(error.what());
    }
  }
  return usage_error("unknown command \"" + std::string(command) + "\"");
}
