// The kinds and statuses and their names (kinds.hpp): the names are the file format, so they are
// pinned here, and the schemas must list the same ones.
#include "core/plan/kinds.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "planner_schema_data.hpp"

namespace planner {
namespace {

using nlohmann::json;

template <typename Kind>
void expect_names(const std::vector<std::pair<Kind, std::string_view>>& expected) {
  ASSERT_EQ(all_names<Kind>().size(), expected.size());
  for (const auto& [kind, name] : expected) {
    EXPECT_EQ(to_string(kind), name);
    EXPECT_EQ(from_string<Kind>(name), kind) << name;
  }
  EXPECT_EQ(from_string<Kind>("lecture"), std::nullopt);
  EXPECT_EQ(from_string<Kind>(""), std::nullopt);
  EXPECT_EQ(from_string<Kind>(std::string(expected.front().second) + " "), std::nullopt);
}

TEST(Kinds, EventKindsAreNamedAsTheCliAndTheDocsName) {
  expect_names<EventKind>({{EventKind::module, "module"},
                           {EventKind::f2f, "f2f"},
                           {EventKind::online, "online"},
                           {EventKind::wba_due, "wba_due"},
                           {EventKind::assignment_due, "assignment_due"},
                           {EventKind::dissertation_milestone, "dissertation_milestone"},
                           {EventKind::review, "review"},
                           {EventKind::shadowing, "shadowing"},
                           {EventKind::peer_observation, "peer_observation"},
                           {EventKind::als, "als"},
                           {EventKind::mentoring, "mentoring"},
                           {EventKind::guest_session, "guest_session"},
                           {EventKind::diary, "diary"},
                           {EventKind::leave, "leave"},
                           {EventKind::busy, "busy"},
                           {EventKind::induction, "induction"},
                           {EventKind::gateway, "gateway"},
                           {EventKind::epa, "epa"}});
}

TEST(Kinds, PeriodKindsAndStatusesAreNamedAsThePlanFileNamesThem) {
  expect_names<PeriodKind>({{PeriodKind::leave, "leave"}, {PeriodKind::busy, "busy"}});
  expect_names<MilestoneStatus>({{MilestoneStatus::not_started, "not_started"},
                                 {MilestoneStatus::in_progress, "in_progress"},
                                 {MilestoneStatus::done, "done"}});
  expect_names<ActivityStatus>(
      {{ActivityStatus::planned, "planned"}, {ActivityStatus::done, "done"}, {ActivityStatus::cancelled, "cancelled"}});
  expect_names<OtjMeasure>({{OtjMeasure::percent_of_contracted, "percent_of_contracted"},
                            {OtjMeasure::hours_per_week, "hours_per_week"},
                            {OtjMeasure::total_hours, "total_hours"}});
}

TEST(Kinds, TheSixActivityKindsAreTheOnlyOnes) {
  std::vector<EventKind> activities;
  for (std::size_t i = 0; i < all_names<EventKind>().size(); ++i) {
    if (is_activity_kind(static_cast<EventKind>(i))) activities.push_back(static_cast<EventKind>(i));
  }
  EXPECT_EQ(activities, (std::vector<EventKind>{EventKind::shadowing, EventKind::peer_observation, EventKind::als,
                                                EventKind::mentoring, EventKind::guest_session, EventKind::diary}));
  EXPECT_EQ(activity_kind_names(), (std::vector<std::string_view>{"shadowing", "peer_observation", "als", "mentoring",
                                                                  "guest_session", "diary"}));
  EXPECT_EQ(event_kind(PeriodKind::leave), EventKind::leave);
  EXPECT_EQ(event_kind(PeriodKind::busy), EventKind::busy);
}

std::vector<std::string_view> enum_of(const json& node) {
  std::vector<std::string_view> names;
  for (const json& name : node.at("enum")) names.push_back(name.get_ref<const std::string&>());
  return names;
}

template <typename Kind>
std::vector<std::string_view> names_of() {
  return {all_names<Kind>().begin(), all_names<Kind>().end()};
}

TEST(Kinds, TheSchemasListTheSameNames) {
  const json plan = json::parse(schemas::file("plan.schema.json").value());
  const json& defs = plan.at("$defs");
  EXPECT_EQ(enum_of(defs.at("period").at("properties").at("kind")), names_of<PeriodKind>());
  EXPECT_EQ(enum_of(defs.at("milestone").at("properties").at("status")), names_of<MilestoneStatus>());
  EXPECT_EQ(enum_of(defs.at("activity").at("properties").at("status")), names_of<ActivityStatus>());
  EXPECT_EQ(enum_of(defs.at("activity").at("properties").at("type")), activity_kind_names());

  const json programme = json::parse(schemas::file("programme.schema.json").value());
  const json& properties = programme.at("properties");
  EXPECT_EQ(enum_of(properties.at("activityTypes").at("items").at("properties").at("id")), activity_kind_names());
  EXPECT_EQ(enum_of(properties.at("otjPolicies").at("items").at("properties").at("measure")), names_of<OtjMeasure>());
  // The timetable's and the end point's kinds are event kinds.
  for (const char* pointer : {"/properties/timetable/properties/sessions/items/properties/kind",
                              "/properties/timetable/properties/deadlines/items/properties/kind",
                              "/properties/epaSteps/items/properties/kind"}) {
    for (const std::string_view name : enum_of(programme.at(json::json_pointer(pointer)))) {
      EXPECT_TRUE(from_string<EventKind>(name).has_value()) << pointer << ": " << name;
    }
  }
}

}  // namespace
}  // namespace planner
