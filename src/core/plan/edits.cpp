#include "core/plan/edits.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace planner::edits {
namespace {

using Result = std::optional<std::string>;

Edit make(std::string label, std::function<Result(Plan&)> change, std::string merge_key = {}) {
  return Edit{std::move(label), std::move(change), std::move(merge_key)};
}

template <typename T>
auto find_item(std::vector<T>& items, const std::string& id) {
  return std::find_if(items.begin(), items.end(), [&id](const T& item) { return item.id == id; });
}

// Adds `item` to `items`, giving it a fresh "<prefix>-N" id when it has none; refuses a
// duplicate id.
template <typename T>
Result add_item(Plan& plan, std::vector<T>& items, T item, std::string_view prefix, std::string_view what) {
  if (item.id.empty()) {
    item.id = next_item_id(plan, prefix);
  } else if (find_item(items, item.id) != items.end()) {
    return std::string(what) + " " + item.id + " already exists";
  }
  items.push_back(std::move(item));
  sort_items(plan);
  return std::nullopt;
}

template <typename T>
Result update_item(Plan& plan, std::vector<T>& items, T item, std::string_view what) {
  const auto it = find_item(items, item.id);
  if (it == items.end()) return "There is no " + std::string(what) + " " + item.id;
  *it = std::move(item);
  sort_items(plan);
  return std::nullopt;
}

template <typename T>
Result remove_item(std::vector<T>& items, const std::string& id, std::string_view what) {
  const auto it = find_item(items, id);
  if (it == items.end()) return "There is no " + std::string(what) + " " + id;
  items.erase(it);
  return std::nullopt;
}

std::string module_name(const Catalogue& catalogue, const std::string& module_id) {
  const Module* module = catalogue.module(module_id);
  return module != nullptr ? "Module " + std::to_string(module->number) : module_id;
}

Result check_module(const Catalogue& catalogue, const std::string& module_id) {
  if (catalogue.module(module_id) == nullptr) return "The programme has no module " + module_id;
  return std::nullopt;
}

Result check_monday(Date start) {
  if (start.iso_weekday() != 1) return "A module starts on a Monday, not on " + start.display();
  return std::nullopt;
}

// Moves a placement to `start`, taking its hand-set dates along.
void shift_placement(ModulePlacement& placement, Date start) {
  const int delta = days_between(placement.start, start);
  placement.start = start;
  for (auto& [id, day] : placement.session_dates) day = day.plus_days(delta);
  for (auto& [id, day] : placement.deadline_dates) day = day.plus_days(delta);
}

std::string_view period_noun(PeriodKind kind) { return kind == PeriodKind::busy ? "busy period" : "leave"; }

Result check_period(const Period& period) {
  if (period.last < period.first) {
    return "The period ends (" + period.last.display() + ") before it starts (" + period.first.display() + ")";
  }
  return std::nullopt;
}

Result check_milestone(const Milestone& milestone) {
  if (milestone.title.empty()) return "A milestone needs a title";
  if (milestone.words < 0 || milestone.target_words < 0) return "Word counts cannot be negative";
  return std::nullopt;
}

Result check_activity(const Catalogue& catalogue, const Activity& activity) {
  const ActivityType* type = catalogue.activity_type(activity.kind);
  if (type == nullptr) return "There is no activity type \"" + std::string(to_string(activity.kind)) + "\"";
  if (!std::isfinite(activity.hours) || activity.hours < 0 || activity.hours > 24) {
    return "An activity counts for 0 to 24 hours";
  }
  if (activity.reflection_words != 0 && std::find(type->reflection_words.begin(), type->reflection_words.end(),
                                                  activity.reflection_words) == type->reflection_words.end()) {
    return type->name + " has no " + std::to_string(activity.reflection_words) + "-word reflection";
  }
  for (const std::string& id : activity.standards) {
    if (catalogue.standard(id) == nullptr) return "There is no standard \"" + id + "\"";
  }
  for (const std::string& id : activity.behaviours) {
    if (catalogue.behaviour(id) == nullptr) return "There is no behaviour \"" + id + "\"";
  }
  return std::nullopt;
}

Result check_review(const Catalogue& catalogue, const Review& review) {
  std::set<std::string> seen;
  for (const std::string& attendee : review.attendees) {
    if (std::find(catalogue.review_attendees.begin(), catalogue.review_attendees.end(), attendee) ==
        catalogue.review_attendees.end()) {
      return "\"" + attendee + "\" is not one of the review's parties";
    }
    if (!seen.insert(attendee).second) return "\"" + attendee + "\" is listed twice";
  }
  return std::nullopt;
}

Result check_hours(const HoursEntry& entry) {
  if (!std::isfinite(entry.hours) || entry.hours <= 0 || entry.hours > 24) {
    return "Logged hours are more than 0 and at most 24 a day";
  }
  return std::nullopt;
}

}  // namespace

Edit set_plan_name(std::string name) {
  const std::string label = "Rename the plan to \u201c" + name + "\u201d";
  return make(label, [name = std::move(name)](Plan& plan) -> Result {
    plan.name = name;
    return std::nullopt;
  });
}

Edit set_profile(const Catalogue& catalogue, Profile profile) {
  return make(
      "Change the profile",
      [&catalogue, profile = std::move(profile)](Plan& plan) -> Result {
        if (profile.intended_end && *profile.intended_end <= profile.start) {
          return "The intended end (" + profile.intended_end->display() + ") must be after the start (" +
                 profile.start.display() + ")";
        }
        if (!std::isfinite(profile.contracted_hours_per_week) || profile.contracted_hours_per_week <= 0 ||
            profile.contracted_hours_per_week > 168) {
          return "Contracted hours are more than 0 and at most 168 a week";
        }
        const OtjPolicy* policy = catalogue.otj_policy(profile.otj_policy);
        if (policy == nullptr) return "There is no off-the-job policy \"" + profile.otj_policy + "\"";
        if (!std::isfinite(profile.otj_figure) || profile.otj_figure < 0)
          return "The off-the-job figure cannot be negative";
        if (policy->measure == OtjMeasure::percent_of_contracted && profile.otj_figure > 100) {
          return "The off-the-job figure is a percentage: at most 100";
        }
        plan.profile = profile;
        return std::nullopt;
      },
      "profile");
}

Edit set_induction(std::optional<Date> day) {
  return make(day ? "Set the induction to " + day->display() : "Reset the induction date", [day](Plan& plan) -> Result {
    plan.induction = day;
    return std::nullopt;
  });
}

Edit set_rule_settings(RuleSettings settings) {
  return make(
      "Change the check settings",
      [settings](Plan& plan) -> Result {
        if (settings.max_concurrent_modules < 1 || settings.max_concurrent_modules > 20) {
          return "Modules at once: from 1 to 20";
        }
        if (settings.min_days_between_deadlines < 0 || settings.min_days_between_deadlines > 365) {
          return "Days between deadlines: from 0 to 365";
        }
        if (settings.review_interval_weeks < 1 || settings.review_interval_weeks > 52)
          return "Weeks between reviews: from 1 to 52";
        if (settings.shadowing_window_months < 1 || settings.shadowing_window_months > 36) {
          return "Months between shadowing: from 1 to 36";
        }
        if (settings.proposal_module_latest_position < 1 || settings.proposal_module_latest_position > 20) {
          return "Position of the proposal module: from 1 to 20";
        }
        plan.settings = settings;
        return std::nullopt;
      },
      "settings");
}

Edit replace_plan(Plan replacement, std::string label) {
  return make(std::move(label), [replacement = std::move(replacement)](Plan& plan) -> Result {
    std::string id = replacement.id.empty() ? plan.id : replacement.id;
    plan = replacement;
    plan.id = std::move(id);
    sort_items(plan);
    return std::nullopt;
  });
}

Edit combine(std::string label, std::vector<Edit> steps) {
  return make(std::move(label), [steps = std::move(steps)](Plan& plan) -> Result {
    Plan changed = plan;
    for (const Edit& step : steps) {
      if (auto error = step.change(changed)) return error;
    }
    plan = std::move(changed);
    return std::nullopt;
  });
}

Edit add_period(Period period) {
  const std::string label = "Add " + std::string(period_noun(period.kind)) + " from " + period.first.display();
  return make(label, [period = std::move(period)](Plan& plan) -> Result {
    if (auto error = check_period(period)) return error;
    return add_item(plan, plan.periods, period, to_string(period.kind), "Period");
  });
}

Edit update_period(Period period) {
  const std::string key = "period:" + period.id;
  return make(
      "Change " + std::string(period_noun(period.kind)),
      [period = std::move(period)](Plan& plan) -> Result {
        if (auto error = check_period(period)) return error;
        return update_item(plan, plan.periods, period, "period");
      },
      key);
}

Edit remove_period(std::string id) {
  return make("Remove a leave or busy period",
              [id = std::move(id)](Plan& plan) -> Result { return remove_item(plan.periods, id, "period"); });
}

Edit place_module(const Catalogue& catalogue, std::string module_id, Date start) {
  const std::string label = "Place " + module_name(catalogue, module_id) + " on " + start.display();
  return make(label, [&catalogue, module_id = std::move(module_id), start](Plan& plan) -> Result {
    if (auto error = check_module(catalogue, module_id)) return error;
    if (auto error = check_monday(start)) return error;
    if (plan.placement(module_id) != nullptr) return module_name(catalogue, module_id) + " is already on the calendar";
    ModulePlacement placement;
    placement.module_id = module_id;
    placement.start = start;
    plan.modules.push_back(std::move(placement));
    sort_items(plan);
    return std::nullopt;
  });
}

Edit move_module(const Catalogue& catalogue, std::string module_id, Date start) {
  const std::string label = "Move " + module_name(catalogue, module_id) + " to " + start.display();
  std::string key = "move:" + module_id;
  return make(
      label,
      [&catalogue, module_id = std::move(module_id), start](Plan& plan) -> Result {
        if (auto error = check_module(catalogue, module_id)) return error;
        if (auto error = check_monday(start)) return error;
        ModulePlacement* placement = plan.placement(module_id);
        if (placement == nullptr) return module_name(catalogue, module_id) + " is not on the calendar";
        shift_placement(*placement, start);
        sort_items(plan);
        return std::nullopt;
      },
      std::move(key));
}

Edit unplace_module(const Catalogue& catalogue, std::string module_id) {
  const std::string label = "Take " + module_name(catalogue, module_id) + " off the calendar";
  return make(label, [&catalogue, module_id = std::move(module_id)](Plan& plan) -> Result {
    const auto it = std::find_if(plan.modules.begin(), plan.modules.end(),
                                 [&module_id](const ModulePlacement& p) { return p.module_id == module_id; });
    if (it == plan.modules.end()) return module_name(catalogue, module_id) + " is not on the calendar";
    plan.modules.erase(it);
    return std::nullopt;
  });
}

Edit reorder_modules(const Catalogue& catalogue, std::vector<std::string> order) {
  std::string label = "Reorder the modules";
  return make(std::move(label), [&catalogue, order = std::move(order)](Plan& plan) -> Result {
    if (order.size() != plan.modules.size()) {
      return "The new order lists " + std::to_string(order.size()) + " modules but " +
             std::to_string(plan.modules.size()) + " are on the calendar";
    }
    std::set<std::string> seen;
    for (const std::string& id : order) {
      if (plan.placement(id) == nullptr) return module_name(catalogue, id) + " is not on the calendar";
      if (!seen.insert(id).second) return module_name(catalogue, id) + " is listed twice";
    }
    std::vector<Date> slots;
    for (const ModulePlacement& placement : plan.modules) slots.push_back(placement.start);
    std::sort(slots.begin(), slots.end());
    // Module ids are unique in a plan, so each placement can move straight to its new slot.
    for (std::size_t i = 0; i < order.size(); ++i) shift_placement(*plan.placement(order[i]), slots[i]);
    sort_items(plan);
    return std::nullopt;
  });
}

Edit set_session_date(const Catalogue& catalogue, std::string module_id, std::string session_id,
                      std::optional<Date> day) {
  const std::string label = (day ? "Set a session of " : "Reset a session of ") + module_name(catalogue, module_id) +
                            (day ? " to " + day->display() : std::string());
  return make(
      label,
      [&catalogue, module_id = std::move(module_id), session_id = std::move(session_id), day](Plan& plan) -> Result {
        if (catalogue.timetable.session(session_id) == nullptr)
          return "The timetable has no session \"" + session_id + "\"";
        ModulePlacement* placement = plan.placement(module_id);
        if (placement == nullptr) return module_name(catalogue, module_id) + " is not on the calendar";
        if (day) {
          placement->session_dates[session_id] = *day;
        } else {
          placement->session_dates.erase(session_id);
        }
        return std::nullopt;
      });
}

Edit set_deadline_date(const Catalogue& catalogue, std::string module_id, std::string deadline_id,
                       std::optional<Date> day) {
  const std::string label = (day ? "Set a deadline of " : "Reset a deadline of ") + module_name(catalogue, module_id) +
                            (day ? " to " + day->display() : std::string());
  return make(
      label,
      [&catalogue, module_id = std::move(module_id), deadline_id = std::move(deadline_id), day](Plan& plan) -> Result {
        if (catalogue.timetable.deadline(deadline_id) == nullptr)
          return "The timetable has no deadline \"" + deadline_id + "\"";
        ModulePlacement* placement = plan.placement(module_id);
        if (placement == nullptr) return module_name(catalogue, module_id) + " is not on the calendar";
        if (day) {
          placement->deadline_dates[deadline_id] = *day;
        } else {
          placement->deadline_dates.erase(deadline_id);
        }
        return std::nullopt;
      });
}

Edit set_module_completed(const Catalogue& catalogue, std::string module_id, bool completed) {
  const std::string label = (completed ? "Mark " : "Unmark ") + module_name(catalogue, module_id) + " as completed";
  return make(label, [&catalogue, module_id = std::move(module_id), completed](Plan& plan) -> Result {
    ModulePlacement* placement = plan.placement(module_id);
    if (placement == nullptr) return module_name(catalogue, module_id) + " is not on the calendar";
    placement->completed = completed;
    return std::nullopt;
  });
}

Edit set_dissertation_title(std::string title) {
  return make(
      "Change the dissertation title",
      [title = std::move(title)](Plan& plan) -> Result {
        plan.dissertation.title = title;
        return std::nullopt;
      },
      "dissertation-title");
}

Edit add_milestone(Milestone milestone) {
  const std::string label = "Add milestone \"" + milestone.title + "\" on " + milestone.due.display();
  return make(label, [milestone = std::move(milestone)](Plan& plan) -> Result {
    if (auto error = check_milestone(milestone)) return error;
    return add_item(plan, plan.dissertation.milestones, milestone, "milestone", "Milestone");
  });
}

Edit update_milestone(Milestone milestone) {
  const std::string label = "Change milestone \"" + milestone.title + "\"";
  std::string key = "milestone:" + milestone.id;
  return make(
      label,
      [milestone = std::move(milestone)](Plan& plan) -> Result {
        if (auto error = check_milestone(milestone)) return error;
        return update_item(plan, plan.dissertation.milestones, milestone, "milestone");
      },
      std::move(key));
}

Edit remove_milestone(std::string id) {
  return make("Remove a milestone", [id = std::move(id)](Plan& plan) -> Result {
    return remove_item(plan.dissertation.milestones, id, "milestone");
  });
}

Activity new_activity(const Catalogue& catalogue, EventKind kind, Date day) {
  Activity activity;
  activity.kind = kind;
  activity.title = catalogue.activity_type_name(kind);
  activity.date = day;
  if (const ActivityType* type = catalogue.activity_type(kind)) {
    activity.hours = type->default_hours;
    if (!type->reflection_words.empty()) activity.reflection_words = type->reflection_words.front();
  }
  return activity;
}

Edit add_activity(const Catalogue& catalogue, Activity activity) {
  const std::string label = "Add " + catalogue.activity_type_name(activity.kind) + " on " + activity.date.display();
  return make(label, [&catalogue, activity = std::move(activity)](Plan& plan) -> Result {
    if (auto error = check_activity(catalogue, activity)) return error;
    return add_item(plan, plan.activities, activity, "activity", "Activity");
  });
}

Edit update_activity(const Catalogue& catalogue, Activity activity) {
  std::string key = "activity:" + activity.id;
  return make(
      "Change " + (activity.title.empty() ? "an activity" : "\"" + activity.title + "\""),
      [&catalogue, activity = std::move(activity)](Plan& plan) -> Result {
        if (auto error = check_activity(catalogue, activity)) return error;
        return update_item(plan, plan.activities, activity, "activity");
      },
      std::move(key));
}

Edit remove_activity(std::string id) {
  return make("Remove an activity",
              [id = std::move(id)](Plan& plan) -> Result { return remove_item(plan.activities, id, "activity"); });
}

Edit add_review(const Catalogue& catalogue, Review review) {
  const std::string label = "Add a progress review on " + review.date.display();
  return make(label, [&catalogue, review = std::move(review)](Plan& plan) -> Result {
    if (auto error = check_review(catalogue, review)) return error;
    return add_item(plan, plan.reviews, review, "review", "Review");
  });
}

Edit update_review(const Catalogue& catalogue, Review review) {
  std::string key = "review:" + review.id;
  const std::string label = "Change the review of " + review.date.display();
  return make(
      label,
      [&catalogue, review = std::move(review)](Plan& plan) -> Result {
        if (auto error = check_review(catalogue, review)) return error;
        return update_item(plan, plan.reviews, review, "review");
      },
      std::move(key));
}

Edit remove_review(std::string id) {
  return make("Remove a progress review",
              [id = std::move(id)](Plan& plan) -> Result { return remove_item(plan.reviews, id, "review"); });
}

Edit sign_off_review(std::string review_id, std::string party, SignOff sign_off) {
  const std::string label =
      std::string(sign_off.signed_off ? "Sign off" : "Withdraw the sign-off of") + " a review as " + party;
  return make(label,
              [review_id = std::move(review_id), party = std::move(party),
               sign_off = std::move(sign_off)](Plan& plan) -> Result {
                const auto it = find_item(plan.reviews, review_id);
                if (it == plan.reviews.end()) return "There is no review " + review_id;
                SignOff* target = party == "apprentice" ? &it->apprentice
                                  : party == "mentor"   ? &it->mentor
                                  : party == "tutor"    ? &it->tutor
                                                        : nullptr;
                if (target == nullptr)
                  return "A review is signed off by the apprentice, the mentor or the tutor, not \"" + party + "\"";
                *target = sign_off;
                return std::nullopt;
              });
}

Edit add_hours(HoursEntry entry) {
  const std::string label = "Log hours on " + entry.date.display();
  return make(label, [entry = std::move(entry)](Plan& plan) -> Result {
    if (auto error = check_hours(entry)) return error;
    return add_item(plan, plan.hours_log, entry, "hours", "Hours entry");
  });
}

Edit update_hours(HoursEntry entry) {
  std::string key = "hours:" + entry.id;
  return make(
      "Change logged hours",
      [entry = std::move(entry)](Plan& plan) -> Result {
        if (auto error = check_hours(entry)) return error;
        return update_item(plan, plan.hours_log, entry, "hours entry");
      },
      std::move(key));
}

Edit remove_hours(std::string id) {
  return make("Remove logged hours",
              [id = std::move(id)](Plan& plan) -> Result { return remove_item(plan.hours_log, id, "hours entry"); });
}

Edit set_epa_step_date(const Catalogue& catalogue, std::string step_id, std::optional<Date> day) {
  const EpaStep* step = catalogue.epa_step(step_id);
  const std::string name = step != nullptr ? step->title : step_id;
  const std::string label = day ? "Set \"" + name + "\" to " + day->display() : "Reset \"" + name + "\"";
  return make(label, [&catalogue, step_id = std::move(step_id), day](Plan& plan) -> Result {
    if (catalogue.epa_step(step_id) == nullptr) return "There is no end-point assessment step \"" + step_id + "\"";
    if (step_id == kGatewayStep) {
      plan.end_point.gateway = day;
    } else if (day) {
      plan.end_point.step_dates[step_id] = *day;
    } else {
      plan.end_point.step_dates.erase(step_id);
    }
    return std::nullopt;
  });
}

}  // namespace planner::edits
