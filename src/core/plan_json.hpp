#pragma once
// The plan as JSON: to_json/from_json beside each plan type, found by nlohmann through ADL, so a
// new field is a change in one place (plus the schema and the validator, which tests keep in step).
//
// This is the happy-path mapping. from_json trusts its input: it throws on a wrong type and does
// not check ranges. Text from outside goes through plan_file.hpp, which validates first.
//
// Shape: keys in camelCase; dates "YYYY-MM-DD"; hours and figures as JSON numbers; every field
// always written except the std::optional ones, which are omitted when unset.
#include <nlohmann/json.hpp>

#include "core/date.hpp"
#include "core/plan.hpp"
#include "core/rule_settings.hpp"

namespace planner {

void to_json(nlohmann::json& j, const Date& date);
void from_json(const nlohmann::json& j, Date& date);  // throws std::invalid_argument on a bad date

void to_json(nlohmann::json& j, const RuleSettings& settings);
void from_json(const nlohmann::json& j, RuleSettings& settings);

void to_json(nlohmann::json& j, const Profile& profile);
void from_json(const nlohmann::json& j, Profile& profile);

void to_json(nlohmann::json& j, const Period& period);
void from_json(const nlohmann::json& j, Period& period);

void to_json(nlohmann::json& j, const ModulePlacement& placement);
void from_json(const nlohmann::json& j, ModulePlacement& placement);

void to_json(nlohmann::json& j, const Milestone& milestone);
void from_json(const nlohmann::json& j, Milestone& milestone);

void to_json(nlohmann::json& j, const Dissertation& dissertation);
void from_json(const nlohmann::json& j, Dissertation& dissertation);

void to_json(nlohmann::json& j, const Activity& activity);
void from_json(const nlohmann::json& j, Activity& activity);

void to_json(nlohmann::json& j, const SignOff& sign_off);
void from_json(const nlohmann::json& j, SignOff& sign_off);

void to_json(nlohmann::json& j, const Review& review);
void from_json(const nlohmann::json& j, Review& review);

void to_json(nlohmann::json& j, const HoursEntry& entry);
void from_json(const nlohmann::json& j, HoursEntry& entry);

void to_json(nlohmann::json& j, const EndPoint& end_point);
void from_json(const nlohmann::json& j, EndPoint& end_point);

void to_json(nlohmann::json& j, const ReviewComment& comment);
void from_json(const nlohmann::json& j, ReviewComment& comment);

void to_json(nlohmann::json& j, const ReviewDecision& decision);
void from_json(const nlohmann::json& j, ReviewDecision& decision);

void to_json(nlohmann::json& j, const Plan& plan);
void from_json(const nlohmann::json& j, Plan& plan);

}  // namespace planner
