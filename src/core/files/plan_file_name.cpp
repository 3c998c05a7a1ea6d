#include "core/files/plan_file_name.hpp"

namespace planner {

std::string plan_file_name(const Plan& plan, Date today) {
  constexpr std::size_t kMaxStem = 60;  // long names are cut: some systems limit paths to 255 bytes
  std::string stem;
  for (const char c : plan.name) {
    const bool safe =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    // Runs of anything else (spaces, punctuation, each byte of a non-ASCII letter) become one '-'.
    if (safe) stem += c;
    else if (!stem.empty() && stem.back() != '-') stem += '-';
    if (stem.size() >= kMaxStem) break;
  }
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  if (stem.empty()) stem = "apprenticeship-plan";
  return stem + "-" + today.iso() + ".plan.json";
}

}  // namespace planner
