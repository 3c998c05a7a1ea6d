#include "cli/output.hpp"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>

namespace planner::cli {

bool write_output(const std::optional<std::string>& path, std::string_view text) {
  if (!path) {
    std::cout << text;
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  std::ofstream file(*path, std::ios::binary | std::ios::trunc);
  file << text;
  file.close();
  if (!file) {
    std::cerr << "planner-cli: cannot write " << *path << "\n";
    return false;
  }
  return true;
}

std::string timestamp_now() {
  std::time_t seconds = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    long long value = 0;
    const std::string_view text(epoch);
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    // Plan files hold years up to 2999 (Date::kMaxYear): 32503680000 is 3000-01-01.
    const bool usable = error == std::errc() && end == text.data() + text.size() && value >= 0 && value < 32503680000LL;
    if (usable) seconds = static_cast<std::time_t>(value);
  }
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace planner::cli
