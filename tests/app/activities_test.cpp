// The Activities view through the real app: adding a shadowing activity by typing, editing in
// place (typing merged into one undo step), deleting with Restore and Ctrl+Z, the filters and
// their counts, going to an activity from elsewhere, the keyboard, and the empty state.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "app/activity_names.hpp"
#include "app/icons.hpp"
#include "app/views/activities.hpp"
#include "core/programme/sample_plans.hpp"
#include "headless_ui.hpp"
#include "ui_input.hpp"
#include "view_harness.hpp"

namespace planner {
namespace {

using testing::HeadlessUi;

const std::string kAddActivity = std::string(icons::kAdd) + " Add activity";

const Activity* find_activity(const Plan& plan, const std::string& id) {
  for (const Activity& activity : plan.activities)
    if (activity.id == id) return &activity;
  return nullptr;
}

const Activity& first_of_type(const Plan& plan, EventKind kind) {
  for (const Activity& activity : plan.activities)
    if (activity.kind == kind) return activity;
  throw std::runtime_error("no activity of that type");
}

void open_activities_of_a_suggested_plan(HeadlessUi& ui) {
  ui.click("Suggest a plan");
  ASSERT_FALSE(plan_of(ui).activities.empty());
  ui.click("Activities");
  ASSERT_EQ(ui.app().view(), View::activities);
}

TEST(Activities, AddingAShadowingActivityByTypingPutsItInThePlan) {
  HeadlessUi ui;
  open_activities_of_a_suggested_plan(ui);
  const std::size_t before = plan_of(ui).activities.size();

  ui.click(kAddActivity);
  ui.click("Shadowing a colleague");  // the form asks for the kind first
  testing::append_text(ui, "Who you shadow", "Priya Shah");
  testing::append_text(ui, "Their role", "Chief Operating Officer");
  testing::replace_text(ui, "Date", "2027-03-10");
  testing::append_text(ui, "Focus", "How the executive team prioritises winter pressures");
  ui.click("1000 words");
  ui.click("500 words");
  const std::string standard = "Manages complex relationships across multiple and diverse stakeholders";
  testing::scroll_to(ui, standard, "Title");
  ui.click(standard);
  testing::scroll_to(ui, "Inclusive", standard);
  ui.click("Inclusive");
  ui.click("Add activity");  // stays in view above the form

  const Plan& plan = plan_of(ui);
  ASSERT_EQ(plan.activities.size(), before + 1);
  const auto added = std::find_if(plan.activities.begin(), plan.activities.end(),
                                  [](const Activity& a) { return a.with_whom == "Priya Shah"; });
  ASSERT_NE(added, plan.activities.end());
  EXPECT_EQ(added->kind, EventKind::shadowing);
  EXPECT_EQ(added->title, "Shadowing a colleague");
  EXPECT_EQ(added->role, "Chief Operating Officer");
  EXPECT_EQ(added->date.iso(), "2027-03-10");
  EXPECT_EQ(added->focus, "How the executive team prioritises winter pressures");
  EXPECT_EQ(added->standards, std::vector<std::string>{"stakeholder-relationships"});
  EXPECT_EQ(added->behaviours, std::vector<std::string>{"inclusive"});
  EXPECT_EQ(added->reflection_words, 500);
  EXPECT_EQ(added->hours, 3.5);  // the catalogue's default for shadowing
  EXPECT_EQ(added->status, ActivityStatus::planned);
  // Adding is one undo step, and the new activity is selected and in view.
  EXPECT_EQ(ui.app().document().undo_label(), "Add Shadowing a colleague on Wed 10 Mar 2027");
  EXPECT_NE(ui.find(activity_label(*added)), nullptr);
  EXPECT_NE(ui.find(std::string(icons::kRemove) + " Delete activity"), nullptr);
}

TEST(Activities, TheFormTakesItsDefaultsFromTheKindChosen) {
  HeadlessUi ui;
  open_activities_of_a_suggested_plan(ui);
  ui.click(kAddActivity);
  ui.click("Log book or diary entry");
  // A diary entry has no one to shadow and no reflection length to choose.
  EXPECT_EQ(ui.find("Who you shadow"), nullptr);
  EXPECT_EQ(ui.find("500 words"), nullptr);
  EXPECT_NE(ui.find("Topic"), nullptr);
  ui.click("Add activity");
  const Plan& plan = plan_of(ui);
  const auto diary = std::find_if(plan.activities.begin(), plan.activities.end(),
                                  [](const Activity& a) { return a.kind == EventKind::diary; });
  ASSERT_NE(diary, plan.activities.end());
  EXPECT_EQ(diary->hours, 0.5);
  EXPECT_EQ(diary->reflection_words, 0);
  // The first working day after today (Mon 4 Jan 2027).
  EXPECT_EQ(diary->date.iso(), "2027-01-05");
}

TEST(Activities, CancellingTheFormAddsNothing) {
  HeadlessUi ui;
  open_activities_of_a_suggested_plan(ui);
  const std::uint64_t revision = ui.app().document().revision();
  ui.click(kAddActivity);
  ui.click("Peer observation");
  ui.click("Cancel");
  EXPECT_EQ(ui.app().document().revision(), revision);
  EXPECT_EQ(ui.find("Add activity"), nullptr);
}

TEST(Activities, TypingInAFieldIsOneUndoStep) {
  HeadlessUi ui;
  open_activities_of_a_suggested_plan(ui);
  const Activity mentoring = first_of_type(plan_of(ui), EventKind::mentoring);
  ui.click(activity_label(mentoring));
  testing::append_text(ui, "Title", " with Sam");
  EXPECT_EQ(find_activity(plan_of(ui), mentoring.id)->title, "Mentoring meeting with Sam");
  testing::leave_field(ui);
  testing::press(ui, ImGuiKey_Z, ImGuiMod_Ctrl);
  EXPECT_EQ(find_activity(plan_of(ui), mentoring.id)->title, "Mentoring meeting");
}

TEST(Activities, EveryOtherFieldChangeIsAnEdit) {
  HeadlessUi ui;
  open_activities_of_a_suggested_plan(ui);
  const Activity als = first_of_type(plan_of(ui), EventKind::als);
  ui.click(activity_label(als));
  ui.click("Done");
  testing::replace_text(ui, "Off-the-job hours", "2.5");
  testing::leave_field(ui);
  testing::scroll_to(ui, "Takes responsibility", "Title");
  ui.click("Takes responsibility");
  const Activity* changed = find_activity(plan_of(ui), als.id);
  ASSERT_NE(changed, nullptr);
  EXPECT_EQ(changed->status, ActivityStatus::done);
  EXPECT_EQ(changed->behaviours, std::vector<std::string>{"takes-responsibility"});
  EXPECT_EQ(changed->hours, 2.5);
  // Three changes, three steps: the behaviour, then the hours, then the status come off in turn.
  testing::press(ui, ImGuiKey_Z, ImGuiMod_Ctrl);
  EXPECT_TRUE(find_activity(plan_of(ui), als.id)->behaviours.empty());
  EXPECT_EQ(find_activity(plan_of(ui), als.id)->hours, 2.5);
  testing::press(ui, ImGuiKey_Z, ImGuiMod_Ctrl);
  EXPECT_EQ(find_activity(plan_of(ui), als.id)->hours, als.hours);
  EXPECT_EQ(find_activity(plan_of(ui), als.id)->status, ActivityStatus::done);
  testing::press(ui, ImGuiKey_Z, ImGuiMod_Ctrl);
  EXPECT_EQ(*find_activity(plan_of(ui), als.id), als);
}

TEST(Activities, HoursOutsideZeroToTwentyFourAreRefused) {
  HeadlessUi ui;
  open_activities_of_a_suggested_plan(ui);
  const Activity als = first_of_type(plan_of(ui), EventKind::als);
  ui.click(activity_label(als));
  testing::replace_text(ui, "Off-the-job hours", "30");
  EXPECT_EQ(find_activity(plan_of(ui), als.id)->hours, als.hours);
}

TEST(Activities, DeletingOffersRestoreAndCtrlZBringsItBack) {
  HeadlessUi ui;
  open_activities_of_a_suggested_plan(ui);
  const Activity shadowing = first_of_type(plan_of(ui), EventKind::shadowing);
  const std::size_t count = plan_of(ui).activities.size();
  ui.click(activity_label(shadowing));
  ui.click(std::string(icons::kRemove) + " Delete activity");
  EXPECT_EQ(find_activity(plan_of(ui), shadowing.id), nullptr);
  EXPECT_EQ(plan_of(ui).activities.size(), count - 1);
  EXPECT_EQ(ui.find(activity_label(shadowing)), nullptr);

  testing::press(ui, ImGuiKey_Z, ImGuiMod_Ctrl);
  ASSERT_NE(find_activity(plan_of(ui), shadowing.id), nullptr);
  EXPECT_EQ(*find_activity(plan_of(ui), shadowing.id), shadowing);
  EXPECT_EQ(ui.find("Restore"), nullptr) << "nothing left to restore once undo brought it back";

  ui.click(activity_label(shadowing));
  ui.click(std::string(icons::kRemove) + " Delete activity");
  ui.click("Restore");
  ASSERT_NE(find_activity(plan_of(ui), shadowing.id), nullptr);
  EXPECT_EQ(*find_activity(plan_of(ui), shadowing.id), shadowing);
}

TEST(Activities, FiltersByKindAndStatusWithCounts) {
  HeadlessUi ui;
  open_activities_of_a_suggested_plan(ui);
  const Plan& plan = plan_of(ui);
  const auto count = [&plan](ActivityStatus status) {
    return std::count_if(plan.activities.begin(), plan.activities.end(),
                         [&](const Activity& a) { return a.status == status; });
  };
  const std::string planned = "Planned (" + std::to_string(count(ActivityStatus::planned)) + ")";
  ASSERT_NE(ui.find(planned), nullptr);
  ASSERT_NE(ui.find("Done (0)"), nullptr);
  ui.click("Done (0)");
  EXPECT_NE(ui.find("Show all activities"), nullptr);
  ui.click("Show all activities");

  ui.click("Kind filter");
  const auto shadowing = std::count_if(plan.activities.begin(), plan.activities.end(),
                                       [](const Activity& a) { return a.kind == EventKind::shadowing; });
  ui.click("Shadowing a colleague (" + std::to_string(shadowing) + ")");
  // Only shadowing rows are listed, and the status counts follow the kind.
  const Activity& other = first_of_type(plan, EventKind::mentoring);
  EXPECT_EQ(ui.find(activity_label(other)), nullptr);
  EXPECT_NE(ui.find(activity_label(first_of_type(plan, EventKind::shadowing))), nullptr);
  EXPECT_NE(ui.find("All (" + std::to_string(shadowing) + ")"), nullptr);
}

TEST(Activities, GoingToAnActivitySelectsItAndScrollsItIntoView) {
  HeadlessUi ui;
  open_activities_of_a_suggested_plan(ui);
  const Activity last = plan_of(ui).activities.back();
  EXPECT_EQ(ui.find(activity_label(last)), nullptr) << "the last activity starts out of view";
  // The Coverage matrix's column header for it leads there (the last shadowing evidences the
  // last standards).
  ui.click("Coverage");
  const std::string standard =
      "Be able to use personal presence and \xE2\x80\x9Cstorytelling\xE2\x80\x9D to articulate and translate vision "
      "into "
      "operational strategies";
  testing::scroll_to(ui, standard, default_catalogue().standards.front().text);
  ui.click(standard);
  const Activity* shadowing = nullptr;
  for (const Activity& activity : plan_of(ui).activities)
    if (std::find(activity.standards.begin(), activity.standards.end(), "storytelling-vision") !=
        activity.standards.end())
      shadowing = &activity;
  ASSERT_NE(shadowing, nullptr);
  ui.click(std::string(icons::kCircle) + " " + activity_label(*shadowing));
  testing::settle(ui);
  EXPECT_EQ(ui.app().view(), View::activities);
  const automation::Item* row = ui.find(activity_label(*shadowing));
  ASSERT_NE(row, nullptr) << "scrolled into view";
  EXPECT_GT(row->min.y, 0);
  EXPECT_LT(row->max.y, 720);
  // Its details are open beside the list.
  EXPECT_NE(ui.find("Who you shadow"), nullptr);
}

TEST(Activities, TheKeyboardMovesThroughTheListAndOpensAnActivity) {
  HeadlessUi ui;
  open_activities_of_a_suggested_plan(ui);
  const Plan before = plan_of(ui);
  ui.click(activity_label(before.activities[0]));
  testing::press(ui, ImGuiKey_DownArrow);
  testing::press(ui, ImGuiKey_Enter);
  // The second activity is the one whose details show now: marking it done changes it alone.
  ui.click("Done");
  EXPECT_EQ(plan_of(ui).activities[1].status, ActivityStatus::done);
  EXPECT_EQ(plan_of(ui).activities[0], before.activities[0]);
}

TEST(Activities, EmptyStateExplainsWhatToAddAndWhy) {
  Plan plan = make_large_plan(default_catalogue());
  plan.activities.clear();
  testing::ViewHarness view(std::move(plan), draw_activities);
  EXPECT_NE(view.find(kAddActivity), nullptr);
  EXPECT_EQ(view.find("Kind filter"), nullptr) << "no filters over nothing";
  view.frame();
  EXPECT_EQ(view.count([](const automation::Item& item) { return item.label.find(" on ") != std::string::npos; }), 0);
}

TEST(Activities, ALongListDrawsOnlyTheRowsInView) {
  testing::ViewHarness view(make_large_plan(default_catalogue()), draw_activities);
  const Plan& plan = view.document().plan();
  ASSERT_GE(plan.activities.size(), 60u);
  int rows = 0;
  for (const Activity& activity : plan.activities) rows += view.find(activity_label(activity)) != nullptr ? 1 : 0;
  EXPECT_GT(rows, 3);
  EXPECT_LT(rows, 20);
}

}  // namespace
}  // namespace planner
