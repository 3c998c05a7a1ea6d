#include "cli/plan_input.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <utility>

#include "cli/usage.hpp"
#include "core/files/plan_file.hpp"
#include "core/plan/plan_limits.hpp"

namespace planner::cli {
namespace {

// Reads at most one byte more than the cap: enough for the loader to say "too large" without
// pulling a huge file into memory.
std::optional<std::string> read_capped(std::istream& in) {
  std::string text;
  text.resize(limits::kMaxFileBytes + 1);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad()) return std::nullopt;
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

std::optional<Plan> read_plan_file(const std::string& path, const Catalogue& catalogue) {
  std::optional<std::string> text;
  const std::string name = path == "-" ? std::string("standard input") : path;
  if (path == "-") {
    text = read_capped(std::cin);
  } else {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
      std::cerr << "planner-cli: cannot read " << name << ": no such file or not readable\n";
      return std::nullopt;
    }
    text = read_capped(file);
  }
  if (!text) {
    std::cerr << "planner-cli: cannot read " << name << "\n";
    return std::nullopt;
  }

  LoadResult result = load_plan_file(*text, catalogue);
  if (result.status == LoadStatus::ok) return std::move(result.plan);
  std::cerr << "planner-cli: " << name << " is not a valid plan: " << load_summary(result) << "\n";
  // not_a_plan's summary already quotes its one problem.
  if (result.status != LoadStatus::not_a_plan) {
    for (const LoadProblem& problem : result.problems) std::cerr << "  " << to_string(problem) << "\n";
  }
  return std::nullopt;
}

}  // namespace

std::optional<PlanInput> read_plan_input(const std::string& path, const Catalogue& catalogue) {
  std::optional<Plan> plan = read_plan_file(path, catalogue);
  if (!plan) return std::nullopt;
  Schedule schedule = expand_schedule(catalogue, *plan);
  return PlanInput{std::move(*plan), std::move(schedule)};
}

int with_plan_input(const std::string& path, const std::function<int(const Catalogue&, const PlanInput&)>& use) {
  const Catalogue& catalogue = default_catalogue();
  const std::optional<PlanInput> input = read_plan_input(path, catalogue);
  return input ? use(catalogue, *input) : kExitInvalid;
}

}  // namespace planner::cli
