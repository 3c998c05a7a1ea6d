#include "core/files/plan_json.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <set>
#include <string>
#include <utility>

#include "core/review/mentor_review.hpp"
#include "plan_builders.hpp"

namespace planner {
namespace {

using nlohmann::json;
using test::day;
using test::full_plan;

// Number of fields of an aggregate, found by trying to brace-initialise it with ever more
// placeholders. Lets a test notice a field added to a plan struct but not to its mapping.
struct AnyField {
  template <class T>
  constexpr operator T&() const noexcept;
  template <class T>
  constexpr operator T&&() const noexcept;
};
template <class T, std::size_t... I>
constexpr bool constructible_with(std::index_sequence<I...>) {
  return requires { T{(void(I), AnyField{})...}; };
}
template <class T, std::size_t N = 0>
constexpr std::size_t field_count() {
  if constexpr (constructible_with<T>(std::make_index_sequence<N + 1>{})) {
    return field_count<T, N + 1>();
  } else {
    return N;
  }
}

std::set<std::string> keys(const json& object) {
  std::set<std::string> out;
  for (const auto& item : object.items()) out.insert(item.key());
  return out;
}

TEST(PlanJson, RoundTripsEveryFieldOfAFullPlan) {
  const Plan plan = full_plan();
  EXPECT_EQ(json(plan).get<Plan>(), plan);
}

TEST(PlanJson, RoundTripsADefaultPlan) {
  const Plan plan;
  EXPECT_EQ(json(plan).get<Plan>(), plan);
}

TEST(PlanJson, WritesDatesAsIsoDaysAndKeysInCamelCase) {
  const json j = full_plan();
  EXPECT_EQ(j.at("profile").at("start"), "2027-01-04");
  EXPECT_EQ(j.at("profile").at("contractedHoursPerWeek"), 37.5);
  EXPECT_EQ(j.at("modules").at(0).at("moduleId"), "M1");
  EXPECT_EQ(j.at("modules").at(0).at("sessionDates"), (json{{"f2f-1", "2027-01-12"}}));
  EXPECT_EQ(j.at("reviews").at(0).at("signOff").at("mentor"),
            (json{{"signedOff", true}, {"name", "Alex Jones"}, {"date", "2027-02-16"}}));
  EXPECT_EQ(j.at("hoursLog").at(1).at("activeLearning"), false);
  EXPECT_EQ(j.at("settings").at("proposalModuleLatestPosition"), 1);
}

TEST(PlanJson, WritesEveryFieldOfEveryPlanStruct) {
  // Each JSON object must carry one key per C++ field (the review's three sign-offs sit in one
  // "signOff" object). A new field in plan.hpp fails here until it is mapped.
  const Plan plan = full_plan();
  const json j = plan;
  EXPECT_EQ(j.size(), field_count<Plan>());
  EXPECT_EQ(j.at("profile").size(), field_count<Profile>());
  EXPECT_EQ(j.at("periods").at(0).size(), field_count<Period>());
  EXPECT_EQ(j.at("modules").at(0).size(), field_count<ModulePlacement>());
  EXPECT_EQ(j.at("dissertation").size(), field_count<Dissertation>());
  EXPECT_EQ(j.at("dissertation").at("milestones").at(0).size(), field_count<Milestone>());
  EXPECT_EQ(j.at("activities").at(0).size(), field_count<Activity>());
  EXPECT_EQ(j.at("reviews").at(0).size() - 1 + j.at("reviews").at(0).at("signOff").size(), field_count<Review>());
  EXPECT_EQ(j.at("reviews").at(0).at("signOff").at("apprentice").size(), field_count<SignOff>());
  EXPECT_EQ(j.at("hoursLog").at(0).size(), field_count<HoursEntry>());
  EXPECT_EQ(j.at("endPoint").size(), field_count<EndPoint>());
  EXPECT_EQ(j.at("settings").size(), field_count<RuleSettings>());
}

TEST(PlanJson, OmitsOptionalDatesWhenUnset) {
  Plan plan = full_plan();
  plan.induction.reset();
  plan.profile.intended_end.reset();
  plan.end_point.gateway.reset();
  plan.reviews[0].tutor.date.reset();
  const json j = plan;
  EXPECT_FALSE(j.contains("induction"));
  EXPECT_FALSE(j.at("profile").contains("intendedEnd"));
  EXPECT_EQ(keys(j.at("endPoint")), (std::set<std::string>{"stepDates"}));
  EXPECT_EQ(keys(j.at("reviews").at(0).at("signOff").at("tutor")), (std::set<std::string>{"signedOff", "name"}));
  EXPECT_EQ(j.get<Plan>(), plan);
}

TEST(PlanJson, WritesNegativeZeroAsZero) {
  Plan plan;
  plan.hours_log.push_back(HoursEntry{"hours-1", day("2027-01-04"), -0.0, "", true});
  EXPECT_NE(plan_json_text(plan, JsonLayout::compact).find(R"("hours":0.0,)"), std::string::npos);
}

// The text is nlohmann's dump() of itself: sorted keys, its number spellings, its layouts.
TEST(PlanJson, TextIsWhatNlohmannPrintsForTheSameDocument) {
  Plan plan = full_plan();
  plan.profile.otj_figure = 20;  // a whole number: "20.0"
  plan.activities[0].hours = 0.1 + 0.2;
  plan.name = "Plan \"A\"\t\u0001 – née";
  const std::string compact = plan_json_text(plan, JsonLayout::compact);
  const std::string indented = plan_json_text(plan, JsonLayout::indented);
  EXPECT_EQ(json::parse(compact).dump(), compact);
  EXPECT_EQ(json::parse(indented).dump(2), indented);
  EXPECT_NE(compact.find(R"("otjFigure":20.0,)"), std::string::npos);
  EXPECT_NE(compact.find(R"("hours":0.30000000000000004,)"), std::string::npos);
}

// Review files carry plan fingerprints: the bytes they hash must never change for the same plan.
TEST(PlanJson, FingerprintOfAFullPlanIsStable) { EXPECT_EQ(plan_fingerprint(full_plan()), "fnv1a64:7039abc9fa243fad"); }

TEST(PlanJson, ReadingABadDateThrowsBecauseInputMustBeValidatedFirst) {
  EXPECT_THROW(json("2027-02-30").get<Date>(), std::invalid_argument);
  EXPECT_THROW(json(20270230).get<Date>(), json::type_error);
}

}  // namespace
}  // namespace planner
