#include "core/files/plan_references.hpp"

#include <algorithm>
#include <string_view>

#include "core/files/untrusted_json.hpp"
#include "core/plan/plan_limits.hpp"

namespace planner {
namespace {

template <class Items>
bool has_id(const Items& items, std::string_view id) {
  return std::any_of(items.begin(), items.end(), [&](const auto& item) { return item.id == id; });
}

std::string quote(std::string_view id) {
  std::string out = "\"";
  out += id;
  out += '"';
  return out;
}

class ReferenceCheck {
 public:
  ReferenceCheck(const Catalogue& catalogue, std::vector<LoadProblem>& problems)
      : catalogue_(catalogue), problems_(problems) {}

  void plan(const Plan& plan, const std::string& at) {
    if (plan.programme_id != catalogue_.id) {
      // Everything else would be measured against the wrong programme: say only this.
      report(at + "/programmeId", quote(plan.programme_id) + " is not a programme this app knows (it knows " +
                                      quote(catalogue_.id) + ", " + catalogue_.title + ")");
      return;
    }
    if (!has_id(catalogue_.otj_policies, plan.profile.otj_policy)) {
      report(at + "/profile/otjPolicy",
             quote(plan.profile.otj_policy) + " is not an off-the-job policy of the programme");
    }
    for (std::size_t i = 0; i < plan.modules.size(); ++i)
      placement(plan.modules[i], at + "/modules/" + std::to_string(i));
    for (std::size_t i = 0; i < plan.activities.size(); ++i) {
      activity(plan.activities[i], at + "/activities/" + std::to_string(i));
    }
    for (std::size_t i = 0; i < plan.reviews.size(); ++i) {
      const Review& review = plan.reviews[i];
      const std::string review_at = at + "/reviews/" + std::to_string(i);
      for (std::size_t k = 0; k < review.attendees.size(); ++k) {
        const std::string& who = review.attendees[k];
        if (std::find(catalogue_.review_attendees.begin(), catalogue_.review_attendees.end(), who) ==
            catalogue_.review_attendees.end()) {
          report(review_at + "/attendees/" + std::to_string(k), quote(who) + " is not one of the review's parties");
        }
      }
    }
    for (const auto& [step, day] : plan.end_point.step_dates) {
      if (!has_id(catalogue_.epa_steps, step)) {
        report(at + "/endPoint/stepDates/" + json_pointer_segment(step),
               quote(step) + " is not a step of the gateway and end-point assessment");
      }
    }
  }

 private:
  void placement(const ModulePlacement& placement, const std::string& at) {
    if (!has_id(catalogue_.modules, placement.module_id)) {
      report(at + "/moduleId", quote(placement.module_id) + " is not a module of the programme");
    }
    for (const auto& [session, day] : placement.session_dates) {
      if (!has_id(catalogue_.timetable.sessions, session)) {
        report(at + "/sessionDates/" + json_pointer_segment(session),
               quote(session) + " is not a session of the module timetable");
      }
    }
    for (const auto& [deadline, day] : placement.deadline_dates) {
      if (!has_id(catalogue_.timetable.deadlines, deadline)) {
        report(at + "/deadlineDates/" + json_pointer_segment(deadline),
               quote(deadline) + " is not a deadline of the module timetable");
      }
    }
  }

  void activity(const Activity& activity, const std::string& at) {
    if (catalogue_.activity_type(activity.kind) == nullptr) {
      report(at + "/type", quote(to_string(activity.kind)) + " is not a kind of activity the programme has");
    }
    for (std::size_t k = 0; k < activity.standards.size(); ++k) {
      if (!has_id(catalogue_.standards, activity.standards[k])) {
        report(at + "/standards/" + std::to_string(k),
               quote(activity.standards[k]) + " is not a standard of the programme");
      }
    }
    for (std::size_t k = 0; k < activity.behaviours.size(); ++k) {
      if (!has_id(catalogue_.behaviours, activity.behaviours[k])) {
        report(at + "/behaviours/" + std::to_string(k),
               quote(activity.behaviours[k]) + " is not a behaviour of the programme");
      }
    }
  }

  void report(std::string at, std::string message) {
    if (problems_.size() < limits::kMaxProblems) problems_.push_back(LoadProblem{std::move(at), std::move(message)});
  }

  const Catalogue& catalogue_;
  std::vector<LoadProblem>& problems_;
};

}  // namespace

std::vector<LoadProblem> check_catalogue_references(const Catalogue& catalogue, const Plan& plan,
                                                    const std::string& at) {
  std::vector<LoadProblem> problems;
  ReferenceCheck(catalogue, problems).plan(plan, at);
  return problems;
}

}  // namespace planner
