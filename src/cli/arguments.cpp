#include "cli/arguments.hpp"

#include <charconv>

#include "cli/usage.hpp"

namespace planner::cli {
namespace {

bool looks_like_option(std::string_view arg) { return arg.size() > 1 && arg[0] == '-'; }

}  // namespace

bool Arguments::take_flag(std::string_view flag) {
  bool found = false;
  for (auto it = args_.begin(); it != args_.end();) {
    if (*it != flag) {
      ++it;
      continue;
    }
    if (found) throw UsageError(std::string(flag) + " is given twice");
    found = true;
    it = args_.erase(it);
  }
  return found;
}

std::vector<std::string> Arguments::take_all(std::string_view option) {
  std::vector<std::string> values;
  for (auto it = args_.begin(); it != args_.end();) {
    if (*it == option) {
      if (it + 1 == args_.end()) throw UsageError(std::string(option) + " needs a value");
      values.emplace_back(*(it + 1));
      it = args_.erase(it, it + 2);
    } else if (it->size() > option.size() && it->substr(0, option.size()) == option && (*it)[option.size()] == '=') {
      values.emplace_back(it->substr(option.size() + 1));
      it = args_.erase(it);
    } else {
      ++it;
    }
  }
  return values;
}

std::optional<std::string> Arguments::take(std::string_view option) {
  std::vector<std::string> values = take_all(option);
  if (values.size() > 1) throw UsageError(std::string(option) + " is given more than once");
  if (values.empty()) return std::nullopt;
  return std::move(values.front());
}

std::string Arguments::take_positional(std::string_view what) {
  for (auto it = args_.begin(); it != args_.end(); ++it) {
    if (looks_like_option(*it)) throw UsageError("unknown option " + std::string(*it));
  }
  if (args_.empty()) throw UsageError("missing " + std::string(what));
  if (args_.size() > 1) throw UsageError("unexpected argument " + std::string(args_[1]));
  std::string value(args_.front());
  args_.clear();
  return value;
}

void Arguments::expect_empty() const {
  if (args_.empty()) return;
  const std::string_view first = args_.front();
  throw UsageError((looks_like_option(first) ? "unknown option " : "unexpected argument ") + std::string(first));
}

Date parse_date_option(std::string_view option, std::string_view value) {
  const std::optional<Date> date = Date::parse(value);
  if (!date) {
    throw UsageError(std::string(option) + ": \"" + std::string(value) + "\" is not a real date as YYYY-MM-DD");
  }
  return *date;
}

int parse_int_option(std::string_view option, std::string_view value, int min, int max) {
  int number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size() || number < min || number > max) {
    throw UsageError(std::string(option) + ": \"" + std::string(value) + "\" should be a whole number from " +
                     std::to_string(min) + " to " + std::to_string(max));
  }
  return number;
}

}  // namespace planner::cli
