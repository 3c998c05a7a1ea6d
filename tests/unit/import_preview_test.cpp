#include "core/files/import_preview.hpp"

#include <gtest/gtest.h>

#include "plan_builders.hpp"

namespace planner {
namespace {

using test::full_plan;
using test::small_catalogue;

TEST(ImportPreview, ShowsTheIncomingPlansNameStartModulesInOrderAndCounts) {
  const Catalogue catalogue = small_catalogue();
  const Plan incoming = full_plan();
  const ImportPreview preview = preview_import(incoming, catalogue, nullptr, "2027-02-01T10:00:00Z", "0.1.0");
  EXPECT_EQ(preview.name, incoming.name);
  EXPECT_EQ(preview.start, "Mon 4 Jan 2027");
  ASSERT_EQ(preview.modules.size(), 2u);
  EXPECT_EQ(preview.modules[0], "Module 1: Collaboration and Integration, from Mon 11 Jan 2027");
  EXPECT_EQ(preview.modules[1], "Module 2: Understanding Organisational Performance, from Mon 1 Mar 2027");
  EXPECT_EQ(
      preview.counts,
      (PlanCounts{.modules = 2, .milestones = 2, .activities = 2, .reviews = 1, .periods = 2, .hours_entries = 2}));
  EXPECT_EQ(preview.saved_at, "2027-02-01T10:00:00Z");
  EXPECT_FALSE(preview.replaces_name.has_value()) << "nothing open: nothing is replaced";
}

TEST(ImportPreview, SaysWhatItReplaces) {
  const Catalogue catalogue = small_catalogue();
  Plan current = full_plan();
  current.name = "";
  current.activities.clear();
  const ImportPreview preview = preview_import(full_plan(), catalogue, &current);
  ASSERT_TRUE(preview.replaces_name.has_value());
  EXPECT_EQ(*preview.replaces_name, "Untitled plan");
  EXPECT_EQ(preview.replaces_counts->activities, 0);
}

TEST(ImportPreview, ACurrentPlanWithoutAnIdIsTheFirstRunScreenAndNothingIsReplaced) {
  const Plan nothing_open;
  EXPECT_FALSE(preview_import(full_plan(), small_catalogue(), &nothing_open).replaces_name.has_value());
}

TEST(ImportPreview, CountsReadAsASentence) {
  EXPECT_EQ(describe_counts(
                {.modules = 7, .milestones = 1, .activities = 0, .reviews = 16, .periods = 1, .hours_entries = 1}),
            "7 modules, 1 milestone, 0 activities, 16 progress reviews, 1 leave or busy period, 1 hours entry");
}

}  // namespace
}  // namespace planner
