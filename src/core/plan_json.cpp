#include "core/plan_json.hpp"

#include <stdexcept>
#include <string>

namespace planner {
namespace {

using nlohmann::json;

void put_optional(json& j, const char* key, const std::optional<Date>& date) {
  if (date) j[key] = *date;
}

std::optional<Date> get_optional(const json& j, const char* key) {
  const auto found = j.find(key);
  if (found == j.end()) return std::nullopt;
  return found->get<Date>();
}

// An object built member by member. A json initializer list first wraps every member in a
// two-element array and then copies it into place: building a large plan that way took twice as
// long, and saving it happens a moment after every edit.
void add_members(json&) {}

template <typename Value, typename... Rest>
void add_members(json& j, const char* key, const Value& value, const Rest&... rest) {
  j.emplace(key, value);
  add_members(j, rest...);
}

template <typename... Members>
json object(const Members&... members) {
  json j = json::object();
  add_members(j, members...);
  return j;
}

// -0.0 prints as "-0.0": keep one spelling of zero so equal plans save to equal bytes.
double canonical(double value) { return value + 0.0; }

}  // namespace

void to_json(json& j, const Date& date) { j = date.iso(); }

void from_json(const json& j, Date& date) {
  const auto parsed = Date::parse(j.get_ref<const std::string&>());
  if (!parsed) throw std::invalid_argument("not a date: " + j.get_ref<const std::string&>());
  date = *parsed;
}

void to_json(json& j, const RuleSettings& s) {
  j = object("maxConcurrentModules", s.max_concurrent_modules,
             "minDaysBetweenDeadlines", s.min_days_between_deadlines,
             "reviewIntervalWeeks", s.review_interval_weeks,
             "shadowingWindowMonths", s.shadowing_window_months,
             "proposalModuleLatestPosition", s.proposal_module_latest_position);
}

void from_json(const json& j, RuleSettings& s) {
  j.at("maxConcurrentModules").get_to(s.max_concurrent_modules);
  j.at("minDaysBetweenDeadlines").get_to(s.min_days_between_deadlines);
  j.at("reviewIntervalWeeks").get_to(s.review_interval_weeks);
  j.at("shadowingWindowMonths").get_to(s.shadowing_window_months);
  j.at("proposalModuleLatestPosition").get_to(s.proposal_module_latest_position);
}

void to_json(json& j, const Profile& p) {
  j = object("apprentice", p.apprentice,
             "employer", p.employer,
             "mentor", p.mentor,
             "tutor", p.tutor,
             "start", p.start,
             "contractedHoursPerWeek", canonical(p.contracted_hours_per_week),
             "otjPolicy", p.otj_policy,
             "otjFigure", canonical(p.otj_figure));
  put_optional(j, "intendedEnd", p.intended_end);
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

void to_json(json& j, const Period& p) {
  j = object("id", p.id, "kind", p.kind, "label", p.label, "first", p.first, "last", p.last);
}

void from_json(const json& j, Period& p) {
  j.at("id").get_to(p.id);
  j.at("kind").get_to(p.kind);
  j.at("label").get_to(p.label);
  j.at("first").get_to(p.first);
  j.at("last").get_to(p.last);
}

void to_json(json& j, const ModulePlacement& m) {
  j = object("moduleId", m.module_id,
             "start", m.start,
             "sessionDates", m.session_dates,
             "deadlineDates", m.deadline_dates,
             "completed", m.completed);
}

void from_json(const json& j, ModulePlacement& m) {
  j.at("moduleId").get_to(m.module_id);
  j.at("start").get_to(m.start);
  j.at("sessionDates").get_to(m.session_dates);
  j.at("deadlineDates").get_to(m.deadline_dates);
  j.at("completed").get_to(m.completed);
}

void to_json(json& j, const Milestone& m) {
  j = object("id", m.id,
             "title", m.title,
             "due", m.due,
             "status", m.status,
             "targetWords", m.target_words,
             "words", m.words,
             "notes", m.notes);
}

void from_json(const json& j, Milestone& m) {
  j.at("id").get_to(m.id);
  j.at("title").get_to(m.title);
  j.at("due").get_to(m.due);
  j.at("status").get_to(m.status);
  j.at("targetWords").get_to(m.target_words);
  j.at("words").get_to(m.words);
  j.at("notes").get_to(m.notes);
}

void to_json(json& j, const Dissertation& d) { j = object("title", d.title,
                                                          "milestones", d.milestones); }

void from_json(const json& j, Dissertation& d) {
  j.at("title").get_to(d.title);
  j.at("milestones").get_to(d.milestones);
}

void to_json(json& j, const Activity& a) {
  j = object("id", a.id,
             "type", a.type,
             "title", a.title,
             "date", a.date,
             "hours", canonical(a.hours),
             "withWhom", a.with_whom,
             "role", a.role,
             "focus", a.focus,
             "standards", a.standards,
             "behaviours", a.behaviours,
             "reflectionWords", a.reflection_words,
             "status", a.status,
             "notes", a.notes);
}

void from_json(const json& j, Activity& a) {
  j.at("id").get_to(a.id);
  j.at("type").get_to(a.type);
  j.at("title").get_to(a.title);
  j.at("date").get_to(a.date);
  j.at("hours").get_to(a.hours);
  j.at("withWhom").get_to(a.with_whom);
  j.at("role").get_to(a.role);
  j.at("focus").get_to(a.focus);
  j.at("standards").get_to(a.standards);
  j.at("behaviours").get_to(a.behaviours);
  j.at("reflectionWords").get_to(a.reflection_words);
  j.at("status").get_to(a.status);
  j.at("notes").get_to(a.notes);
}

void to_json(json& j, const SignOff& s) {
  j = object("signedOff", s.signed_off, "name", s.name);
  put_optional(j, "date", s.date);
}

void from_json(const json& j, SignOff& s) {
  j.at("signedOff").get_to(s.signed_off);
  j.at("name").get_to(s.name);
  s.date = get_optional(j, "date");
}

void to_json(json& j, const Review& r) {
  j = object("id", r.id,
             "date", r.date,
             "attendees", r.attendees,
             "notes", r.notes,
             "actions", r.actions,
             "signOff", object("apprentice", r.apprentice, "mentor", r.mentor, "tutor", r.tutor));
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

void to_json(json& j, const HoursEntry& h) {
  j = object("id", h.id,
             "date", h.date,
             "hours", canonical(h.hours),
             "description", h.description,
             "activeLearning", h.active_learning);
}

void from_json(const json& j, HoursEntry& h) {
  j.at("id").get_to(h.id);
  j.at("date").get_to(h.date);
  j.at("hours").get_to(h.hours);
  j.at("description").get_to(h.description);
  j.at("activeLearning").get_to(h.active_learning);
}

void to_json(json& j, const EndPoint& e) {
  j = object("stepDates", e.step_dates);
  put_optional(j, "gateway", e.gateway);
}

void from_json(const json& j, EndPoint& e) {
  e.gateway = get_optional(j, "gateway");
  j.at("stepDates").get_to(e.step_dates);
}

void to_json(json& j, const ReviewComment& c) {
  j = object("id", c.id,
             "review", c.review,
             "item", c.item,
             "itemLabel", c.item_label,
             "author", c.author,
             "date", c.date,
             "text", c.text,
             "resolved", c.resolved);
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

void to_json(json& j, const ReviewDecision& d) {
  j = object("review", d.review,
             "reviewer", d.reviewer,
             "role", d.role,
             "decision", d.decision,
             "date", d.date,
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

void to_json(json& j, const Plan& p) {
  j = object("id", p.id,
             "name", p.name,
             "programmeId", p.programme_id,
             "profile", p.profile,
             "periods", p.periods,
             "modules", p.modules,
             "dissertation", p.dissertation,
             "activities", p.activities,
             "reviews", p.reviews,
             "hoursLog", p.hours_log,
             "endPoint", p.end_point,
             "settings", p.settings,
             "reviewComments", p.review_comments,
             "reviewDecisions", p.review_decisions);
  put_optional(j, "induction", p.induction);
}

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
