// "Suggest a plan". The plan is built in the order its parts depend on each other:
//   1. modules, one at a time in programme order with the proposal module moved early, each on
//      the first Monday from its ideal slot where it breaks no module rule (module_fit.hpp);
//      ideal slots are evenly paced so that the modules end about six months before the
//      gateway, leaving time to finish the dissertation and the portfolio;
//   2. the dissertation milestones from the proposal module's final submission, on free days;
//   3. the gateway at the intended end (or the last free day before it) and the EPA steps;
//   4. the induction before the start, progress reviews every review interval, and activities
//      (shadowing, action learning sets, mentoring, peer observation) spread over the programme,
//      the shadowing between them evidencing every standard and behaviour;
// then the whole plan is checked, and any error finding turns into a failure rather than a
// broken plan. Every step is deterministic.
#include "core/planning/autoplan.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "core/calendar/availability.hpp"
#include "core/plan/edits.hpp"
#include "core/planning/module_fit.hpp"
#include "core/planning/schedule.hpp"
#include "core/rules/rule_context.hpp"
#include "core/rules/rules.hpp"

namespace planner {
namespace {

// Weeks before the gateway kept free of modules for finishing the dissertation and the portfolio:
// six months at first; when leave pushes the plan past its intended end, a faster pace (modules
// overlapping more, within the limit on modules at once) is tried before giving up.
constexpr int kReserveWeeks[] = {26, 32, 38, 44, 52};
// How far past its ideal slot a module may go before the plan is given up.
constexpr int kModuleHorizonWeeks = 104;
// How far a module may move to stay out of busy periods before busy periods are ignored.
constexpr int kBusyHorizonWeeks = 8;

std::string module_name(const Module& module) { return "Module " + std::to_string(module.number); }

class Builder {
 public:
  Builder(const Catalogue& catalogue, const AutoplanRequest& request, AutoplanResult& result)
      : catalogue_(catalogue), request_(request), result_(result) {}

  bool build() {
    if (!set_up()) return false;
    const Plan base = plan;
    for (const int reserve : kReserveWeeks) {
      plan = base;
      deadlines_.clear();
      booked_.clear();
      activities_ = 0;
      result_.explanation.clear();
      time_short_ = false;
      if (place_modules(reserve, reserve != kReserveWeeks[0]) && place_dissertation() && place_end_point()) {
        return place_induction() && place_reviews() && place_activities() && close_active_learning_gaps() && verify();
      }
      if (!time_short_) return false;  // only a plan that runs late is worth a faster pace
    }
    return false;
  }

  Plan plan;

 private:
  bool fail(std::string why) {
    result_.failure = std::move(why);
    return false;
  }
  void explain(std::string line) { result_.explanation.push_back(std::move(line)); }

  bool set_up() {
    if (request_.max_concurrent_modules < 1) {
      return fail("At most " + std::to_string(request_.max_concurrent_modules) +
                  " modules at once leaves no room for any module: allow at least one at a time.");
    }
    plan.programme_id = catalogue_.id;
    plan.profile = request_.profile;
    plan.profile.start = request_.start;
    const OtjPolicy* policy = catalogue_.otj_policy(plan.profile.otj_policy);
    if (policy == nullptr) {
      policy = &catalogue_.otj_policy_for_start(request_.start);
      plan.profile.otj_policy = policy->id;
    }
    if (plan.profile.otj_figure <= 0) plan.profile.otj_figure = policy->default_figure;
    if (!plan.profile.intended_end) plan.profile.intended_end = request_.start.plus_months(catalogue_.programme_months);
    if (*plan.profile.intended_end <= request_.start) {
      return fail("The intended end (" + plan.profile.intended_end->display() + ") must be after the start (" +
                  request_.start.display() + ").");
    }
    plan.name = plan.profile.apprentice.empty() ? "My apprenticeship plan" : plan.profile.apprentice + "'s plan";
    plan.settings = catalogue_.rule_defaults;
    plan.settings.max_concurrent_modules = request_.max_concurrent_modules;
    for (Period period : request_.periods) {
      if (period.last < period.first) {
        return fail("The " + std::string(to_string(period.kind)) + " from " + period.first.display() +
                    " ends before it starts (" + period.last.display() + ").");
      }
      if (period.id.empty()) period.id = next_item_id(plan, to_string(period.kind));
      plan.periods.push_back(std::move(period));
    }
    sort_items(plan);
    return true;
  }

  // Programme order, with the proposal module no later than the settings allow.
  std::vector<const Module*> module_order() const {
    std::vector<const Module*> order;
    for (const Module& module : catalogue_.modules) order.push_back(&module);
    const auto proposal =
        std::find_if(order.begin(), order.end(), [](const Module* m) { return m->yields_dissertation_proposal; });
    const auto latest = static_cast<std::ptrdiff_t>(std::max(1, plan.settings.proposal_module_latest_position)) - 1;
    if (proposal != order.end() && proposal - order.begin() > latest) {
      const Module* module = *proposal;
      order.erase(proposal);
      order.insert(order.begin() + latest, module);
    }
    return order;
  }

  bool place_modules(int reserve_weeks, bool faster) {
    const std::vector<const Module*> order = module_order();
    const int count = static_cast<int>(order.size());
    const Date first_monday = request_.start.monday_on_or_after();
    const int module_weeks = catalogue_.timetable.weeks;
    const int available =
        days_between(first_monday, plan.profile.intended_end->plus_weeks(-reserve_weeks)) / 7 - module_weeks;
    const int stride = count > 1 ? std::clamp(available / (count - 1), 1, module_weeks) : module_weeks;
    explain("Modules start on Mondays, about every " + std::to_string(stride) + " weeks from " +
            first_monday.display() + ", so that all " + std::to_string(count) +
            " end well before the gateway; at most " + std::to_string(plan.settings.max_concurrent_modules) +
            " run at once" + (faster ? " (a faster pace than usual, to fit around the leave)." : "."));
    for (int i = 0; i < count; ++i) {
      const Module& module = *order[static_cast<std::size_t>(i)];
      if (module.yields_dissertation_proposal) {
        explain(
            module_name(module) + " goes " + rules::ordinal(i + 1) +
            ": it teaches research methods and ends in the dissertation proposal, which the dissertation starts from.");
      }
      Date earliest = first_monday.plus_weeks(i * stride);
      if (!plan.modules.empty()) earliest = std::max(earliest, plan.modules.back().start.plus_weeks(1));
      ModuleFit fit(catalogue_, plan, module.id);
      fit.set_avoid_busy(true);
      std::optional<Date> start = fit.first_fit(earliest, kBusyHorizonWeeks);
      if (!start) {
        fit.set_avoid_busy(false);
        start = fit.first_fit(earliest, kModuleHorizonWeeks);
      }
      if (!start) {
        return fail("There is no Monday in the two years from " + earliest.display() + " where " + module_name(module) +
                    " fits: on " + earliest.display() + ", " + fit.conflict(earliest).value_or("it does not fit") +
                    ".");
      }
      if (*start != earliest) {
        explain(module_name(module) + " starts on " + start->display() + " rather than " + earliest.display() + ": " +
                fit.conflict(earliest).value_or("it fits better there") + ".");
      }
      ModulePlacement placement;
      placement.module_id = module.id;
      placement.start = *start;
      // Placed in order of their starts, so the sequence stays sorted.
      plan.modules.push_back(std::move(placement));
    }
    return true;
  }

  // The first free day from `from` that keeps every deadline placed so far at least the
  // minimum apart (when `deadline`), within a year.
  std::optional<Date> free_day(Date from, bool deadline) const {
    for (int offset = 0; offset <= 366; ++offset) {
      const Date day = from.plus_days(offset);
      if (!is_free_day(catalogue_, plan.periods, day)) continue;
      if (deadline && std::any_of(deadlines_.begin(), deadlines_.end(), [&](Date other) {
            return std::abs(days_between(other, day)) < plan.settings.min_days_between_deadlines;
          })) {
        continue;
      }
      return day;
    }
    return std::nullopt;
  }

  bool place_dissertation() {
    for (const ModulePlacement& placement : plan.modules) {
      for (const ModuleDays::Day& deadline : module_days(catalogue_, placement).deadlines)
        deadlines_.push_back(deadline.day);
    }
    const Module* proposal_module = catalogue_.proposal_module();
    const ModulePlacement* placement = proposal_module != nullptr ? plan.placement(proposal_module->id) : nullptr;
    if (placement == nullptr) return true;  // a programme without a proposal module has no dissertation to place
    const Date proposal = module_days(catalogue_, *placement).span.last;
    Date previous = proposal;
    for (const MilestoneTemplate& step : catalogue_.dissertation.milestones) {
      Milestone milestone;
      milestone.id = step.id;
      milestone.title = step.title;
      milestone.target_words = step.target_words;
      if (step.id == kProposalMilestone) {
        milestone.due = proposal;  // handed in as the module's final assignment
      } else {
        const bool deadline = step.id == kFinalSubmissionMilestone;
        const auto day =
            free_day(std::max(proposal.plus_weeks(step.weeks_after_start), previous.plus_days(1)), deadline);
        if (!day)
          return fail("There is no free day for the dissertation's \"" + step.title + "\" within a year of its slot.");
        milestone.due = *day;
        if (deadline) deadlines_.push_back(*day);
      }
      previous = milestone.due;
      plan.dissertation.milestones.push_back(std::move(milestone));
    }
    explain("The dissertation starts from " + module_name(*proposal_module) + "'s final submission on " +
            proposal.display() + ": " + std::to_string(catalogue_.dissertation.milestones.size() - 1) +
            " milestones to the final submission on " + previous.display() + ".");
    return true;
  }

  bool place_end_point() {
    // The gateway follows every module and the dissertation, far enough from the last hand-in
    // for the portfolio (handed in at the gateway) to be a deadline of its own.
    Date last = request_.start;
    for (const ModulePlacement& placement : plan.modules)
      last = std::max(last, module_days(catalogue_, placement).span.last);
    for (const Milestone& milestone : plan.dissertation.milestones) last = std::max(last, milestone.due);
    const Date earliest = last.plus_days(std::max(1, plan.settings.min_days_between_deadlines));
    const Date intended = *plan.profile.intended_end;
    if (earliest > intended) {
      time_short_ = true;
      return fail("Not enough time: the modules and the dissertation would run to " + last.display() +
                  ", too close to or past the intended end (the gateway) on " + intended.display() +
                  ". Plan a later end, or less leave.");
    }
    const auto gateway = free_day_on_or_before(catalogue_, plan.periods, intended, earliest.plus_days(-1));
    if (!gateway) {
      return fail("There is no free working day for the gateway between " + earliest.display() +
                  " and the intended end on " + intended.display() + ".");
    }
    if (*gateway != intended) plan.end_point.gateway = *gateway;
    Date previous = *gateway;
    for (const EpaStep& step : catalogue_.epa_steps) {
      if (step.weeks_after_gateway == 0) continue;  // on the gateway day
      const Date target = gateway->plus_weeks(step.weeks_after_gateway);
      const auto day = free_day(std::max(target, previous), step.submission);
      if (!day) return fail("There is no free day for \"" + step.title + "\" after the gateway.");
      if (*day != target) plan.end_point.step_dates[step.id] = *day;
      if (step.submission) deadlines_.push_back(*day);
      previous = *day;
    }
    explain("Gateway on " + gateway->display() +
            (*gateway != intended ? " (the last free day before the intended end)" : "") +
            "; the end-point assessment ends with the professional discussion on " + previous.display() + ".");
    return true;
  }

  bool place_induction() {
    const Date start = request_.start;
    const Date usual = start.plus_weeks(-catalogue_.induction.weeks_before_start);
    if (usual < start && is_free_day(catalogue_, plan.periods, usual)) return true;  // the catalogue's default date
    auto day =
        free_day_on_or_before(catalogue_, plan.periods, std::min(usual, start.plus_days(-1)), start.plus_weeks(-8));
    if (!day)
      return fail("There is no free working day for the induction in the eight weeks before the start on " +
                  start.display() + ".");
    plan.induction = *day;
    explain("Induction on " + day->display() + ", the last free working day before " + usual.display() + ".");
    return true;
  }

  bool place_reviews() {
    const int interval = plan.settings.review_interval_weeks;
    const Date gateway = gateway_date(catalogue_, plan);
    Date previous = request_.start;
    bool late = false;
    while (days_between(previous, gateway) > 7 * interval) {
      const Date target = previous.plus_weeks(interval);
      auto day = free_day_on_or_before(catalogue_, plan.periods, target, previous);
      if (!day) {
        day = free_day_on_or_after(catalogue_, plan.periods, target.plus_days(1));
        late = true;
      }
      if (!day) return fail("There is no free working day for a progress review after " + target.display() + ".");
      Review review;
      review.id = "review-" + std::to_string(plan.reviews.size() + 1);
      review.date = *day;
      review.attendees = catalogue_.review_attendees;
      plan.reviews.push_back(std::move(review));
      booked_.insert(*day);
      previous = *day;
    }
    if (!plan.reviews.empty()) {
      explain(std::to_string(plan.reviews.size()) + " tripartite progress reviews, at most " +
              std::to_string(interval) + " weeks apart, from " + plan.reviews.front().date.display() + " to " +
              plan.reviews.back().date.display() +
              (late ? "; leave longer than the interval leaves one longer gap" : "") + ".");
    }
    return true;
  }

  // A free day near `target` for an activity: not already booked (sessions, reviews, other
  // activities), searched back up to three weeks and then forward up to three weeks.
  std::optional<Date> activity_day(Date target, Date not_before, Date not_after) {
    for (int offset = 0; offset <= 21; ++offset) {
      for (const Date day : {target.plus_days(-offset), target.plus_days(offset)}) {
        if (day < not_before || day > not_after || booked_.count(day) > 0) continue;
        if (!is_free_day(catalogue_, plan.periods, day)) continue;
        booked_.insert(day);
        return day;
      }
    }
    return std::nullopt;
  }

  Activity new_activity(EventKind kind, std::string title, Date day) {
    Activity activity = edits::new_activity(catalogue_, kind, day);
    activity.id = "activity-" + std::to_string(++activities_);
    activity.title = std::move(title);
    return activity;
  }

  bool place_activities() {
    const Date start = request_.start;
    const Date gateway = gateway_date(catalogue_, plan);
    const Date last_day = gateway.plus_days(-1);
    for (const ModulePlacement& placement : plan.modules) {
      const ModuleDays days = module_days(catalogue_, placement);
      for (const ModuleDays::Day& f2f : days.f2f) booked_.insert(f2f.day);
      for (const ModuleDays::Day& deadline : days.deadlines) booked_.insert(deadline.day);
    }

    // Shadowing, spaced two months inside the shadowing window so a move to a free day never
    // breaks it; between them the shadowing evidences every standard and behaviour.
    const int window = plan.settings.shadowing_window_months;
    const int spacing = std::max(1, window - 2);
    std::vector<Date> targets;
    for (Date target = start.plus_months(std::max(1, spacing / 2)); target <= gateway.plus_months(-1);
         target = target.plus_months(spacing)) {
      targets.push_back(target);
    }
    const ActivityType* shadowing_type = catalogue_.activity_type(EventKind::shadowing);
    std::vector<std::vector<std::string>> standards(targets.size());
    for (std::size_t i = 0; i < catalogue_.standards.size() && !targets.empty(); ++i) {
      standards[i * targets.size() / catalogue_.standards.size()].push_back(catalogue_.standards[i].id);
    }
    std::size_t placed_shadowing = 0;
    for (std::size_t i = 0; i < targets.size(); ++i) {
      const auto day = activity_day(targets[i], start, last_day);
      if (!day || shadowing_type == nullptr) continue;
      Activity activity = new_activity(EventKind::shadowing, "Shadowing a colleague", *day);
      activity.standards = standards[i];
      std::string focus;
      for (const std::string& id : activity.standards)
        focus += (focus.empty() ? "" : "; ") + catalogue_.standard(id)->text;
      activity.focus = focus;
      if (!catalogue_.behaviours.empty())
        activity.behaviours = {catalogue_.behaviours[i % catalogue_.behaviours.size()].id};
      const auto& lengths = shadowing_type->reflection_words;
      if (!lengths.empty()) activity.reflection_words = lengths[i % lengths.size()];
      plan.activities.push_back(std::move(activity));
      ++placed_shadowing;
    }

    // Action learning sets and mentoring meetings alternate, one every four weeks between them.
    std::size_t als = 0;
    std::size_t mentoring = 0;
    for (int week = 4; start.plus_weeks(week) < gateway; week += 4) {
      const bool set_meeting = (week / 4) % 2 == 1;
      const auto day = activity_day(start.plus_weeks(week), start, last_day);
      if (!day) continue;
      plan.activities.push_back(set_meeting ? new_activity(EventKind::als, "Action learning set", *day)
                                            : new_activity(EventKind::mentoring, "Mentoring meeting", *day));
      ++(set_meeting ? als : mentoring);
    }

    // Peer observation a third and two thirds of the way to the gateway.
    std::size_t observations = 0;
    const int programme_days = days_between(start, gateway);
    for (int third = 1; third <= 2; ++third) {
      const auto day = activity_day(start.plus_days(programme_days * third / 3), start, last_day);
      if (!day) continue;
      plan.activities.push_back(new_activity(EventKind::peer_observation, "Peer observation", *day));
      ++observations;
    }
    sort_items(plan);
    explain(std::to_string(placed_shadowing) + " shadowing days about every " + std::to_string(spacing) +
            " months, each with a reflection and between them evidencing every standard and behaviour; " +
            std::to_string(als) + " action learning sets and " + std::to_string(mentoring) +
            " mentoring meetings alternating every four weeks; " + std::to_string(observations) +
            " peer observations.");
    return true;
  }

  // Under a policy that asks for active learning every few weeks, the stretch between the last
  // hand-in and the gateway can still run long: the check's own fix plans mentoring meetings.
  bool close_active_learning_gaps() {
    const OtjPolicy* policy = catalogue_.otj_policy(plan.profile.otj_policy);
    if (policy == nullptr || policy->active_learning_weeks <= 0) return true;
    const Schedule schedule = expand_schedule(catalogue_, plan);
    const rules::Context context{catalogue_,
                                 plan,
                                 schedule,
                                 plan.settings,
                                 plan.profile.start,
                                 intended_end(catalogue_, plan),
                                 gateway_date(catalogue_, plan)};
    rules::Reports gaps;
    rules::otj_active_learning_gap(context, gaps);
    std::vector<Edit> fixes;
    for (rules::Report& gap : gaps) {
      if (gap.fix) fixes.push_back(std::move(*gap.fix));
    }
    for (const Edit& fix : fixes) {
      if (auto error = fix.change(plan)) return fail("Could not plan active learning: " + *error);
    }
    if (!fixes.empty()) explain("Mentoring meetings fill the weeks that would otherwise pass without active learning.");
    return true;
  }

  bool verify() {
    const Schedule schedule = expand_schedule(catalogue_, plan);
    const auto errors = check_plan(catalogue_, plan, schedule, Severity::error);
    if (!errors.empty()) return fail("No plan without errors could be built: " + errors.front().message);
    return true;
  }

  const Catalogue& catalogue_;
  const AutoplanRequest& request_;
  AutoplanResult& result_;
  std::vector<Date> deadlines_;  // module deadlines and other hand-ins placed so far
  std::set<Date> booked_;        // days with a session, deadline, review or activity
  bool time_short_ = false;      // the last attempt ran past the intended end
  int activities_ = 0;           // activities numbered so far ("activity-N")
};

}  // namespace

AutoplanResult autoplan(const Catalogue& catalogue, const AutoplanRequest& request) {
  AutoplanResult result;
  Builder builder(catalogue, request, result);
  if (builder.build()) {
    result.plan = std::move(builder.plan);
  } else {
    result.explanation.clear();
  }
  return result;
}

}  // namespace planner
