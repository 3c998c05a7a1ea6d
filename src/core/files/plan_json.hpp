#pragma once
// The plan as JSON: to_json/from_json beside each plan type, so a new field is a change in one
// place (plus the schema and the validator, which tests keep in step). from_json reads a json
// document (nlohmann, through ADL); to_json writes text straight from the plan (json_writer.hpp),
// with the same bytes as nlohmann's dump() of that document.
//
// This is the happy-path mapping. from_json trusts its input: it throws on a wrong type and does
// not check ranges. Text from outside goes through plan_file.hpp, which validates first.
//
// Shape: keys in camelCase; dates "YYYY-MM-DD"; hours and figures as JSON numbers; every field
// always written except the std::optional ones, which are omitted when unset.
#include <nlohmann/json.hpp>

#include "core/calendar/date.hpp"
#include "core/files/json_writer.hpp"
#include "core/plan/plan.hpp"
#include "core/programme/rule_settings.hpp"

namespace planner {

void to_json(JsonWriter& out, const Date& date);
void to_json(nlohmann::json& j, const Date& date);    // for other files' documents: "YYYY-MM-DD"
void from_json(const nlohmann::json& j, Date& date);  // throws std::invalid_argument on a bad date

void to_json(JsonWriter& out, const RuleSettings& settings);
void from_json(const nlohmann::json& j, RuleSettings& settings);

void to_json(JsonWriter& out, const Profile& profile);
void from_json(const nlohmann::json& j, Profile& profile);

void to_json(JsonWriter& out, const Period& period);
void from_json(const nlohmann::json& j, Period& period);

void to_json(JsonWriter& out, const ModulePlacement& placement);
void from_json(const nlohmann::json& j, ModulePlacement& placement);

void to_json(JsonWriter& out, const Milestone& milestone);
void from_json(const nlohmann::json& j, Milestone& milestone);

void to_json(JsonWriter& out, const Dissertation& dissertation);
void from_json(const nlohmann::json& j, Dissertation& dissertation);

void to_json(JsonWriter& out, const Activity& activity);
void from_json(const nlohmann::json& j, Activity& activity);

void to_json(JsonWriter& out, const SignOff& sign_off);
void from_json(const nlohmann::json& j, SignOff& sign_off);

void to_json(JsonWriter& out, const Review& review);
void from_json(const nlohmann::json& j, Review& review);

void to_json(JsonWriter& out, const HoursEntry& entry);
void from_json(const nlohmann::json& j, HoursEntry& entry);

void to_json(JsonWriter& out, const EndPoint& end_point);
void from_json(const nlohmann::json& j, EndPoint& end_point);

void to_json(JsonWriter& out, const ReviewComment& comment);
void from_json(const nlohmann::json& j, ReviewComment& comment);

void to_json(JsonWriter& out, const ReviewDecision& decision);
void from_json(const nlohmann::json& j, ReviewDecision& decision);

void to_json(JsonWriter& out, const Plan& plan);

// The plan as JSON text, as nlohmann's dump() would print it (-1 or 2), written straight from the
// plan (no json document is built: saving the plan is the autosave's main cost). `depth`: the
// level the text will sit at in a document around it (json_writer.hpp).
std::string plan_json_text(const Plan& plan, JsonLayout layout, int depth = 0);
// The plan as a json document: the same text, parsed. For callers that want to look into it.
void to_json(nlohmann::json& j, const Plan& plan);
void from_json(const nlohmann::json& j, Plan& plan);

}  // namespace planner
