// Loading the programme file. The file ships inside the binary, so the loader is strict: every
// field must be present with a sensible value and every reference must resolve, and the first
// problem throws CatalogueError naming where it is. The unit tests load the shipped file, so a
// mistake in the data fails the build's tests rather than confusing a user.
#include "core/programme/catalogue.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <set>

#include "core/plan/find_by_id.hpp"
#include "core/plan/item_id.hpp"
#include "core/text/word_list.hpp"
#include "planner_core_data.hpp"

namespace planner {
namespace {

using nlohmann::json;

constexpr std::string_view kProgrammeFile = "programmes/uob-msc-hcsl.json";

// A JSON value and where it sits in the file ("modules[2].standards"), for error messages.
class Node {
 public:
  Node(const json& value, std::string path) : value_(&value), path_(std::move(path)) {}

  const json& value() const { return *value_; }
  const std::string& path() const { return path_; }

  [[noreturn]] void fail(std::string_view what) const {
    throw CatalogueError((path_.empty() ? std::string("(top level)") : path_) + ": " + std::string(what));
  }

  // Refuses keys outside `allowed` (besides "about" and "$schema", free text for people), so
  // that a misspelt field is an error rather than a silently missing value.
  void only_keys(std::initializer_list<std::string_view> allowed) const {
    if (!value_->is_object()) fail("must be an object");
    for (auto it = value_->begin(); it != value_->end(); ++it) {
      const std::string& key = it.key();
      if (key == "about" || key == "$schema") continue;
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) child(key).fail("unknown field");
    }
  }

  std::optional<Node> find(std::string_view key) const {
    const auto it = value_->find(key);
    if (it == value_->end()) return std::nullopt;
    return child(key, *it);
  }
  Node at(std::string_view key) const {
    auto node = find(key);
    if (!node) child(key).fail("missing");
    return *node;
  }

  std::string text() const {
    if (!value_->is_string()) fail("must be a string");
    std::string result = value_->get<std::string>();
    if (result.empty()) fail("must not be empty");
    return result;
  }
  std::string text(std::string_view key) const { return at(key).text(); }
  std::string text_or_empty(std::string_view key) const {
    const auto node = find(key);
    return node ? node->text() : std::string();
  }

  int integer(std::int64_t min, std::int64_t max) const {
    if (!value_->is_number_integer()) fail("must be a whole number");
    const auto result = value_->get<std::int64_t>();
    if (result < min || result > max) fail("must be between " + std::to_string(min) + " and " + std::to_string(max));
    return static_cast<int>(result);
  }
  int integer(std::string_view key, std::int64_t min, std::int64_t max) const { return at(key).integer(min, max); }
  int integer_or(std::string_view key, std::int64_t min, std::int64_t max, int fallback) const {
    const auto node = find(key);
    return node ? node->integer(min, max) : fallback;
  }

  double number(std::string_view key, double min, double max) const {
    const Node node = at(key);
    if (!node.value().is_number()) node.fail("must be a number");
    const double result = node.value().get<double>();
    if (!std::isfinite(result) || result < min || result > max) {
      node.fail("must be between " + json(min).dump() + " and " + json(max).dump());
    }
    return result;
  }

  bool flag_or(std::string_view key, bool fallback) const {
    const auto node = find(key);
    if (!node) return fallback;
    if (!node->value().is_boolean()) node->fail("must be true or false");
    return node->value().get<bool>();
  }

  Date date(std::string_view key) const {
    const Node node = at(key);
    const auto day = Date::parse(node.text());
    if (!day) node.fail("must be a date YYYY-MM-DD");
    return *day;
  }
  std::optional<Date> date_or_none(std::string_view key) const {
    const auto node = find(key);
    if (!node) return std::nullopt;
    return date(key);
  }

  std::vector<Node> items(std::string_view key, std::size_t min_count) const {
    const Node list = at(key);
    if (!list.value().is_array()) list.fail("must be an array");
    if (list.value().size() < min_count) list.fail("must have at least " + std::to_string(min_count) + " entries");
    std::vector<Node> result;
    result.reserve(list.value().size());
    for (std::size_t i = 0; i < list.value().size(); ++i) {
      result.emplace_back(list.value()[i], list.path() + "[" + std::to_string(i) + "]");
    }
    return result;
  }

  // A kind named by its text (kinds.hpp), one of `allowed`.
  EventKind kind(std::initializer_list<EventKind> allowed) const {
    const std::optional<EventKind> kind = from_string<EventKind>(text());
    if (!kind || std::find(allowed.begin(), allowed.end(), *kind) == allowed.end()) {
      std::vector<std::string_view> names;
      for (const EventKind each : allowed) names.push_back(to_string(each));
      fail("must be " + word_list(names, "or"));
    }
    return *kind;
  }

  std::vector<std::string> texts(std::string_view key, std::size_t min_count) const {
    std::vector<std::string> result;
    for (const Node& item : items(key, min_count)) result.push_back(item.text());
    return result;
  }

 private:
  Node child(std::string_view key) const { return child(key, *value_); }
  Node child(std::string_view key, const json& value) const {
    return Node(value, path_.empty() ? std::string(key) : path_ + "." + std::string(key));
  }

  const json* value_;
  std::string path_;
};

// Stable ids end up in plan files, event ids and URLs: the plan's one rule (item_id.hpp).
void check_id(const Node& node, const std::string& id) {
  if (!is_valid_id(id)) node.fail("\"" + id + "\" is not a valid id (" + std::string(kIdRule) + ")");
}

// Reads "id" and refuses a repeat of one already in `seen`.
std::string unique_id(const Node& node, std::set<std::string>& seen) {
  std::string id = node.text("id");
  check_id(node.at("id"), id);
  if (!seen.insert(id).second) node.at("id").fail("duplicate id \"" + id + "\"");
  return id;
}

std::vector<std::string> standard_refs(const Node& node, const std::vector<Standard>& standards) {
  std::vector<std::string> refs;
  for (const Node& item : node.items("standards", 1)) {
    std::string id = item.text();
    if (std::none_of(standards.begin(), standards.end(), [&](const Standard& s) { return s.id == id; })) {
      item.fail("unknown standard \"" + id + "\"");
    }
    if (std::find(refs.begin(), refs.end(), id) != refs.end()) item.fail("standard \"" + id + "\" listed twice");
    refs.push_back(std::move(id));
  }
  return refs;
}

std::vector<Standard> read_standards(const Node& root) {
  std::vector<Standard> standards;
  std::set<std::string> ids;
  for (const Node& node : root.items("standards", 1)) {
    node.only_keys({"id", "text", "evidenceNote"});
    Standard standard;
    standard.id = unique_id(node, ids);
    standard.text = node.text("text");
    standard.evidence_note = node.text_or_empty("evidenceNote");
    standards.push_back(std::move(standard));
  }
  return standards;
}

std::vector<Behaviour> read_behaviours(const Node& root) {
  std::vector<Behaviour> behaviours;
  std::set<std::string> ids;
  for (const Node& node : root.items("behaviours", 1)) {
    node.only_keys({"id", "name", "description"});
    behaviours.push_back({unique_id(node, ids), node.text("name"), node.text("description")});
  }
  return behaviours;
}

std::vector<Module> read_modules(const Node& root, const std::vector<Standard>& standards) {
  std::vector<Module> modules;
  std::set<std::string> ids;
  std::set<int> numbers;
  for (const Node& node : root.items("modules", 1)) {
    node.only_keys(
        {"id", "number", "title", "credits", "summary", "outcomes", "standards", "yieldsDissertationProposal"});
    Module module;
    module.id = unique_id(node, ids);
    module.number = node.integer("number", 1, 99);
    if (!numbers.insert(module.number).second) node.at("number").fail("duplicate module number");
    module.title = node.text("title");
    module.credits = node.integer("credits", 1, 180);
    module.summary = node.text("summary");
    module.outcomes = node.texts("outcomes", 1);
    module.standards = standard_refs(node, standards);
    module.yields_dissertation_proposal = node.flag_or("yieldsDissertationProposal", false);
    modules.push_back(std::move(module));
  }
  if (std::count_if(modules.begin(), modules.end(), [](const Module& m) { return m.yields_dissertation_proposal; }) >
      1) {
    root.at("modules").fail("at most one module can end in the dissertation proposal");
  }
  return modules;
}

// "startTime" and "endTime" ("HH:MM"): both or neither, on face-to-face sessions only.
std::optional<TimeSpan> session_times(const Node& item, EventKind kind) {
  const std::optional<Node> start = item.find("startTime");
  const std::optional<Node> end = item.find("endTime");
  if (!start && !end) return std::nullopt;
  if (!start || !end) item.fail("give both startTime and endTime, or neither");
  if (kind != EventKind::f2f) item.fail("only a face-to-face session has start and end times");
  const auto clock = [](const Node& node) {
    const std::optional<ClockTime> time = ClockTime::parse(node.text());
    if (!time) node.fail("must be a time of day as HH:MM (24-hour clock)");
    return *time;
  };
  TimeSpan times{clock(*start), clock(*end)};
  if (times.end <= times.start) end->fail("must be after startTime");
  return times;
}

ModuleTimetable read_timetable(const Node& root) {
  const Node node = root.at("timetable");
  node.only_keys({"weeks", "location", "sessions", "deadlines"});
  ModuleTimetable timetable;
  timetable.weeks = node.integer("weeks", 1, 52);
  timetable.location = node.text("location");
  // Sessions and deadlines share one id space: event ids are "<module>/<id>".
  std::set<std::string> ids;
  for (const Node& item : node.items("sessions", 1)) {
    item.only_keys({"id", "kind", "title", "week", "weeks", "weekday", "days", "activities", "startTime", "endTime"});
    SessionTemplate session;
    session.id = unique_id(item, ids);
    session.kind = item.at("kind").kind({EventKind::f2f, EventKind::online});
    session.title = item.text("title");
    session.week = item.integer("week", 1, timetable.weeks);
    session.weeks = item.integer("weeks", 1, timetable.weeks - session.week + 1);
    session.weekday = item.integer("weekday", 1, 5);
    session.days = item.number("days", 0, 1);
    if (session.kind == EventKind::f2f && (session.days <= 0 || session.weeks != 1)) {
      item.fail("a face-to-face session is one day or part of one: days > 0 and weeks = 1");
    }
    if (session.kind == EventKind::online && session.days != 0)
      item.at("days").fail("an online block has no face-to-face days");
    session.activities = item.texts("activities", 1);
    session.times = session_times(item, session.kind);
    timetable.sessions.push_back(std::move(session));
  }
  for (const Node& item : node.items("deadlines", 1)) {
    item.only_keys({"id", "kind", "title", "week", "weekday", "wordsMin", "wordsMax", "formative", "description"});
    DeadlineTemplate deadline;
    deadline.id = unique_id(item, ids);
    deadline.kind = item.at("kind").kind({EventKind::wba_due, EventKind::assignment_due});
    deadline.title = item.text("title");
    deadline.week = item.integer("week", 1, timetable.weeks);
    deadline.weekday = item.integer("weekday", 1, 5);
    deadline.words_min = item.integer("wordsMin", 0, 100000);
    deadline.words_max = item.integer("wordsMax", deadline.words_min, 100000);
    deadline.formative = item.flag_or("formative", false);
    deadline.description = item.text("description");
    timetable.deadlines.push_back(std::move(deadline));
  }
  const auto final_it = std::find_if(timetable.deadlines.rbegin(), timetable.deadlines.rend(),
                                     [](const DeadlineTemplate& d) { return d.kind == EventKind::assignment_due; });
  if (final_it == timetable.deadlines.rend()) node.at("deadlines").fail("needs an \"assignment_due\" deadline");
  if (final_it->week != timetable.weeks)
    node.at("deadlines").fail("the final assignment is due in the module's last week");
  return timetable;
}

DissertationSpec read_dissertation(const Node& root, const std::vector<Standard>& standards) {
  const Node node = root.at("dissertation");
  node.only_keys({"title", "summary", "elements", "credits", "words", "weeks", "milestones", "standards"});
  DissertationSpec spec;
  spec.title = node.text("title");
  spec.summary = node.text("summary");
  spec.elements = node.texts("elements", 1);
  spec.credits = node.integer("credits", 1, 180);
  spec.words = node.integer("words", 1, 100000);
  spec.weeks = node.integer("weeks", 1, 260);
  std::set<std::string> ids;
  int target_total = 0;
  for (const Node& item : node.items("milestones", 2)) {
    item.only_keys({"id", "title", "weeksAfterStart", "targetWords", "description"});
    MilestoneTemplate milestone;
    milestone.id = unique_id(item, ids);
    milestone.title = item.text("title");
    const int previous = spec.milestones.empty() ? 0 : spec.milestones.back().weeks_after_start;
    milestone.weeks_after_start = item.integer("weeksAfterStart", previous, spec.weeks);
    milestone.target_words = item.integer("targetWords", 0, spec.words);
    milestone.description = item.text("description");
    target_total += milestone.target_words;
    spec.milestones.push_back(std::move(milestone));
  }
  // The planner places the dissertation from its proposal to its final submission by these ids.
  if (spec.milestones.front().id != kProposalMilestone || spec.milestones.front().weeks_after_start != 0) {
    node.at("milestones").fail("must start with \"proposal\" at week 0");
  }
  if (spec.milestones.back().id != kFinalSubmissionMilestone ||
      spec.milestones.back().weeks_after_start != spec.weeks) {
    node.at("milestones").fail("must end with \"final-submission\" at the dissertation's last week");
  }
  if (target_total != spec.words) node.at("milestones").fail("target words must add up to the dissertation's words");
  spec.standards = standard_refs(node, standards);
  return spec;
}

std::vector<ActivityType> read_activity_types(const Node& root) {
  std::vector<ActivityType> types;
  std::set<std::string> ids;
  for (const Node& node : root.items("activityTypes", 1)) {
    node.only_keys({"id", "name", "description", "defaultHours", "reflectionWords", "activeLearning"});
    ActivityType type;
    // Each type describes one of the activity kinds the code knows (kinds.hpp), named by its id.
    const std::optional<EventKind> kind = from_string<EventKind>(unique_id(node, ids));
    if (!kind || !is_activity_kind(*kind))
      node.at("id").fail("unknown activity type (expected " + word_list(activity_kind_names(), "or") + ")");
    type.kind = *kind;
    type.name = node.text("name");
    type.description = node.text("description");
    type.default_hours = node.number("defaultHours", 0, 24);
    for (const Node& words : node.items("reflectionWords", 0))
      type.reflection_words.push_back(words.integer(1, 100000));
    type.active_learning = node.flag_or("activeLearning", true);
    types.push_back(std::move(type));
  }
  return types;
}

std::vector<OtjPolicy> read_otj_policies(const Node& root) {
  std::vector<OtjPolicy> policies;
  std::set<std::string> ids;
  const std::vector<Node> nodes = root.items("otjPolicies", 1);
  for (const Node& node : nodes) {
    node.only_keys({"id", "label", "startsFrom", "startsBefore", "measure", "defaultFigure", "activeLearningWeeks",
                    "minContractedHours"});
    OtjPolicy policy;
    policy.id = unique_id(node, ids);
    policy.label = node.text("label");
    policy.starts_from = node.date_or_none("startsFrom");
    policy.starts_before = node.date_or_none("startsBefore");
    const std::optional<OtjMeasure> measure = from_string<OtjMeasure>(node.text("measure"));
    if (!measure) {
      node.at("measure").fail("must be " + word_list(all_names<OtjMeasure>(), "or"));
    }
    policy.measure = *measure;
    switch (policy.measure) {
      case OtjMeasure::percent_of_contracted: policy.default_figure = node.number("defaultFigure", 0, 100); break;
      case OtjMeasure::hours_per_week: policy.default_figure = node.number("defaultFigure", 0, 168); break;
      case OtjMeasure::total_hours: policy.default_figure = node.number("defaultFigure", 0, 100000); break;
    }
    policy.active_learning_weeks = node.integer("activeLearningWeeks", 0, 52);
    policy.min_contracted_hours = node.number("minContractedHours", 0, 168);
    policies.push_back(std::move(policy));
  }
  // Every start date must have exactly one policy: the list runs in date order, each policy
  // starting where the previous one stops, open at both ends.
  for (std::size_t i = 0; i < policies.size(); ++i) {
    const bool first = i == 0;
    const bool last = i + 1 == policies.size();
    if (first != !policies[i].starts_from.has_value())
      nodes[i].fail(first ? "the first policy has no startsFrom" : "needs startsFrom");
    if (last != !policies[i].starts_before.has_value())
      nodes[i].fail(last ? "the last policy has no startsBefore" : "needs startsBefore");
    if (!last && policies[i].starts_before != policies[i + 1].starts_from) {
      nodes[i + 1].fail("must start on the day the previous policy stops");
    }
    if (policies[i].starts_from && policies[i].starts_before &&
        *policies[i].starts_before <= *policies[i].starts_from) {
      nodes[i].fail("startsBefore must be after startsFrom");
    }
  }
  return policies;
}

std::vector<EpaStep> read_epa_steps(const Node& root) {
  std::vector<EpaStep> steps;
  std::set<std::string> ids;
  for (const Node& node : root.items("epaSteps", 1)) {
    node.only_keys({"id", "kind", "title", "weeksAfterGateway", "words", "minutes", "evidencePieces", "submission",
                    "description"});
    EpaStep step;
    step.id = unique_id(node, ids);
    step.kind = node.at("kind").kind({EventKind::gateway, EventKind::epa});
    step.title = node.text("title");
    const int previous = steps.empty() ? 0 : steps.back().weeks_after_gateway;
    step.weeks_after_gateway = node.integer("weeksAfterGateway", previous, 104);
    step.words = node.integer_or("words", 0, 100000, 0);
    step.minutes = node.integer_or("minutes", 0, 600, 0);
    step.evidence_pieces = node.integer_or("evidencePieces", 0, 1000, 0);
    step.submission = node.flag_or("submission", false);
    step.description = node.text("description");
    steps.push_back(std::move(step));
  }
  if (steps.front().id != kGatewayStep || steps.front().weeks_after_gateway != 0) {
    root.at("epaSteps").fail("must start with the \"gateway\" step at week 0");
  }
  return steps;
}

InductionSpec read_induction(const Node& root) {
  const Node node = root.at("induction");
  node.only_keys({"weeksBeforeStart", "description", "elements", "beforeProgramme"});
  InductionSpec induction;
  induction.weeks_before_start = node.integer("weeksBeforeStart", 0, 52);
  induction.description = node.text("description");
  induction.elements = node.texts("elements", 1);
  induction.before_programme = node.texts("beforeProgramme", 1);
  return induction;
}

std::vector<std::string> read_review_attendees(const Node& root) {
  // A review records one sign-off per party (plan.hpp Review), so these are the parties.
  std::vector<std::string> attendees;
  for (const Node& node : root.items("reviewAttendees", 1)) {
    std::string id = node.text();
    if (id != "apprentice" && id != "mentor" && id != "tutor") node.fail("must be apprentice, mentor or tutor");
    if (std::find(attendees.begin(), attendees.end(), id) != attendees.end()) node.fail("listed twice");
    attendees.push_back(std::move(id));
  }
  return attendees;
}

RuleSettings read_rule_defaults(const Node& root, int module_count) {
  const Node node = root.at("ruleDefaults");
  node.only_keys({"maxConcurrentModules", "minDaysBetweenDeadlines", "reviewIntervalWeeks", "shadowingWindowMonths",
                  "proposalModuleLatestPosition"});
  RuleSettings settings;
  settings.max_concurrent_modules = node.integer("maxConcurrentModules", 1, module_count);
  settings.min_days_between_deadlines = node.integer("minDaysBetweenDeadlines", 0, 365);
  settings.review_interval_weeks = node.integer("reviewIntervalWeeks", 1, 52);
  settings.shadowing_window_months = node.integer("shadowingWindowMonths", 1, 36);
  settings.proposal_module_latest_position = node.integer("proposalModuleLatestPosition", 1, module_count);
  return settings;
}

json parse_json(std::string_view text, std::string_view what) {
  json value = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) throw CatalogueError(std::string(what) + ": not valid JSON");
  return value;
}

}  // namespace

const SessionTemplate* ModuleTimetable::session(std::string_view id) const { return find_by_id(sessions, id); }
const DeadlineTemplate* ModuleTimetable::deadline(std::string_view id) const { return find_by_id(deadlines, id); }
const DeadlineTemplate& ModuleTimetable::final_deadline() const {
  // The loader guarantees one exists.
  return *std::find_if(deadlines.rbegin(), deadlines.rend(),
                       [](const DeadlineTemplate& d) { return d.kind == EventKind::assignment_due; });
}
const MilestoneTemplate* DissertationSpec::milestone(std::string_view id) const { return find_by_id(milestones, id); }

const Module* Catalogue::module(std::string_view item_id) const { return find_by_id(modules, item_id); }
const Module* Catalogue::proposal_module() const {
  const auto it =
      std::find_if(modules.begin(), modules.end(), [](const Module& m) { return m.yields_dissertation_proposal; });
  return it == modules.end() ? nullptr : &*it;
}
const EpaStep* Catalogue::epa_step(std::string_view item_id) const { return find_by_id(epa_steps, item_id); }
const Standard* Catalogue::standard(std::string_view item_id) const { return find_by_id(standards, item_id); }
const Behaviour* Catalogue::behaviour(std::string_view item_id) const { return find_by_id(behaviours, item_id); }
const ActivityType* Catalogue::activity_type(EventKind kind) const {
  const auto it = std::find_if(activity_types.begin(), activity_types.end(),
                               [kind](const ActivityType& type) { return type.kind == kind; });
  return it == activity_types.end() ? nullptr : &*it;
}
std::string Catalogue::activity_type_name(EventKind kind) const {
  const ActivityType* type = activity_type(kind);
  return type != nullptr ? type->name : std::string(to_string(kind));
}
const OtjPolicy* Catalogue::otj_policy(std::string_view item_id) const { return find_by_id(otj_policies, item_id); }

const OtjPolicy& Catalogue::otj_policy_for_start(Date start) const {
  // The loader guarantees the policies cover every date without gaps, in date order.
  for (const OtjPolicy& policy : otj_policies) {
    if (!policy.starts_before || start < *policy.starts_before) return policy;
  }
  return otj_policies.back();
}

Catalogue parse_catalogue(std::string_view programme_json, BankHolidays holidays) {
  const json document = parse_json(programme_json, "programme");
  const Node root(document, "");
  root.only_keys({"id",         "title",          "apprenticeship",  "provider",        "summary",       "calendar",
                  "credits",    "hoursPerCredit", "hoursPerDay",     "programmeMonths", "epaMonths",     "standards",
                  "behaviours", "modules",        "timetable",       "dissertation",    "activityTypes", "otjPolicies",
                  "epaSteps",   "induction",      "reviewAttendees", "ruleDefaults"});
  Catalogue catalogue;
  catalogue.id = root.text("id");
  check_id(root.at("id"), catalogue.id);
  catalogue.title = root.text("title");
  catalogue.apprenticeship = root.text("apprenticeship");
  catalogue.provider = root.text("provider");
  catalogue.summary = root.text("summary");
  catalogue.calendar = root.text("calendar");
  catalogue.credits = root.integer("credits", 1, 1000);
  catalogue.hours_per_credit = root.integer("hoursPerCredit", 1, 100);
  catalogue.hours_per_day = root.number("hoursPerDay", 1, 24);
  catalogue.programme_months = root.integer("programmeMonths", 1, 120);
  catalogue.epa_months = root.integer("epaMonths", 1, 24);
  catalogue.standards = read_standards(root);
  catalogue.behaviours = read_behaviours(root);
  catalogue.modules = read_modules(root, catalogue.standards);
  catalogue.timetable = read_timetable(root);
  catalogue.dissertation = read_dissertation(root, catalogue.standards);
  catalogue.activity_types = read_activity_types(root);
  catalogue.otj_policies = read_otj_policies(root);
  catalogue.epa_steps = read_epa_steps(root);
  catalogue.induction = read_induction(root);
  catalogue.review_attendees = read_review_attendees(root);
  catalogue.rule_defaults = read_rule_defaults(root, static_cast<int>(catalogue.modules.size()));

  int credits = catalogue.dissertation.credits;
  for (const Module& module : catalogue.modules) credits += module.credits;
  if (credits != catalogue.credits)
    root.at("credits").fail("modules and dissertation add up to " + std::to_string(credits));
  if (catalogue.proposal_module() == nullptr)
    root.at("modules").fail("one module must end in the dissertation proposal");
  // Every standard is taught somewhere: a standard no module or dissertation maps to is a typo.
  for (std::size_t i = 0; i < catalogue.standards.size(); ++i) {
    const std::string& id = catalogue.standards[i].id;
    const auto maps = [&id](const std::vector<std::string>& refs) {
      return std::find(refs.begin(), refs.end(), id) != refs.end();
    };
    if (std::none_of(catalogue.modules.begin(), catalogue.modules.end(),
                     [&](const Module& m) { return maps(m.standards); }) &&
        !maps(catalogue.dissertation.standards)) {
      root.items("standards", 0)[i].fail("no module or dissertation maps to standard \"" + id + "\"");
    }
  }
  catalogue.holidays = std::move(holidays);
  return catalogue;
}

std::vector<HolidayChange> parse_holiday_changes(std::string_view holidays_json) {
  const json document = parse_json(holidays_json, "holidays");
  const Node root(document, "");
  root.only_keys({"division", "changes"});
  root.text("division");
  std::vector<HolidayChange> changes;
  for (const Node& node : root.items("changes", 0)) {
    node.only_keys({"remove", "add"});
    HolidayChange change;
    change.remove = node.date_or_none("remove");
    if (const auto add = node.find("add")) {
      add->only_keys({"date", "title"});
      change.add = BankHoliday{add->date("date"), add->text("title")};
    }
    if (!change.remove && !change.add) node.fail("a change removes a day, adds one, or both");
    changes.push_back(std::move(change));
  }
  return changes;
}

const Catalogue& default_catalogue() {
  static const Catalogue catalogue = [] {
    const auto programme = data::file(kProgrammeFile);
    if (!programme) throw CatalogueError(std::string(kProgrammeFile) + ": not embedded");
    Catalogue loaded = parse_catalogue(*programme);
    const std::string holidays_path = "holidays/" + loaded.calendar + ".json";
    const auto holidays = data::file(holidays_path);
    if (!holidays) throw CatalogueError(holidays_path + ": not embedded");
    loaded.holidays = BankHolidays(parse_holiday_changes(*holidays));
    return loaded;
  }();
  return catalogue;
}

}  // namespace planner
