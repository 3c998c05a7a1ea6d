#include "core/programme/demo_plan.hpp"

#include <stdexcept>
#include <string>

#include "core/files/plan_file.hpp"
#include "planner_core_data.hpp"

namespace planner {

DemoPlan load_demo_plan(const Catalogue& catalogue) {
  const auto text = data::file(kDemoPlanFile);
  if (!text) throw std::logic_error(std::string(kDemoPlanFile) + ": not embedded");
  LoadResult loaded = load_plan_file(*text, catalogue);
  if (loaded.status != LoadStatus::ok || !loaded.plan) {
    std::string why = std::string(kDemoPlanFile) + ": " + load_summary(loaded);
    for (const LoadProblem& problem : loaded.problems) why += "\n" + to_string(problem);
    throw std::logic_error(why);
  }
  // savedAt is an ISO 8601 timestamp ("2027-02-03T08:30:00Z"): its first ten characters are the day.
  const auto today = Date::parse(std::string_view(loaded.saved_at).substr(0, 10));
  if (!today) throw std::logic_error(std::string(kDemoPlanFile) + ": savedAt does not start with a date");
  return DemoPlan{std::move(*loaded.plan), *today};
}

}  // namespace planner
