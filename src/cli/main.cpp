// planner-cli: the native command-line front over the core (PRODUCT.md "Interfaces").
#include <cstdio>
#include <string_view>

#include "core/version.hpp"

int main(int argc, char** argv) {
  const std::string_view command = argc > 1 ? argv[1] : "";
  if (command == "--version" || command == "version") {
    std::printf("planner-cli %.*s\n", static_cast<int>(planner::app_version().size()), planner::app_version().data());
    return 0;
  }
  std::fprintf(stderr, "usage: planner-cli --version\n");
  return 2;
}
