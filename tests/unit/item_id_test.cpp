#include "core/plan/item_id.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/plan/item_ref.hpp"
#include "core/programme/catalogue.hpp"
#include "core/programme/demo_plan.hpp"

namespace planner {
namespace {

TEST(ItemId, AcceptsLettersDigitsDotsUnderscoresAndHyphensUpTo64Bytes) {
  for (const std::string& id :
       std::vector<std::string>{"M1", "f2f-1", "plan-7f3a", "A.b_c-9", "activity-12", "uob-msc-hcsl-l7-senior-leader",
                                "pre-2022-08", "peer_observation", "9", std::string(64, 'x')}) {
    EXPECT_TRUE(is_valid_id(id)) << id;
  }
}

TEST(ItemId, RefusesWhatCouldBreakOutOfAKeyAPathOrAnEventId) {
  for (const std::string& id : std::vector<std::string>{
           "", std::string(65, 'x'), "-plan", ".hidden", "_x", "plan/../index", "../evil", "plan a", "a\"b", "a\\b",
           "a\nb", std::string("a\0b", 3), "a:b", "a@b", "caf\xC3\xA9", "<script>", "a,b", "a;b"}) {
    EXPECT_FALSE(is_valid_id(id)) << id;
  }
}

TEST(ItemId, ItemReferencesAreIdsJoinedBySlashes) {
  EXPECT_TRUE(is_item_ref("M2/f2f-1"));
  EXPECT_TRUE(is_item_ref("finding/f2f-clash/0123456789abcdef"));
  EXPECT_FALSE(is_item_ref("/M2"));
  EXPECT_FALSE(is_item_ref("M2 f2f"));
}

TEST(ItemId, EveryIdTheShippedProgrammeHoldsIsValid) {
  const Catalogue& catalogue = default_catalogue();
  std::vector<std::string> ids = {catalogue.id};
  const auto add = [&ids](const auto& items) {
    for (const auto& item : items) ids.push_back(item.id);
  };
  add(catalogue.modules);
  add(catalogue.timetable.sessions);
  add(catalogue.timetable.deadlines);
  add(catalogue.dissertation.milestones);
  add(catalogue.standards);
  add(catalogue.behaviours);
  add(catalogue.otj_policies);
  add(catalogue.epa_steps);
  ids.insert(ids.end(), catalogue.review_attendees.begin(), catalogue.review_attendees.end());
  for (const std::string& id : ids) EXPECT_TRUE(is_valid_id(id)) << id;
}

TEST(ItemId, EveryIdTheDemoPlanHoldsIsValid) {
  const Plan plan = load_demo_plan(default_catalogue()).plan;
  std::vector<std::string> ids;
  const auto add = [&ids](const auto& items) {
    for (const auto& item : items) ids.push_back(item.id);
  };
  add(plan.periods);
  add(plan.dissertation.milestones);
  add(plan.activities);
  add(plan.reviews);
  add(plan.hours_log);
  for (const std::string& id : ids) EXPECT_TRUE(is_valid_id(id)) << id;
}

}  // namespace
}  // namespace planner
