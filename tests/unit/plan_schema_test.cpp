// data/schema/plan.schema.json describes what save_plan_file writes and load_plan_file accepts.
// These tests keep the three in step: every object the app writes has exactly the schema's
// properties (all of them when every optional is set, the required ones when none is), and the
// schema states the loader's limits.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "core/files/plan_file.hpp"
#include "core/plan/plan_limits.hpp"
#include "plan_builders.hpp"
#include "planner_schema_data.hpp"

namespace planner {
namespace {

using nlohmann::json;

const json& schema() {
  static const json parsed = json::parse(planner::schemas::file("plan.schema.json").value());
  return parsed;
}

const json& resolve(const json& node) {
  const auto ref = node.find("$ref");
  if (ref == node.end()) return node;
  const std::string target = ref->get<std::string>();
  EXPECT_EQ(target.rfind("#/", 0), 0u) << target;
  return resolve(schema().at(json::json_pointer(target.substr(1))));
}

std::set<std::string> keys_of(const json& object) {
  std::set<std::string> out;
  for (const auto& item : object.items()) out.insert(item.key());
  return out;
}

enum class Optionals { all_set, none_set };

// Walks a saved file and its schema side by side.
void expect_described(const json& node_or_ref, const json& value, const std::string& at, Optionals optionals) {
  const json& node = resolve(node_or_ref);
  if (value.is_object()) {
    if (node.contains("properties")) {
      EXPECT_EQ(node.value("additionalProperties", true), false) << at << ": the schema must refuse unknown fields";
      const std::set<std::string> expected = optionals == Optionals::all_set
                                                 ? keys_of(node.at("properties"))
                                                 : node.at("required").get<std::set<std::string>>();
      EXPECT_EQ(keys_of(value), expected) << at;
      for (const auto& [key, child] : value.items()) {
        if (node.at("properties").contains(key)) {
          expect_described(node.at("properties").at(key), child, at + "/" + key, optionals);
        }
      }
    } else {
      ASSERT_TRUE(node.contains("additionalProperties")) << at << ": a map needs a schema for its values";
      for (const auto& [key, child] : value.items()) {
        expect_described(node.at("additionalProperties"), child, at + "/" + key, optionals);
      }
    }
  } else if (value.is_array()) {
    ASSERT_TRUE(node.contains("items")) << at;
    for (std::size_t i = 0; i < value.size(); ++i) {
      expect_described(node.at("items"), value[i], at + "/" + std::to_string(i), optionals);
    }
  }
}

TEST(PlanSchema, IsADraft2020_12Schema) {
  EXPECT_EQ(schema().at("$schema"), "https://json-schema.org/draft/2020-12/schema");
  EXPECT_EQ(schema().at("properties").at("format").at("const"), std::string(kPlanFileFormat));
  EXPECT_EQ(schema().at("properties").at("schemaVersion").at("const"), kCurrentPlanSchemaVersion);
}

TEST(PlanSchema, DescribesEveryFieldASavedFullPlanHas) {
  const json file = json::parse(save_plan_file(test::full_plan(), "2027-01-04T09:30:00Z", "1.2.3"));
  expect_described(schema(), file, "", Optionals::all_set);
}

TEST(PlanSchema, RequiresExactlyTheFieldsThatAreNotOptional) {
  Plan plan = test::full_plan();
  plan.induction.reset();
  plan.profile.intended_end.reset();
  plan.end_point.gateway.reset();
  for (Review& review : plan.reviews) {
    for (SignOff* sign_off : {&review.apprentice, &review.mentor, &review.tutor}) sign_off->date.reset();
  }
  const json file = json::parse(save_plan_file(plan, "2027-01-04T09:30:00Z", "1.2.3"));
  expect_described(schema(), file, "", Optionals::none_set);
}

TEST(PlanSchema, StatesTheLoadersLimits) {
  const auto at = [](const char* pointer) { return schema().at(json::json_pointer(pointer)); };
  EXPECT_EQ(at("/$defs/plan/properties/periods/maxItems"), limits::kMaxPeriods);
  EXPECT_EQ(at("/$defs/plan/properties/modules/maxItems"), limits::kMaxModules);
  EXPECT_EQ(at("/$defs/plan/properties/activities/maxItems"), limits::kMaxActivities);
  EXPECT_EQ(at("/$defs/plan/properties/reviews/maxItems"), limits::kMaxReviews);
  EXPECT_EQ(at("/$defs/plan/properties/hoursLog/maxItems"), limits::kMaxHoursEntries);
  EXPECT_EQ(at("/$defs/dissertation/properties/milestones/maxItems"), limits::kMaxMilestones);
  EXPECT_EQ(at("/$defs/idList/maxItems"), limits::kMaxListItems);
  EXPECT_EQ(at("/$defs/review/properties/actions/maxItems"), limits::kMaxListItems);
  EXPECT_EQ(at("/$defs/dateOverrides/maxProperties"), limits::kMaxDateOverrides);
  EXPECT_EQ(at("/$defs/line/maxLength"), limits::kMaxLineCharacters);
  EXPECT_EQ(at("/$defs/notes/maxLength"), limits::kMaxNotesCharacters);
  EXPECT_EQ(at("/$defs/id/pattern"), "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
  EXPECT_EQ(json::parse(planner::schemas::file("programme.schema.json").value()).at("/$defs/id/pattern"_json_pointer),
            at("/$defs/id/pattern"))
      << "the programme's ids follow the plan's rule";
  EXPECT_EQ(limits::kMaxIdBytes, 64u);
  EXPECT_EQ(at("/$defs/hours/maximum"), limits::kMaxItemHours);
  EXPECT_EQ(at("/$defs/words/maximum"), limits::kMaxWords);
  EXPECT_EQ(at("/$defs/activity/properties/reflectionWords/maximum"), limits::kMaxReflectionWords);
  EXPECT_EQ(at("/$defs/profile/properties/contractedHoursPerWeek/maximum"), limits::kMaxContractedHoursPerWeek);
  EXPECT_EQ(at("/$defs/profile/properties/otjFigure/maximum"), limits::kMaxOtjFigure);
  const std::pair<const char*, limits::IntRange> settings[] = {
      {"maxConcurrentModules", limits::kMaxConcurrentModules},
      {"minDaysBetweenDeadlines", limits::kMinDaysBetweenDeadlines},
      {"reviewIntervalWeeks", limits::kReviewIntervalWeeks},
      {"shadowingWindowMonths", limits::kShadowingWindowMonths},
      {"proposalModuleLatestPosition", limits::kProposalModuleLatestPosition},
  };
  for (const auto& [name, range] : settings) {
    const json& property = schema().at("$defs").at("settings").at("properties").at(name);
    EXPECT_EQ(property.at("minimum"), range.min) << name;
    EXPECT_EQ(property.at("maximum"), range.max) << name;
  }
}

}  // namespace
}  // namespace planner
