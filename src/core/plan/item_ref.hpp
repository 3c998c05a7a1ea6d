#pragma once
// Item references: how a review comment names what it is about (docs/product.md §14: a module, a
// session, a milestone, an activity, a review, a finding, …). One text, so comments travel in
// files and links and survive the item they name:
//
//   plan                  the plan as a whole
//   dissertation          the dissertation as a whole
//   <event id>            any event of the schedule (schedule.hpp): "M2" (a module), "M2/f2f-1"
//                         (a session), "M2/assignment" (a deadline), "milestone/ethics",
//                         "activity-3", "review-4", "leave-1", "induction", "epa/portfolio"
//   <plan item id>        items with no event: a cancelled activity, logged hours ("hours-7")
//   finding/<rule>/<hash> a finding of the checks: its rule and a hash of the items involved,
//                         so it names that finding for as long as the plan has it
//
// Grammar: 1 to limits::kMaxItemRefBytes of A-Z a-z 0-9 . _ - /, starting with a letter or digit.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/calendar/date.hpp"
#include "core/plan/plan.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"
#include "core/rules/rules.hpp"

namespace planner {

inline constexpr std::string_view kWholePlanRef = "plan";
inline constexpr std::string_view kDissertationRef = "dissertation";

bool is_item_ref(std::string_view text);

// "finding/<rule>/<16 hex digits>": the same finding (rule and items) gives the same reference.
std::string finding_ref(const Finding& finding);

// What an item reference names in a plan now.
struct ItemInfo {
  enum class Kind {
    plan,
    dissertation,
    module,
    session,
    deadline,
    milestone,
    activity,
    review,
    period,
    induction,
    end_point,
    hours,
    finding
  };
  std::string ref;
  Kind kind = Kind::plan;
  std::string label;         // "Face-to-face: module walk-through (Module 2), Mon 1 Mar 2027"
  std::optional<Date> date;  // its first day, when it has one
};
std::string_view to_string(ItemInfo::Kind kind);  // "plan", "module", "session", …, "finding"

// Every item of a plan a comment can be about, by reference. Build it from the plan's current
// schedule and findings; it does not follow later changes of the plan.
class ItemIndex {
 public:
  ItemIndex(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule,
            const std::vector<Finding>& findings);

  const ItemInfo* find(std::string_view ref) const;
  bool contains(std::string_view ref) const { return find(ref) != nullptr; }
  // In order: the plan, the dissertation, the schedule's events by date, items with no event,
  // then the findings.
  const std::vector<ItemInfo>& items() const { return items_; }

 private:
  void add(ItemInfo info);
  std::vector<ItemInfo> items_;
  std::unordered_map<std::string, std::size_t> by_ref_;
};

}  // namespace planner
