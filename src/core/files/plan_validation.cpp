#include "core/files/plan_validation.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string_view>

#include "core/calendar/date.hpp"
#include "core/files/plan_file_format.hpp"
#include "core/files/untrusted_json.hpp"
#include "core/plan/item_id.hpp"
#include "core/plan/item_ref.hpp"
#include "core/plan/kinds.hpp"
#include "core/plan/plan_limits.hpp"
#include "core/review/mentor_review.hpp"
#include "core/review/review_file_format.hpp"
#include "core/text/word_list.hpp"

namespace planner {
namespace {

using nlohmann::json;
namespace lim = planner::limits;

enum class TextKind {
  line,   // names, titles, labels: one line
  notes,  // may span lines
};

std::string shown(const json& value) {
  constexpr std::size_t kShown = 40;
  if (value.is_string()) {
    const std::string& text = value.get_ref<const std::string&>();
    std::string cut = text.substr(0, kShown);
    if (text.size() > kShown) cut += "…";
    return json(cut).dump(-1, ' ', false, json::error_handler_t::replace);
  }
  if (value.is_primitive()) return value.dump();
  return value.is_array() ? "a list" : "an object";
}

// Bounds as people write them: 168, 0.5, 100000.
std::string number_text(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.10g", value);
  return text;
}

std::string quote(std::string_view text) { return shown(json(std::string(text))); }

std::string list_of_choices(std::span<const std::string_view> allowed) {
  std::vector<std::string> quoted;
  for (const std::string_view choice : allowed) quoted.push_back(quote(choice));
  return word_list(quoted, "or");
}

bool is_digits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

class Validator {
 public:
  Validator(const PlanValidationOptions& options, std::vector<LoadProblem>& problems)
      : options_(options), problems_(problems) {}

  void envelope(const json& j) {
    if (!object(j, "", "a plan file", {"format", "schemaVersion", "appVersion", "savedAt", "plan"})) return;
    one_of(j, "", "format", std::array{kPlanFileFormat});
    whole_number(
        j, "", "schemaVersion",
        {kCurrentPlanSchemaVersion, options_.newer_version ? lim::kSchemaVersion.max : kCurrentPlanSchemaVersion});
    text(j, "", "appVersion", TextKind::line);
    saved_at(j);
    if (const json* plan_json = field(j, "plan")) plan(*plan_json, "/plan");
  }

  void plan(const json& j, const std::string& at) {
    if (!object(j, at, "a plan",
                {"id", "name", "programmeId", "profile", "periods", "modules", "dissertation", "activities", "reviews",
                 "hoursLog", "endPoint", "settings", "reviewComments", "reviewDecisions"},
                {"induction"})) {
      return;
    }
    // The plan's own id may still be empty: the browser's storage gives one when it first keeps
    // the plan (the auto-planner and the CLI, being deterministic, leave it unset).
    if (const json* id = field(j, "id");
        id == nullptr || !id->is_string() || !id->get_ref<const std::string&>().empty()) {
      identifier(j, at, "id");
    }
    text(j, at, "name", TextKind::line);
    identifier(j, at, "programmeId");
    if (const json* profile_json = field(j, "profile")) profile(*profile_json, at + "/profile");
    date(j, at, "induction");
    each(j, at, "periods", lim::kMaxPeriods,
         [&](const json& item, const std::string& item_at) { period(item, item_at); });
    each(j, at, "modules", lim::kMaxModules,
         [&](const json& item, const std::string& item_at) { placement(item, item_at); });
    if (const json* dissertation_json = field(j, "dissertation"))
      dissertation(*dissertation_json, at + "/dissertation");
    each(j, at, "activities", lim::kMaxActivities,
         [&](const json& item, const std::string& item_at) { activity(item, item_at); });
    each(j, at, "reviews", lim::kMaxReviews,
         [&](const json& item, const std::string& item_at) { review(item, item_at); });
    each(j, at, "hoursLog", lim::kMaxHoursEntries,
         [&](const json& item, const std::string& item_at) { hours_entry(item, item_at); });
    if (const json* end_point_json = field(j, "endPoint")) end_point(*end_point_json, at + "/endPoint");
    if (const json* settings_json = field(j, "settings")) settings(*settings_json, at + "/settings");
    std::set<std::pair<std::string, std::string>> comment_keys;
    each(j, at, "reviewComments", lim::kMaxReviewComments,
         [&](const json& item, const std::string& item_at) { kept_review_comment(item, item_at, comment_keys); });
    std::map<std::string, std::string> decided_reviews;
    each(j, at, "reviewDecisions", lim::kMaxReviewDecisions,
         [&](const json& item, const std::string& item_at) { kept_review_decision(item, item_at, decided_reviews); });
  }

  // A review file (review_file.hpp): the envelope and its "review".
  void review_envelope(const json& j) {
    if (!object(j, "", "a review file", {"format", "schemaVersion", "appVersion", "savedAt", "review"})) return;
    one_of(j, "", "format", std::array{kReviewFileFormat});
    whole_number(j, "", "schemaVersion", {kCurrentReviewSchemaVersion, kCurrentReviewSchemaVersion});
    text(j, "", "appVersion", TextKind::line);
    saved_at(j);
    if (const json* review_json = field(j, "review")) review_body(*review_json, "/review");
  }

 private:
  // ---- plan parts ----

  void profile(const json& j, const std::string& at) {
    if (!object(
            j, at, "the profile",
            {"apprentice", "employer", "mentor", "tutor", "start", "contractedHoursPerWeek", "otjPolicy", "otjFigure"},
            {"intendedEnd"})) {
      return;
    }
    for (const char* key : {"apprentice", "employer", "mentor", "tutor"}) text(j, at, key, TextKind::line);
    const std::optional<Date> start = date(j, at, "start");
    const std::optional<Date> end = date(j, at, "intendedEnd");
    if (start && end && *end <= *start) {
      report(at + "/intendedEnd", end->iso() + " is not after the start, " + start->iso());
    }
    decimal(j, at, "contractedHoursPerWeek", 0, lim::kMaxContractedHoursPerWeek, /*min_exclusive=*/true);
    identifier(j, at, "otjPolicy");
    decimal(j, at, "otjFigure", 0, lim::kMaxOtjFigure, false);
  }

  void period(const json& j, const std::string& at) {
    if (!object(j, at, "a leave or busy period", {"id", "kind", "label", "first", "last"})) return;
    item_id(j, at, item_ids_);
    one_of(j, at, "kind", all_names<PeriodKind>());
    text(j, at, "label", TextKind::line);
    const std::optional<Date> first = date(j, at, "first");
    const std::optional<Date> last = date(j, at, "last");
    if (first && last && *last < *first) {
      report(at + "/last", last->iso() + " is before the first day, " + first->iso());
    }
  }

  void placement(const json& j, const std::string& at) {
    if (!object(j, at, "a module placement", {"moduleId", "start", "sessionDates", "deadlineDates", "completed"}))
      return;
    if (const auto module_id = identifier(j, at, "moduleId")) {
      const auto [earlier, fresh] = placed_modules_.emplace(*module_id, at + "/moduleId");
      if (!fresh) report(at + "/moduleId", quote(*module_id) + " is already placed at " + earlier->second);
    }
    date(j, at, "start");
    date_map(j, at, "sessionDates");
    date_map(j, at, "deadlineDates");
    boolean(j, at, "completed");
  }

  void dissertation(const json& j, const std::string& at) {
    if (!object(j, at, "the dissertation", {"title", "milestones"})) return;
    text(j, at, "title", TextKind::line);
    std::map<std::string, std::string> milestone_ids;
    each(j, at, "milestones", lim::kMaxMilestones, [&](const json& item, const std::string& item_at) {
      if (!object(item, item_at, "a dissertation milestone",
                  {"id", "title", "due", "status", "targetWords", "words", "notes"})) {
        return;
      }
      item_id(item, item_at, milestone_ids);
      text(item, item_at, "title", TextKind::line);
      date(item, item_at, "due");
      one_of(item, item_at, "status", all_names<MilestoneStatus>());
      whole_number(item, item_at, "targetWords", {0, lim::kMaxWords});
      whole_number(item, item_at, "words", {0, lim::kMaxWords});
      text(item, item_at, "notes", TextKind::notes);
    });
  }

  void activity(const json& j, const std::string& at) {
    if (!object(j, at, "an activity",
                {"id", "type", "title", "date", "hours", "withWhom", "role", "focus", "standards", "behaviours",
                 "reflectionWords", "status", "notes"})) {
      return;
    }
    item_id(j, at, item_ids_);
    one_of(j, at, "type", activity_kind_names());
    text(j, at, "title", TextKind::line);
    date(j, at, "date");
    decimal(j, at, "hours", 0, lim::kMaxItemHours, false);
    for (const char* key : {"withWhom", "role", "focus"}) text(j, at, key, TextKind::line);
    id_list(j, at, "standards");
    id_list(j, at, "behaviours");
    whole_number(j, at, "reflectionWords", {0, lim::kMaxReflectionWords});
    one_of(j, at, "status", all_names<ActivityStatus>());
    text(j, at, "notes", TextKind::notes);
  }

  void review(const json& j, const std::string& at) {
    if (!object(j, at, "a progress review", {"id", "date", "attendees", "notes", "actions", "signOff"})) return;
    item_id(j, at, item_ids_);
    date(j, at, "date");
    id_list(j, at, "attendees");
    text(j, at, "notes", TextKind::notes);
    each(j, at, "actions", lim::kMaxListItems,
         [&](const json& item, const std::string& item_at) { line_text(item, item_at, TextKind::line); });
    const json* sign_offs = field(j, "signOff");
    const std::string sign_off_at = at + "/signOff";
    if (sign_offs == nullptr || !object(*sign_offs, sign_off_at, "the sign-offs", {"apprentice", "mentor", "tutor"})) {
      return;
    }
    for (const char* party : {"apprentice", "mentor", "tutor"}) {
      const json* one = field(*sign_offs, party);
      const std::string one_at = sign_off_at + "/" + party;
      if (one == nullptr || !object(*one, one_at, "a sign-off", {"signedOff", "name"}, {"date"})) continue;
      boolean(*one, one_at, "signedOff");
      text(*one, one_at, "name", TextKind::line);
      date(*one, one_at, "date");
    }
  }

  void hours_entry(const json& j, const std::string& at) {
    if (!object(j, at, "an hours entry", {"id", "date", "hours", "description", "activeLearning"})) return;
    item_id(j, at, item_ids_);
    date(j, at, "date");
    decimal(j, at, "hours", 0, lim::kMaxItemHours, false);
    text(j, at, "description", TextKind::line);
    boolean(j, at, "activeLearning");
  }

  void end_point(const json& j, const std::string& at) {
    if (!object(j, at, "the end point", {"stepDates"}, {"gateway"})) return;
    date(j, at, "gateway");
    date_map(j, at, "stepDates");
  }

  void settings(const json& j, const std::string& at) {
    if (!object(j, at, "the settings",
                {"maxConcurrentModules", "minDaysBetweenDeadlines", "reviewIntervalWeeks", "shadowingWindowMonths",
                 "proposalModuleLatestPosition"})) {
      return;
    }
    whole_number(j, at, "maxConcurrentModules", lim::kMaxConcurrentModules);
    whole_number(j, at, "minDaysBetweenDeadlines", lim::kMinDaysBetweenDeadlines);
    whole_number(j, at, "reviewIntervalWeeks", lim::kReviewIntervalWeeks);
    whole_number(j, at, "shadowingWindowMonths", lim::kShadowingWindowMonths);
    whole_number(j, at, "proposalModuleLatestPosition", lim::kProposalModuleLatestPosition);
  }

  // ---- mentor review ----

  // A comment kept in a plan: (review, id) unique.
  void kept_review_comment(const json& j, const std::string& at, std::set<std::pair<std::string, std::string>>& keys) {
    if (!object(j, at, "a review comment",
                {"id", "review", "item", "itemLabel", "author", "date", "text", "resolved"})) {
      return;
    }
    const auto id = identifier(j, at, "id");
    const auto review = identifier(j, at, "review");
    if (id && review && !keys.emplace(*review, *id).second) {
      report(at + "/id", quote(*id) + " is already the id of a comment from review " + quote(*review));
    }
    comment_content(j, at);
    text(j, at, "author", TextKind::line);
    boolean(j, at, "resolved");
  }

  void kept_review_decision(const json& j, const std::string& at, std::map<std::string, std::string>& reviews) {
    if (!object(j, at, "a review decision", {"review", "reviewer", "role", "decision", "date", "summary"})) return;
    if (const auto review = identifier(j, at, "review")) {
      const auto [earlier, fresh] = reviews.emplace(*review, at);
      if (!fresh)
        report(at + "/review", "review " + quote(*review) + " already has its decision at " + earlier->second);
    }
    text(j, at, "reviewer", TextKind::line);
    text(j, at, "role", TextKind::line);
    verdict(j, at);
  }

  // The fields a comment has both in a plan and in a review file.
  void comment_content(const json& j, const std::string& at) {
    if (const std::string* item = string_field(j, at, "item", "an item reference (text)")) {
      if (!is_item_ref(*item)) {
        report(at + "/item", quote(*item) + " is not an item reference (1 to " + std::to_string(lim::kMaxItemRefBytes) +
                                 " letters, digits, \".\", \"_\", \"-\" or \"/\", starting with a letter or digit)");
      }
    }
    text(j, at, "itemLabel", TextKind::line);
    date(j, at, "date");
    non_empty_text(j, at, "text", TextKind::notes);
  }

  // "decision", "date" and "summary": in a plan's decisions and a review file's decision.
  void verdict(const json& j, const std::string& at) {
    one_of(j, at, "decision", std::array{kDecisionApproved, kDecisionChangesRequested});
    date(j, at, "date");
    text(j, at, "summary", TextKind::notes);
  }

  void review_body(const json& j, const std::string& at) {
    if (!object(j, at, "a review", {"id", "plan", "reviewer", "comments"}, {"decision"})) return;
    identifier(j, at, "id");
    if (const json* plan_json = field(j, "plan")) {
      const std::string plan_at = at + "/plan";
      if (object(*plan_json, plan_at, "the plan reviewed", {"id", "name", "fingerprint"})) {
        // As in a plan file, the plan's own id may be empty (a plan the browser never stored).
        if (const json* id = field(*plan_json, "id");
            id != nullptr && (!id->is_string() || !id->get_ref<const std::string&>().empty())) {
          identifier(*plan_json, plan_at, "id");
        }
        text(*plan_json, plan_at, "name", TextKind::line);
        if (const std::string* fingerprint = string_field(*plan_json, plan_at, "fingerprint", "a plan fingerprint")) {
          if (!is_plan_fingerprint(*fingerprint)) {
            report(plan_at + "/fingerprint", quote(*fingerprint) +
                                                 " is not a plan fingerprint such as "
                                                 "\"fnv1a64:0123456789abcdef\"");
          }
        }
      }
    }
    if (const json* reviewer = field(j, "reviewer")) {
      const std::string reviewer_at = at + "/reviewer";
      if (object(*reviewer, reviewer_at, "the reviewer", {"name", "role"})) {
        non_empty_text(*reviewer, reviewer_at, "name", TextKind::line);
        text(*reviewer, reviewer_at, "role", TextKind::line);
      }
    }
    if (const json* decision = field(j, "decision")) {
      if (object(*decision, at + "/decision", "the reviewer's decision", {"decision", "date", "summary"})) {
        verdict(*decision, at + "/decision");
      }
    }
    std::map<std::string, std::string> comment_ids;
    each(j, at, "comments", lim::kMaxReviewComments, [&](const json& item, const std::string& item_at) {
      if (!object(item, item_at, "a review comment", {"id", "item", "itemLabel", "date", "text"})) return;
      item_id(item, item_at, comment_ids);
      comment_content(item, item_at);
    });
  }

  // ---- building blocks ----

  void saved_at(const json& j) {
    if (const std::string* when = string_field(j, "", "savedAt", "a timestamp")) {
      if (!is_timestamp(*when))
        report("/savedAt", quote(*when) + " is not a timestamp such as \"2027-01-04T09:30:00Z\"");
    }
  }

  void non_empty_text(const json& j, const std::string& at, std::string_view key, TextKind kind) {
    const json* value = field(j, key);
    if (value == nullptr) return;
    if (value->is_string() && value->get_ref<const std::string&>().empty()) {
      report(child(at, key), "is empty");
      return;
    }
    line_text(*value, child(at, key), kind);
  }

  bool full() const { return problems_.size() >= lim::kMaxProblems; }

  void report(std::string at, std::string message) {
    if (!full()) problems_.push_back(LoadProblem{std::move(at), std::move(message)});
  }

  static const json* field(const json& object, std::string_view key) {
    const auto found = object.find(key);
    return found == object.end() ? nullptr : &*found;
  }

  static std::string child(const std::string& at, std::string_view key) { return at + "/" + json_pointer_segment(key); }

  // Reports what is missing and what does not belong; the field checks then skip missing fields.
  bool object(const json& j, const std::string& at, std::string_view noun,
              std::initializer_list<std::string_view> required, std::initializer_list<std::string_view> optional = {}) {
    if (!j.is_object()) {
      report(at, "should be " + std::string(noun) + " (a JSON object), not " + describe_json_value(j));
      return false;
    }
    for (std::string_view key : required) {
      if (!j.contains(key)) report(child(at, key), "is missing");
    }
    if (!options_.newer_version) {
      const auto among = [](std::string_view key, std::initializer_list<std::string_view> keys) {
        return std::find(keys.begin(), keys.end(), key) != keys.end();
      };
      for (const auto& item : j.items()) {
        if (full()) break;
        if (!among(item.key(), required) && !among(item.key(), optional)) {
          report(child(at, item.key()), "is not a field of " + std::string(noun));
        }
      }
    }
    return true;
  }

  void each(const json& j, const std::string& at, std::string_view key, std::size_t max_items,
            const std::function<void(const json&, const std::string&)>& check) {
    const json* list = field(j, key);
    if (list == nullptr) return;
    const std::string list_at = child(at, key);
    if (!list->is_array()) {
      report(list_at, "should be a list, not " + describe_json_value(*list));
      return;
    }
    if (list->size() > max_items) {
      report(list_at,
             "has " + std::to_string(list->size()) + " items; at most " + std::to_string(max_items) + " are allowed");
      return;
    }
    for (std::size_t i = 0; i < list->size() && !full(); ++i) check((*list)[i], list_at + "/" + std::to_string(i));
  }

  const std::string* string_field(const json& j, const std::string& at, std::string_view key, std::string_view want) {
    const json* value = field(j, key);
    if (value == nullptr) return nullptr;
    if (!value->is_string()) {
      report(child(at, key), "should be " + std::string(want) + ", not " + describe_json_value(*value));
      return nullptr;
    }
    return &value->get_ref<const std::string&>();
  }

  void text(const json& j, const std::string& at, std::string_view key, TextKind kind) {
    if (const json* value = field(j, key)) line_text(*value, child(at, key), kind);
  }

  void line_text(const json& value, const std::string& at, TextKind kind) {
    if (!value.is_string()) {
      report(at, "should be text, not " + describe_json_value(value));
      return;
    }
    const std::string& text = value.get_ref<const std::string&>();
    const std::size_t max = kind == TextKind::line ? lim::kMaxLineCharacters : lim::kMaxNotesCharacters;
    // Characters as JSON Schema's maxLength counts them: code points, i.e. UTF-8 lead bytes (the
    // parser has already refused ill-formed UTF-8).
    const auto characters = static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    if (characters > max) {
      report(at,
             "is " + std::to_string(characters) + " characters long; at most " + std::to_string(max) + " are allowed");
      return;
    }
    for (char c : text) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte >= 0x20 && byte != 0x7f) continue;
      if (kind == TextKind::notes && (c == '\n' || c == '\t' || c == '\r')) continue;
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(byte));
      report(at, kind == TextKind::line && (c == '\n' || c == '\r')
                     ? std::string("should be a single line")
                     : "contains the control character " + std::string(code));
      return;
    }
  }

  std::optional<std::string> identifier(const json& j, const std::string& at, std::string_view key) {
    const std::string* text = string_field(j, at, key, "an id (text)");
    if (text == nullptr) return std::nullopt;
    if (!is_valid_id(*text)) {
      report(child(at, key), quote(*text) + " is not a valid id (" + std::string(kIdRule) + ")");
      return std::nullopt;
    }
    return *text;
  }

  // An item's "id", unique among `seen` (id → pointer of its first use).
  void item_id(const json& j, const std::string& at, std::map<std::string, std::string>& seen) {
    if (const auto id = identifier(j, at, "id")) {
      const auto [earlier, fresh] = seen.emplace(*id, at);
      if (!fresh) report(at + "/id", quote(*id) + " is already the id of " + earlier->second);
    }
  }

  void id_list(const json& j, const std::string& at, std::string_view key) {
    std::set<std::string, std::less<>> seen;
    each(j, at, key, lim::kMaxListItems, [&](const json& item, const std::string& item_at) {
      if (!item.is_string()) {
        report(item_at, "should be an id (text), not " + describe_json_value(item));
        return;
      }
      const std::string& id = item.get_ref<const std::string&>();
      if (!is_valid_id(id)) {
        report(item_at, quote(id) + " is not a valid id");
      } else if (!seen.insert(id).second) {
        report(item_at, quote(id) + " is listed twice");
      }
    });
  }

  void one_of(const json& j, const std::string& at, std::string_view key, std::span<const std::string_view> allowed) {
    const std::string* text = string_field(j, at, key, "text");
    if (text == nullptr) return;
    for (std::string_view choice : allowed) {
      if (*text == choice) return;
    }
    report(child(at, key), "should be " + list_of_choices(allowed) + ", not " + quote(*text));
  }

  std::optional<Date> date(const json& j, const std::string& at, std::string_view key) {
    const json* value = field(j, key);
    if (value == nullptr) return std::nullopt;
    return date_value(*value, child(at, key));
  }

  std::optional<Date> date_value(const json& value, const std::string& at) {
    if (!value.is_string()) {
      report(at, "should be a date as \"YYYY-MM-DD\", not " + describe_json_value(value));
      return std::nullopt;
    }
    const std::string& text = value.get_ref<const std::string&>();
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' && is_digits(text.substr(0, 4)) &&
                        is_digits(text.substr(5, 2)) && is_digits(text.substr(8, 2));
    if (!shaped) {
      report(at, quote(text) + " is not a date as YYYY-MM-DD");
      return std::nullopt;
    }
    const int year = std::stoi(text.substr(0, 4));
    if (year < Date::kMinYear || year > Date::kMaxYear) {
      report(at, quote(text) + " is outside the years " + std::to_string(Date::kMinYear) + " to " +
                     std::to_string(Date::kMaxYear));
      return std::nullopt;
    }
    const std::optional<Date> parsed = Date::parse(text);
    if (!parsed) report(at, quote(text) + " is not a real date");
    return parsed;
  }

  // An object from template ids to dates (per-session, per-deadline and per-step overrides).
  void date_map(const json& j, const std::string& at, std::string_view key) {
    const json* map = field(j, key);
    if (map == nullptr) return;
    const std::string map_at = child(at, key);
    if (!map->is_object()) {
      report(map_at, "should be an object of dates by id, not " + describe_json_value(*map));
      return;
    }
    if (map->size() > lim::kMaxDateOverrides) {
      report(map_at, "has " + std::to_string(map->size()) + " dates; at most " +
                         std::to_string(lim::kMaxDateOverrides) + " are allowed");
      return;
    }
    for (const auto& [id, value] : map->items()) {
      if (full()) return;
      const std::string entry_at = child(map_at, id);
      if (!is_valid_id(id)) {
        report(entry_at, quote(id) + " is not a valid id");
        continue;
      }
      date_value(value, entry_at);
    }
  }

  void whole_number(const json& j, const std::string& at, std::string_view key, lim::IntRange range) {
    const json* value = field(j, key);
    if (value == nullptr) return;
    const std::string value_at = child(at, key);
    const std::string wanted = "a whole number from " + std::to_string(range.min) + " to " + std::to_string(range.max);
    // Compare in the type the parser produced: a value beyond int64 must never be cast down first.
    bool in_range = false;
    if (value->is_number_unsigned()) {
      const auto n = value->get<std::uint64_t>();
      in_range = range.min <= 0
                     ? n <= static_cast<std::uint64_t>(range.max)
                     : n >= static_cast<std::uint64_t>(range.min) && n <= static_cast<std::uint64_t>(range.max);
    } else if (value->is_number_integer()) {
      const auto n = value->get<std::int64_t>();
      in_range = n >= range.min && n <= range.max;
    } else {
      report(value_at, "should be " + wanted + ", not " + describe_json_value(*value));
      return;
    }
    if (!in_range) report(value_at, "should be " + wanted + ", not " + value->dump());
  }

  void decimal(const json& j, const std::string& at, std::string_view key, double min, double max, bool min_exclusive) {
    const json* value = field(j, key);
    if (value == nullptr) return;
    const std::string value_at = child(at, key);
    const std::string wanted = "a number " + std::string(min_exclusive ? "above " : "from ") + number_text(min) +
                               (min_exclusive ? " and at most " : " to ") + number_text(max);
    if (!value->is_number()) {
      report(value_at, "should be " + wanted + ", not " + describe_json_value(*value));
      return;
    }
    const double n = value->get<double>();
    const bool in_range = std::isfinite(n) && (min_exclusive ? n > min : n >= min) && n <= max;
    if (!in_range) report(value_at, "should be " + wanted + ", not " + value->dump());
  }

  void boolean(const json& j, const std::string& at, std::string_view key) {
    const json* value = field(j, key);
    if (value != nullptr && !value->is_boolean()) {
      report(child(at, key), "should be true or false, not " + describe_json_value(*value));
    }
  }

  const PlanValidationOptions& options_;
  std::vector<LoadProblem>& problems_;
  std::map<std::string, std::string> item_ids_;        // periods, activities, reviews, hours: one id space
  std::map<std::string, std::string> placed_modules_;  // module id → where it is placed
};

}  // namespace

std::string describe_json_value(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return std::string(value.get<bool>() ? "true" : "false");
    case json::value_t::string: return "text (" + shown(value) + ")";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "the number " + shown(value);
    case json::value_t::array: return "a list";
    case json::value_t::object: return "an object";
    default: return "something else";
  }
}

bool is_timestamp(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)
  if (text.size() < 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':') return false;
  if (!Date::parse(text.substr(0, 10))) return false;
  const auto two = [&](std::size_t at, int max) {
    const std::string_view digits = text.substr(at, 2);
    return is_digits(digits) && std::stoi(std::string(digits)) <= max;
  };
  if (!two(11, 23) || !two(14, 59) || !two(17, 59)) return false;
  std::size_t at = 19;
  if (text[at] == '.') {
    const std::size_t digits_from = ++at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
    if (at == digits_from || at - digits_from > 9) return false;
  }
  const std::string_view zone = text.substr(at);
  if (zone == "Z") return true;
  return zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':' && two(at + 1, 23) && two(at + 4, 59);
}

void validate_plan_file_json(const json& envelope, const PlanValidationOptions& options,
                             std::vector<LoadProblem>& problems) {
  Validator(options, problems).envelope(envelope);
}

void validate_review_file_json(const json& envelope, std::vector<LoadProblem>& problems) {
  const PlanValidationOptions strict;
  Validator(strict, problems).review_envelope(envelope);
}

}  // namespace planner
