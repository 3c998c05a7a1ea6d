#include "core/files/plan_json.hpp"

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace planner {
namespace {

using nlohmann::json;

std::optional<Date> get_optional(const json& j, const char* key) {
  const auto found = j.find(key);
  if (found == j.end()) return std::nullopt;
  return found->get<Date>();
}

// A kind or status by its name (kinds.hpp); the validator has refused any other name already.
template <NamedKind Kind>
Kind kind_at(const json& j, const char* key) {
  const std::string& name = j.at(key).get_ref<const std::string&>();
  const std::optional<Kind> kind = from_string<Kind>(name);
  if (!kind) throw std::invalid_argument(std::string(key) + ": unknown name " + name);
  return *kind;
}

// ---- writing: the plan's types as JSON text (json_writer.hpp) ---------------------------------
// Each object lists its members in ascending byte order of their names (uppercase first), the
// order nlohmann's dump() prints them in; JsonWriter refuses any other.

void to_json(JsonWriter& out, const std::string& text) { out.string(text); }
void to_json(JsonWriter& out, bool value) { out.boolean(value); }
void to_json(JsonWriter& out, int value) { out.integer(value); }
// -0.0 prints as "-0.0": keep one spelling of zero so equal plans save to equal bytes.
void to_json(JsonWriter& out, double value) { out.number(value + 0.0); }
template <NamedKind Kind>
void to_json(JsonWriter& out, Kind kind) {
  out.string(to_string(kind));
}

template <typename Value>
void to_json(JsonWriter& out, const std::vector<Value>& values) {
  out.begin_array();
  for (const Value& value : values) to_json(out, value);
  out.end_array();
}

void to_json(JsonWriter& out, const std::map<std::string, Date>& dates) {
  out.begin_object();
  for (const auto& [name, date] : dates) {
    out.key(name);
    to_json(out, date);
  }
  out.end_object();
}

template <typename Value>
void member(JsonWriter& out, std::string_view name, const Value& value) {
  out.key(name);
  to_json(out, value);
}

// An optional member is left out when unset.
template <typename Value>
void member(JsonWriter& out, std::string_view name, const std::optional<Value>& value) {
  if (value) member(out, name, *value);
}

void members(JsonWriter&) {}

template <typename Value, typename... Rest>
void members(JsonWriter& out, std::string_view name, const Value& value, const Rest&... rest) {
  member(out, name, value);
  members(out, rest...);
}

// An object from (name, value) pairs, in order.
template <typename... Members>
void object(JsonWriter& out, const Members&... pairs) {
  out.begin_object();
  members(out, pairs...);
  out.end_object();
}

}  // namespace

void to_json(JsonWriter& out, const Date& date) { out.string(date.iso()); }
void to_json(json& j, const Date& date) { j = date.iso(); }

void from_json(const json& j, Date& date) {
  const auto parsed = Date::parse(j.get_ref<const std::string&>());
  if (!parsed) throw std::invalid_argument("not a date: " + j.get_ref<const std::string&>());
  date = *parsed;
}

void to_json(JsonWriter& out, const RuleSettings& s) {
  object(out, "maxConcurrentModules", s.max_concurrent_modules, "minDaysBetweenDeadlines", s.min_days_between_deadlines,
         "proposalModuleLatestPosition", s.proposal_module_latest_position, "reviewIntervalWeeks",
         s.review_interval_weeks, "shadowingWindowMonths", s.shadowing_window_months);
}

void from_json(const json& j, RuleSettings& s) {
  j.at("maxConcurrentModules").get_to(s.max_concurrent_modules);
  j.at("minDaysBetweenDeadlines").get_to(s.min_days_between_deadlines);
  j.at("reviewIntervalWeeks").get_to(s.review_interval_weeks);
  j.at("shadowingWindowMonths").get_to(s.shadowing_window_months);
  j.at("proposalModuleLatestPosition").get_to(s.proposal_module_latest_position);
}

void to_json(JsonWriter& out, const Profile& p) {
  object(out, "apprentice", p.apprentice, "contractedHoursPerWeek", p.contracted_hours_per_week, "employer", p.employer,
         "intendedEnd", p.intended_end, "mentor", p.mentor, "otjFigure", p.otj_figure, "otjPolicy", p.otj_policy,
         "start", p.start, "tutor", p.tutor);
}

void from_json(const json& j, Profile& p) {
  j.at("apprentice").get_to(p.apprentice);
  j.at("employer").get_to(p.employer);
  j.at("mentor").get_to(p.mentor);
  j.at("tutor").get_to(p.tutor);
  j.at("start").get_to(p.start);
  p.intended_end = get_optional(j, "intendedEnd");
  j.at("contractedHoursPerWeek").get_to(p.contracted_hours_per_week);
  j.at("otjPolicy").get_to(p.otj_policy);
  j.at("otjFigure").get_to(p.otj_figure);
}

void to_json(JsonWriter& out, const Period& p) {
  object(out, "first", p.first, "id", p.id, "kind", p.kind, "label", p.label, "last", p.last);
}

void from_json(const json& j, Period& p) {
  j.at("id").get_to(p.id);
  p.kind = kind_at<PeriodKind>(j, "kind");
  j.at("label").get_to(p.label);
  j.at("first").get_to(p.first);
  j.at("last").get_to(p.last);
}

void to_json(JsonWriter& out, const ModulePlacement& m) {
  object(out, "completed", m.completed, "deadlineDates", m.deadline_dates, "moduleId", m.module_id, "sessionDates",
         m.session_dates, "start", m.start);
}

void from_json(const json& j, ModulePlacement& m) {
  j.at("moduleId").get_to(m.module_id);
  j.at("start").get_to(m.start);
  j.at("sessionDates").get_to(m.session_dates);
  j.at("deadlineDates").get_to(m.deadline_dates);
  j.at("completed").get_to(m.completed);
}

void to_json(JsonWriter& out, const Milestone& m) {
  object(out, "due", m.due, "id", m.id, "notes", m.notes, "status", m.status, "targetWords", m.target_words, "title",
         m.title, "words", m.words);
}

void from_json(const json& j, Milestone& m) {
  j.at("id").get_to(m.id);
  j.at("title").get_to(m.title);
  j.at("due").get_to(m.due);
  m.status = kind_at<MilestoneStatus>(j, "status");
  j.at("targetWords").get_to(m.target_words);
  j.at("words").get_to(m.words);
  j.at("notes").get_to(m.notes);
}

void to_json(JsonWriter& out, const Dissertation& d) { object(out, "milestones", d.milestones, "title", d.title); }

void from_json(const json& j, Dissertation& d) {
  j.at("title").get_to(d.title);
  j.at("milestones").get_to(d.milestones);
}

void to_json(JsonWriter& out, const Activity& a) {
  object(out, "behaviours", a.behaviours, "date", a.date, "focus", a.focus, "hours", a.hours, "id", a.id, "notes",
         a.notes, "reflectionWords", a.reflection_words, "role", a.role, "standards", a.standards, "status", a.status,
         "title", a.title, "type", a.kind, "withWhom", a.with_whom);
}

void from_json(const json& j, Activity& a) {
  j.at("id").get_to(a.id);
  a.kind = kind_at<EventKind>(j, "type");
  if (!is_activity_kind(a.kind)) throw std::invalid_argument("type: not an activity kind");
  j.at("title").get_to(a.title);
  j.at("date").get_to(a.date);
  j.at("hours").get_to(a.hours);
  j.at("withWhom").get_to(a.with_whom);
  j.at("role").get_to(a.role);
  j.at("focus").get_to(a.focus);
  j.at("standards").get_to(a.standards);
  j.at("behaviours").get_to(a.behaviours);
  j.at("reflectionWords").get_to(a.reflection_words);
  a.status = kind_at<ActivityStatus>(j, "status");
  j.at("notes").get_to(a.notes);
}

void to_json(JsonWriter& out, const SignOff& s) {
  object(out, "date", s.date, "name", s.name, "signedOff", s.signed_off);
}

void from_json(const json& j, SignOff& s) {
  j.at("signedOff").get_to(s.signed_off);
  j.at("name").get_to(s.name);
  s.date = get_optional(j, "date");
}

void to_json(JsonWriter& out, const Review& r) {
  out.begin_object();
  members(out, "actions", r.actions, "attendees", r.attendees, "date", r.date, "id", r.id, "notes", r.notes);
  out.key("signOff");
  object(out, "apprentice", r.apprentice, "mentor", r.mentor, "tutor", r.tutor);
  out.end_object();
}

void from_json(const json& j, Review& r) {
  j.at("id").get_to(r.id);
  j.at("date").get_to(r.date);
  j.at("attendees").get_to(r.attendees);
  j.at("notes").get_to(r.notes);
  j.at("actions").get_to(r.actions);
  const json& sign_off = j.at("signOff");
  sign_off.at("apprentice").get_to(r.apprentice);
  sign_off.at("mentor").get_to(r.mentor);
  sign_off.at("tutor").get_to(r.tutor);
}

void to_json(JsonWriter& out, const HoursEntry& h) {
  object(out, "activeLearning", h.active_learning, "date", h.date, "description", h.description, "hours", h.hours, "id",
         h.id);
}

void from_json(const json& j, HoursEntry& h) {
  j.at("id").get_to(h.id);
  j.at("date").get_to(h.date);
  j.at("hours").get_to(h.hours);
  j.at("description").get_to(h.description);
  j.at("activeLearning").get_to(h.active_learning);
}

void to_json(JsonWriter& out, const EndPoint& e) { object(out, "gateway", e.gateway, "stepDates", e.step_dates); }

void from_json(const json& j, EndPoint& e) {
  e.gateway = get_optional(j, "gateway");
  j.at("stepDates").get_to(e.step_dates);
}

void to_json(JsonWriter& out, const ReviewComment& c) {
  object(out, "author", c.author, "date", c.date, "id", c.id, "item", c.item, "itemLabel", c.item_label, "resolved",
         c.resolved, "review", c.review, "text", c.text);
}

void from_json(const json& j, ReviewComment& c) {
  j.at("id").get_to(c.id);
  j.at("review").get_to(c.review);
  j.at("item").get_to(c.item);
  j.at("itemLabel").get_to(c.item_label);
  j.at("author").get_to(c.author);
  j.at("date").get_to(c.date);
  j.at("text").get_to(c.text);
  j.at("resolved").get_to(c.resolved);
}

void to_json(JsonWriter& out, const ReviewDecision& d) {
  object(out, "date", d.date, "decision", d.decision, "review", d.review, "reviewer", d.reviewer, "role", d.role,
         "summary", d.summary);
}

void from_json(const json& j, ReviewDecision& d) {
  j.at("review").get_to(d.review);
  j.at("reviewer").get_to(d.reviewer);
  j.at("role").get_to(d.role);
  j.at("decision").get_to(d.decision);
  j.at("date").get_to(d.date);
  j.at("summary").get_to(d.summary);
}

void to_json(JsonWriter& out, const Plan& p) {
  object(out, "activities", p.activities, "dissertation", p.dissertation, "endPoint", p.end_point, "hoursLog",
         p.hours_log, "id", p.id, "induction", p.induction, "modules", p.modules, "name", p.name, "periods", p.periods,
         "profile", p.profile, "programmeId", p.programme_id, "reviewComments", p.review_comments, "reviewDecisions",
         p.review_decisions, "reviews", p.reviews, "settings", p.settings);
}

std::string plan_json_text(const Plan& plan, JsonLayout layout, int depth) {
  JsonWriter out(layout, depth);
  to_json(out, plan);
  return out.take();
}

void to_json(json& j, const Plan& plan) { j = json::parse(plan_json_text(plan, JsonLayout::compact)); }

void from_json(const json& j, Plan& p) {
  j.at("id").get_to(p.id);
  j.at("name").get_to(p.name);
  j.at("programmeId").get_to(p.programme_id);
  j.at("profile").get_to(p.profile);
  p.induction = get_optional(j, "induction");
  j.at("periods").get_to(p.periods);
  j.at("modules").get_to(p.modules);
  j.at("dissertation").get_to(p.dissertation);
  j.at("activities").get_to(p.activities);
  j.at("reviews").get_to(p.reviews);
  j.at("hoursLog").get_to(p.hours_log);
  j.at("endPoint").get_to(p.end_point);
  j.at("settings").get_to(p.settings);
  j.at("reviewComments").get_to(p.review_comments);
  j.at("reviewDecisions").get_to(p.review_decisions);
}

}  // namespace planner
