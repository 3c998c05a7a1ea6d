// The checks on the module sequence: the proposal module's place, face-to-face clashes, modules
// at once, deadlines too close together, the dissertation against its proposal, modules left
// off the calendar.
#include <algorithm>
#include <cstdlib>
#include <tuple>

#include "core/calendar/availability.hpp"
#include "core/plan/edits.hpp"
#include "core/planning/module_fit.hpp"
#include "core/rules/rule_context.hpp"
#include "core/text/word_list.hpp"

namespace planner::rules {
namespace {

// How far ahead a fix looks for a Monday where a moved module fits.
constexpr int kMoveHorizonWeeks = 104;

const ModulePlacement& placement_of(const Context& context, const std::string& module_id) {
  return *context.plan.placement(module_id);
}

// The first free day on or after `from` that keeps every other deadline (all but `except`, an
// event id) at least the minimum apart.
std::optional<Date> free_deadline_day(const Context& context, Date from, std::string_view except) {
  const int min_days = context.settings.min_days_between_deadlines;
  for (int offset = 0; offset <= 366; ++offset) {
    const Date day = from.plus_days(offset);
    if (!is_free_day(context.catalogue, context.plan.periods, day)) continue;
    const bool apart =
        std::none_of(context.schedule.events.begin(), context.schedule.events.end(), [&](const Event& e) {
          return e.deadline && e.id != except && std::abs(days_between(e.start, day)) < min_days;
        });
    if (apart) return day;
  }
  return std::nullopt;
}

// Moves the later of two deadlines that are too close: its module, its milestone, or its EPA
// step (the portfolio is handed in at the gateway, so the gateway moves).
std::optional<Edit> separate_deadline_fix(const Context& context, const Event& earlier, const Event& later) {
  if (!later.module.empty()) {
    if (later.module == earlier.module) return std::nullopt;  // hand-set dates within one module
    return move_module_fix(context, later.module, placement_of(context, later.module).start.plus_weeks(1),
                           kMoveHorizonWeeks);
  }
  const auto day =
      free_deadline_day(context, earlier.start.plus_days(context.settings.min_days_between_deadlines), later.id);
  if (!day) return std::nullopt;
  if (later.kind == EventKind::dissertation_milestone) {
    const auto& milestones = context.plan.dissertation.milestones;
    const auto it =
        std::find_if(milestones.begin(), milestones.end(), [&](const Milestone& m) { return m.id == later.item; });
    if (it == milestones.end()) return std::nullopt;
    Milestone moved = *it;
    moved.due = *day;
    Edit fix = edits::update_milestone(moved);
    fix.label = "Move \"" + moved.title + "\" to " + day->display();
    fix.merge_key.clear();
    return fix;
  }
  const EpaStep* step = context.catalogue.epa_step(later.item);
  if (step == nullptr) return std::nullopt;
  const bool overridden = later.overridden && step->id != kGatewayStep;
  return edits::set_epa_step_date(
      context.catalogue, overridden || step->weeks_after_gateway > 0 ? step->id : std::string(kGatewayStep), *day);
}

}  // namespace

void dissertation_before_proposal(const Context& context, Reports& reports) {
  const Module* proposal_module = context.catalogue.proposal_module();
  if (proposal_module == nullptr || context.plan.placement(proposal_module->id) == nullptr) return;
  const Event* final_submission =
      context.schedule.find(proposal_module->id + "/" + context.catalogue.timetable.final_deadline().id);
  if (final_submission == nullptr) return;
  std::vector<const Milestone*> early;
  for (const Milestone& milestone : context.plan.dissertation.milestones) {
    // The proposal itself comes from the module; every later step needs it finished.
    if (milestone.id != kProposalMilestone && milestone.due <= final_submission->start) early.push_back(&milestone);
  }
  if (early.empty()) return;
  const Milestone& first = **std::min_element(early.begin(), early.end(),
                                              [](const Milestone* a, const Milestone* b) { return a->due < b->due; });
  Report report;
  const std::string module = context.module_name(proposal_module->id);
  report.message =
      (early.size() == 1 ? "The dissertation milestone \"" + first.title + "\" on " + first.due.display() + " comes"
                         : std::to_string(early.size()) + " dissertation milestones, from \"" + first.title + "\" on " +
                               first.due.display() + ", come") +
      " before " + module + "'s final submission on " + final_submission->start.display() +
      ": the dissertation starts from the proposal " + module + " ends in.";
  for (const Milestone* milestone : early) report.items.push_back("milestone/" + milestone->id);
  report.items.push_back(final_submission->id);
  report.date = first.due;
  // Shift every milestone after the proposal by whole weeks, keeping their spacing and weekdays.
  const int weeks = days_between(first.due, final_submission->start) / 7 + 1;
  std::vector<Edit> steps;
  for (const Milestone& milestone : context.plan.dissertation.milestones) {
    if (milestone.id == kProposalMilestone) continue;
    Milestone moved = milestone;
    moved.due = milestone.due.plus_weeks(weeks);
    steps.push_back(edits::update_milestone(moved));
  }
  report.fix = edits::combine(
      "Move the dissertation milestones " + std::to_string(weeks) + (weeks == 1 ? " week" : " weeks") + " later",
      std::move(steps));
  reports.push_back(std::move(report));
}

void proposal_module_late(const Context& context, Reports& reports) {
  const Module* proposal_module = context.catalogue.proposal_module();
  const ModulePlacement* placement = proposal_module != nullptr ? context.plan.placement(proposal_module->id) : nullptr;
  if (placement == nullptr) return;
  const int position =
      1 + static_cast<int>(std::count_if(context.plan.modules.begin(), context.plan.modules.end(),
                                         [&](const ModulePlacement& p) { return p.start < placement->start; }));
  const int latest = context.settings.proposal_module_latest_position;
  if (position <= latest) return;
  const std::string module = context.module_name(proposal_module->id);
  Report report;
  report.message = module + " is the " + ordinal(position) + " module to start (" + placement->start.display() +
                   "); it should be among the first " + std::to_string(latest) +
                   ", since it teaches research methods and ends in the dissertation proposal.";
  report.items = {proposal_module->id};
  report.date = placement->start;
  std::vector<std::string> order;
  for (const ModulePlacement& p : context.plan.modules) {
    if (p.module_id != proposal_module->id) order.push_back(p.module_id);
  }
  order.insert(order.begin() + std::min<std::ptrdiff_t>(latest - 1, static_cast<std::ptrdiff_t>(order.size())),
               proposal_module->id);
  Edit fix = edits::reorder_modules(context.catalogue, std::move(order));
  fix.label = "Make " + module + " the " + ordinal(latest) + " module";
  report.fix = std::move(fix);
  reports.push_back(std::move(report));
}

void f2f_clash(const Context& context, Reports& reports) {
  std::vector<const Event*> sessions;
  for (const Event& event : context.schedule.events) {
    if (event.kind == EventKind::f2f) sessions.push_back(&event);
  }
  // The schedule is sorted by day, so sessions on one day sit together.
  for (std::size_t i = 0; i < sessions.size();) {
    std::size_t j = i + 1;
    while (j < sessions.size() && sessions[j]->start == sessions[i]->start) ++j;
    std::vector<const Event*> same_day(sessions.begin() + static_cast<std::ptrdiff_t>(i),
                                       sessions.begin() + static_cast<std::ptrdiff_t>(j));
    i = j;
    std::vector<std::string> modules;
    for (const Event* event : same_day) {
      if (std::find(modules.begin(), modules.end(), event->module) == modules.end()) modules.push_back(event->module);
    }
    if (modules.size() < 2) continue;
    Report report;
    std::vector<std::string> names;
    for (const std::string& module : modules) names.push_back(context.module_name(module));
    report.message = "Face-to-face sessions of " + word_list(names, "and") + " are on the same day, " +
                     same_day.front()->start.display() + ": you can attend only one.";
    for (const Event* event : same_day) report.items.push_back(event->id);
    report.date = same_day.front()->start;
    // Move the module that starts last: the earlier ones keep their place in the sequence.
    const std::string& latest =
        *std::max_element(modules.begin(), modules.end(), [&](const std::string& a, const std::string& b) {
          return placement_of(context, a).start < placement_of(context, b).start;
        });
    report.fix = move_module_fix(context, latest, placement_of(context, latest).start.plus_weeks(1), kMoveHorizonWeeks);
    reports.push_back(std::move(report));
  }
}

void too_many_modules(const Context& context, Reports& reports) {
  std::vector<const Event*> spans;
  for (const Event& event : context.schedule.events) {
    if (event.kind == EventKind::module) spans.push_back(&event);
  }
  const int allowed = context.settings.max_concurrent_modules;
  std::vector<std::string> reported_set;
  // The number running peaks at the start of some module.
  for (const Event* span : spans) {
    std::vector<const Event*> running;
    for (const Event* other : spans) {
      if (other->start <= span->start && span->start <= other->end) running.push_back(other);
    }
    if (static_cast<int>(running.size()) <= allowed) continue;
    std::vector<std::string> ids;
    for (const Event* event : running) ids.push_back(event->id);
    std::sort(ids.begin(), ids.end());
    if (ids == reported_set) continue;
    reported_set = ids;
    Report report;
    std::vector<std::string> names;
    for (const Event* event : running) names.push_back(context.module_name(event->module));
    report.message = word_list(names, "and") + " run at once from " + span->start.display() + ": at most " +
                     std::to_string(allowed) + (allowed == 1 ? " module" : " modules") + " at once.";
    report.items = ids;
    report.date = span->start;
    const Event* latest = *std::max_element(running.begin(), running.end(), [](const Event* a, const Event* b) {
      return std::tie(a->start, a->id) < std::tie(b->start, b->id);
    });
    report.fix = move_module_fix(context, latest->module, placement_of(context, latest->module).start.plus_weeks(1),
                                 kMoveHorizonWeeks);
    reports.push_back(std::move(report));
  }
}

void deadlines_too_close(const Context& context, Reports& reports) {
  std::vector<const Event*> deadlines;
  for (const Event& event : context.schedule.events) {
    if (event.deadline) deadlines.push_back(&event);
  }
  const int min_days = context.settings.min_days_between_deadlines;
  for (std::size_t i = 0; i < deadlines.size(); ++i) {
    for (std::size_t j = i + 1; j < deadlines.size(); ++j) {
      const int apart = days_between(deadlines[i]->start, deadlines[j]->start);
      if (apart >= min_days) break;
      Report report;
      report.message =
          describe(*deadlines[i]) + " and " + describe(*deadlines[j]) + " are " +
          (apart == 0 ? "on the same day" : std::to_string(apart) + (apart == 1 ? " day apart" : " days apart")) +
          ": keep deadlines at least " + std::to_string(min_days) + " days apart.";
      report.items = {deadlines[i]->id, deadlines[j]->id};
      report.date = deadlines[i]->start;
      report.fix = separate_deadline_fix(context, *deadlines[i], *deadlines[j]);
      reports.push_back(std::move(report));
    }
  }
}

void modules_unplaced(const Context& context, Reports& reports) {
  std::vector<const Module*> missing;
  for (const Module& module : context.catalogue.modules) {
    if (context.plan.placement(module.id) == nullptr) missing.push_back(&module);
  }
  if (missing.empty()) return;
  Report report;
  std::vector<std::string> names;
  for (const Module* module : missing) {
    names.push_back(context.module_name(module->id));
    report.items.push_back(module->id);
  }
  report.message = missing.size() == 1 ? names.front() + " (" + missing.front()->title + ") is not on the calendar yet."
                                       : word_list(names, "and") + " are not on the calendar yet.";
  // Place each after the last module that starts, one at a time, each where it breaks no rule.
  Plan scratch = context.plan;
  Date earliest =
      scratch.modules.empty() ? context.start.monday_on_or_after() : scratch.modules.back().start.plus_weeks(1);
  std::vector<Edit> steps;
  std::vector<std::string> placed;
  for (const Module* module : missing) {
    const auto start = ModuleFit(context.catalogue, scratch, module->id).first_fit(earliest, 3 * kMoveHorizonWeeks / 2);
    if (!start) break;
    ModulePlacement placement;
    placement.module_id = module->id;
    placement.start = *start;
    scratch.modules.push_back(placement);
    sort_items(scratch);
    steps.push_back(edits::place_module(context.catalogue, module->id, *start));
    placed.push_back(context.module_name(module->id) + " on " + start->display());
    earliest = start->plus_weeks(1);
  }
  if (steps.size() == missing.size()) {
    report.fix = steps.size() == 1 ? std::move(steps.front())
                                   : edits::combine("Place " + word_list(placed, "and"), std::move(steps));
  }
  reports.push_back(std::move(report));
}

}  // namespace planner::rules
