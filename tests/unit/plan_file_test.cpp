#include "core/files/plan_file.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/plan/plan_limits.hpp"
#include "plan_builders.hpp"

namespace planner {
namespace {

using nlohmann::json;
using test::day;
using test::full_plan;

constexpr std::string_view kSavedAt = "2027-01-04T09:30:00Z";

const Catalogue& catalogue() {
  static const Catalogue c = test::small_catalogue();
  return c;
}

json saved(const Plan& plan = full_plan()) { return json::parse(save_plan_file(plan, kSavedAt, "1.2.3")); }

LoadResult load(const json& file) { return load_plan_file(file.dump(), catalogue()); }

std::vector<std::string> problems(const LoadResult& result) {
  std::vector<std::string> out;
  for (const LoadProblem& problem : result.problems) out.push_back(to_string(problem));
  return out;
}

// The problems of the full plan's file with one value replaced.
std::vector<std::string> problems_with(const std::string& pointer, const json& value) {
  json file = saved();
  file[json::json_pointer(pointer)] = value;
  return problems(load(file));
}

std::vector<std::string> problems_without(const std::string& pointer) {
  json file = saved();
  const json::json_pointer at(pointer);
  file[at.parent_pointer()].erase(at.back());
  return problems(load(file));
}

using Lines = std::vector<std::string>;

// ---- saving ----

TEST(PlanFile, SavesTheEnvelopeInTheDocumentedOrder) {
  const std::string text = save_plan_file(full_plan(), kSavedAt, "1.2.3");
  EXPECT_EQ(text.rfind("{\n"
                       "  \"format\": \"apprenticeship-plan\",\n"
                       "  \"schemaVersion\": 2,\n"
                       "  \"appVersion\": \"1.2.3\",\n"
                       "  \"savedAt\": \"2027-01-04T09:30:00Z\",\n"
                       "  \"plan\": {\n"
                       "    \"activities\": [\n",
                       0),
            0u)
      << text.substr(0, 300);
  EXPECT_EQ(text.substr(text.size() - 7), "\n  }\n}\n");
}

TEST(PlanFile, SavesTheAppVersionOfThisBuildByDefault) {
  const json file = json::parse(save_plan_file(full_plan(), kSavedAt));
  EXPECT_EQ(file.at("appVersion"), std::string(app_version()));
}

TEST(PlanFile, RoundTripIsByteStable) {
  const std::string first = save_plan_file(full_plan(), kSavedAt, "1.2.3");
  const LoadResult loaded = load_plan_file(first, catalogue());
  ASSERT_EQ(loaded.status, LoadStatus::ok) << ::testing::PrintToString(problems(loaded));
  ASSERT_TRUE(loaded.plan.has_value());
  EXPECT_EQ(*loaded.plan, full_plan());
  EXPECT_EQ(save_plan_file(*loaded.plan, loaded.saved_at, loaded.app_version), first);
}

TEST(PlanFile, CompactLayoutIsTheSameJsonWithNoWhitespace) {
  const std::string readable = save_plan_file(full_plan(), kSavedAt, "1.2.3");
  const std::string compact = save_plan_file(full_plan(), kSavedAt, "1.2.3", PlanFileLayout::compact);
  EXPECT_EQ(compact.rfind(R"({"format":"apprenticeship-plan","schemaVersion":2,"appVersion":"1.2.3",)"
                          R"("savedAt":"2027-01-04T09:30:00Z","plan":{"activities":[)",
                          0),
            0u)
      << compact.substr(0, 200);
  EXPECT_EQ(compact.substr(compact.size() - 3), "}}\n");
  EXPECT_EQ(json::parse(compact), json::parse(readable));
  EXPECT_EQ(compact.find("\n"), compact.size() - 1);
  EXPECT_LT(compact.size(), readable.size() * 3 / 4);

  const LoadResult loaded = load_plan_file(compact, catalogue());
  ASSERT_EQ(loaded.status, LoadStatus::ok) << ::testing::PrintToString(problems(loaded));
  EXPECT_EQ(*loaded.plan, full_plan());
  EXPECT_EQ(save_plan_file(*loaded.plan, loaded.saved_at, loaded.app_version, PlanFileLayout::compact), compact);
}

TEST(PlanFile, KeepsUnicodeAsUtf8AndEscapesQuotes) {
  const std::string text = save_plan_file(full_plan(), kSavedAt, "1.2.3");
  EXPECT_NE(text.find(R"("name": "Sam's plan – “quoted” & ünïcode")"), std::string::npos);
  EXPECT_NE(text.find(R"("notes": "Line one\nLine two\twith a tab")"), std::string::npos);
}

TEST(PlanFile, RefusesToSaveWithAMalformedTimestamp) {
  for (const char* bad : {"", "2027-01-04", "2027-01-04 09:30:00Z", "2027-02-30T09:30:00Z", "2027-01-04T24:00:00Z",
                          "2027-01-04T09:30:00", "2027-01-04T09:30:00.Z", "2027-01-04T09:30:00+0100"}) {
    EXPECT_THROW(save_plan_file(full_plan(), bad, "1.2.3"), std::invalid_argument) << bad;
  }
  for (const char* good : {"2027-01-04T09:30:00Z", "2027-01-04T09:30:00.123Z", "2027-06-04T09:30:00+01:00"}) {
    EXPECT_NO_THROW(save_plan_file(full_plan(), good, "1.2.3")) << good;
  }
}

// ---- loading what is fine ----

TEST(PlanFile, LoadReportsTheEnvelope) {
  const LoadResult loaded = load(saved());
  EXPECT_EQ(loaded.status, LoadStatus::ok);
  EXPECT_EQ(loaded.schema_version, kCurrentPlanSchemaVersion);
  EXPECT_EQ(loaded.app_version, "1.2.3");
  EXPECT_EQ(loaded.saved_at, kSavedAt);
  EXPECT_TRUE(loaded.problems.empty());
  EXPECT_EQ(load_summary(loaded), "");
}

TEST(PlanFile, PutsItemsBackInDateOrderWithSameDayItemsById) {
  json file = saved();
  json& activities = file["plan"]["activities"];
  std::swap(activities[0], activities[1]);
  json same_day = activities[1];  // the shadowing, on 2027-02-10
  same_day["id"] = "activity-0";
  same_day["title"] = "Same day as the shadowing";
  activities.push_back(same_day);
  std::swap(file["plan"]["modules"][0], file["plan"]["modules"][1]);
  const LoadResult loaded = load(file);
  ASSERT_EQ(loaded.status, LoadStatus::ok) << ::testing::PrintToString(problems(loaded));
  ASSERT_EQ(loaded.plan->activities.size(), 3u);
  EXPECT_EQ(loaded.plan->activities[0].id, "activity-0");
  EXPECT_EQ(loaded.plan->activities[1].id, "activity-1");
  EXPECT_EQ(loaded.plan->activities[2].id, "activity-2");
  EXPECT_EQ(loaded.plan->modules[0].module_id, "M1");
}

TEST(PlanFile, AcceptsWholeNumbersForHours) {
  json file = saved();
  file["plan"]["hoursLog"][0]["hours"] = 7;
  const LoadResult loaded = load(file);
  ASSERT_EQ(loaded.status, LoadStatus::ok);
  EXPECT_EQ(loaded.plan->hours_log[0].hours, 7.0);
}

TEST(PlanFile, APlanFilledToEveryLimitStillSavesToAFileThatLoads) {
  // The caps on the whole file (size, arrays and objects) must never refuse a plan that keeps
  // within every per-item limit: its next save would be lost.
  Plan plan = full_plan();
  const std::string long_line(limits::kMaxLineCharacters, 'x');
  const auto numbered = [](const char* prefix, std::size_t i) { return std::string(prefix) + std::to_string(i); };
  plan.periods.clear();
  for (std::size_t i = 0; i < limits::kMaxPeriods; ++i) {
    plan.periods.push_back({numbered("period-", i), PeriodKind::leave, "Leave", day("2027-08-02"), day("2027-08-06")});
  }
  plan.dissertation.milestones.clear();
  for (std::size_t i = 0; i < limits::kMaxMilestones; ++i) {
    plan.dissertation.milestones.push_back(
        {numbered("m-", i), "Milestone", day("2027-09-01"), MilestoneStatus::not_started, 0, 0, ""});
  }
  const Activity activity = plan.activities[0];
  plan.activities.assign(limits::kMaxActivities, activity);
  for (std::size_t i = 0; i < plan.activities.size(); ++i) plan.activities[i].id = numbered("activity-", i);
  const Review review = plan.reviews[0];
  plan.reviews.assign(limits::kMaxReviews, review);
  for (std::size_t i = 0; i < plan.reviews.size(); ++i) plan.reviews[i].id = numbered("review-", i);
  plan.hours_log.assign(limits::kMaxHoursEntries,
                        HoursEntry{"", day("2027-03-01"), 1.5, long_line.substr(0, 60), true});
  for (std::size_t i = 0; i < plan.hours_log.size(); ++i) plan.hours_log[i].id = numbered("hours-", i);

  const std::string text = save_plan_file(plan, kSavedAt, "1.2.3");
  EXPECT_LT(text.size(), limits::kMaxFileBytes);
  const LoadResult loaded = load_plan_file(text, catalogue());
  ASSERT_EQ(loaded.status, LoadStatus::ok) << ::testing::PrintToString(problems(loaded));
  EXPECT_EQ(loaded.plan->activities.size(), limits::kMaxActivities);
  EXPECT_EQ(loaded.plan->hours_log.size(), limits::kMaxHoursEntries);
}

// ---- not a plan at all ----

TEST(PlanFile, TextThatIsNotJsonIsNotAPlan) {
  const LoadResult result = load_plan_file("name,date\nSam,2027-01-04\n", catalogue());
  EXPECT_EQ(result.status, LoadStatus::not_a_plan);
  EXPECT_EQ(problems(result), Lines{"the file is not valid JSON: invalid literal at line 1, column 2"});
  EXPECT_EQ(load_summary(result),
            "This file is not an apprenticeship plan: it is not valid JSON: invalid literal at line 1, column 2.");
}

TEST(PlanFile, JsonThatIsNotAnObjectIsNotAPlan) {
  const LoadResult result = load_plan_file("[1, 2]", catalogue());
  EXPECT_EQ(result.status, LoadStatus::not_a_plan);
  EXPECT_EQ(problems(result), Lines{"the file holds a list, not an object with \"format\": \"apprenticeship-plan\""});
  EXPECT_EQ(load_summary(result),
            "This file is not an apprenticeship plan: it holds a list, not an object with \"format\": "
            "\"apprenticeship-plan\".");
}

TEST(PlanFile, AnObjectWithoutTheFormatIsNotAPlan) {
  const LoadResult result = load_plan_file(R"({"name": "Sam"})", catalogue());
  EXPECT_EQ(result.status, LoadStatus::not_a_plan);
  EXPECT_EQ(problems(result), Lines{"/format: is missing (a plan file is an object with \"format\": "
                                    "\"apprenticeship-plan\")"});
}

TEST(PlanFile, AnotherFormatIsNotAPlan) {
  json file = saved();
  file["format"] = "apprenticeship-review";
  const LoadResult result = load(file);
  EXPECT_EQ(result.status, LoadStatus::not_a_plan);
  EXPECT_EQ(problems(result), Lines{"/format: is text (\"apprenticeship-review\"), not \"apprenticeship-plan\""});
  EXPECT_EQ(load_summary(result),
            "This file is not an apprenticeship plan: /format: is text "
            "(\"apprenticeship-review\"), not \"apprenticeship-plan\".");
}

TEST(PlanFile, DeepNestingIsRefusedBeforeAnythingIsBuilt) {
  const std::string text = R"({"format": "apprenticeship-plan", "plan": )" + std::string(100000, '[');
  const LoadResult result = load_plan_file(text, catalogue());
  EXPECT_EQ(result.status, LoadStatus::not_a_plan);
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].message, "arrays and objects are nested more than 64 levels deep here");
  EXPECT_EQ(result.problems[0].pointer.rfind("/plan/0/0/0/", 0), 0u);
}

TEST(PlanFile, FilesOverFourMebibytesAreRefusedUnread) {
  const std::string text = std::string(limits::kMaxFileBytes + 1, ' ');
  const LoadResult result = load_plan_file(text, catalogue());
  EXPECT_EQ(result.status, LoadStatus::not_a_plan);
  EXPECT_EQ(problems(result), Lines{"the file is 4.0 MiB, more than the 4.0 MiB a file can be"});
}

// ---- schema versions ----

TEST(PlanFile, MissingOrMalformedSchemaVersionIsInvalid) {
  EXPECT_EQ(problems_without("/schemaVersion"), Lines{"/schemaVersion: is missing"});
  EXPECT_EQ(problems_with("/schemaVersion", 0),
            Lines{"/schemaVersion: should be a plan format version (a whole number from 1), not the number 0"});
  EXPECT_EQ(problems_with("/schemaVersion", "1"),
            Lines{"/schemaVersion: should be a plan format version (a whole number from 1), not text (\"1\")"});
  EXPECT_EQ(problems_with("/schemaVersion", 1.5),
            Lines{"/schemaVersion: should be a plan format version (a whole number from 1), not the number 1.5"});
  EXPECT_EQ(problems_with("/schemaVersion", 18446744073709551615ull),
            Lines{"/schemaVersion: should be a plan format version (a whole number from 1), not the number "
                  "18446744073709551615"});
}

TEST(PlanFile, NewerVersionStillReadableIsReturnedForReadOnlyUse) {
  json file = saved();
  file["schemaVersion"] = 3;
  file["appVersion"] = "2.4.0";
  file["plan"]["colourTheme"] = "teal";  // what version 3 might add
  file["plan"]["activities"][0]["location"] = "Park House";
  file["comments"] = json::array();
  const LoadResult result = load(file);
  EXPECT_EQ(result.status, LoadStatus::newer_version);
  ASSERT_TRUE(result.plan.has_value());
  EXPECT_EQ(*result.plan, full_plan());
  EXPECT_EQ(result.schema_version, 3);
  EXPECT_TRUE(result.problems.empty());
  EXPECT_EQ(load_summary(result),
            "This plan was saved by a newer version of the app (2.4.0), in plan format 3; this version reads formats "
            "up to 2. It can be shown read-only; update the app to change it.");
}

TEST(PlanFile, NewerVersionThatNoLongerReadsGivesNoPlan) {
  json file = saved();
  file["schemaVersion"] = 7;
  file["appVersion"] = "9.0.0";
  file["plan"]["activities"] = json::object();  // restructured in the newer format
  const LoadResult result = load(file);
  EXPECT_EQ(result.status, LoadStatus::newer_version);
  EXPECT_FALSE(result.plan.has_value());
  EXPECT_EQ(problems(result), Lines{"/plan/activities: should be a list, not an object"});
  EXPECT_EQ(load_summary(result),
            "This plan was saved by a newer version of the app (9.0.0), in plan format 7; this version reads formats "
            "up to 2. It cannot be shown here (1 problem); update the app to open it.");
}

// ---- invalid plans: every kind of problem, with its place ----

TEST(PlanFile, AnInvalidFileGivesNoPlanButKeepsWhatTheEnvelopeSays) {
  json file = saved();
  file["plan"]["activities"][0]["date"] = "2027-02-30";
  const LoadResult result = load(file);
  EXPECT_EQ(result.status, LoadStatus::invalid);
  EXPECT_FALSE(result.plan.has_value());
  EXPECT_EQ(result.schema_version, kCurrentPlanSchemaVersion);
  EXPECT_EQ(result.app_version, "1.2.3");
  EXPECT_EQ(load_summary(result), "This plan file cannot be opened: it has 1 problem.");
  EXPECT_EQ(to_string(result.status), "invalid");
}

TEST(PlanFile, ImpossibleDatesAreRefusedWithTheirPlace) {
  EXPECT_EQ(problems_with("/plan/activities/1/date", "2027-02-30"),
            Lines{R"(/plan/activities/1/date: "2027-02-30" is not a real date)"});
  EXPECT_EQ(problems_with("/plan/profile/start", "2027-1-4"),
            Lines{R"(/plan/profile/start: "2027-1-4" is not a date as YYYY-MM-DD)"});
  EXPECT_EQ(problems_with("/plan/reviews/0/date", "3000-01-01"),
            Lines{R"(/plan/reviews/0/date: "3000-01-01" is outside the years 1900 to 2999)"});
  EXPECT_EQ(problems_with("/plan/induction", 20261214),
            Lines{R"(/plan/induction: should be a date as "YYYY-MM-DD", not the number 20261214)"});
  EXPECT_EQ(problems_with("/plan/modules/0/sessionDates/f2f-1", "2027-13-01"),
            Lines{R"(/plan/modules/0/sessionDates/f2f-1: "2027-13-01" is not a real date)"});
  EXPECT_EQ(problems_with("/plan/reviews/0/signOff/mentor/date", "yesterday"),
            Lines{R"(/plan/reviews/0/signOff/mentor/date: "yesterday" is not a date as YYYY-MM-DD)"});
}

TEST(PlanFile, NumbersOutOfRangeAreRefusedNeverWrapped) {
  EXPECT_EQ(problems_with("/plan/dissertation/milestones/0/words", 3000000000ll),
            Lines{"/plan/dissertation/milestones/0/words: should be a whole number from 0 to 1000000, not 3000000000"});
  EXPECT_EQ(problems_with("/plan/settings/maxConcurrentModules", 4294967298ll),
            Lines{"/plan/settings/maxConcurrentModules: should be a whole number from 1 to 20, not 4294967298"});
  EXPECT_EQ(problems_with("/plan/settings/reviewIntervalWeeks", -1),
            Lines{"/plan/settings/reviewIntervalWeeks: should be a whole number from 1 to 52, not -1"});
  EXPECT_EQ(problems_with("/plan/activities/0/reflectionWords", 500.5),
            Lines{"/plan/activities/0/reflectionWords: should be a whole number from 0 to 100000, not the number "
                  "500.5"});
  EXPECT_EQ(problems_with("/plan/activities/0/reflectionWords", 1e300),
            Lines{"/plan/activities/0/reflectionWords: should be a whole number from 0 to 100000, not the number "
                  "1e+300"});
  EXPECT_EQ(problems_with("/plan/hoursLog/0/hours", -0.5),
            Lines{"/plan/hoursLog/0/hours: should be a number from 0 to 168, not -0.5"});
  EXPECT_EQ(problems_with("/plan/hoursLog/0/hours", 1e308),
            Lines{"/plan/hoursLog/0/hours: should be a number from 0 to 168, not 1e+308"});
  EXPECT_EQ(problems_with("/plan/profile/contractedHoursPerWeek", 0),
            Lines{"/plan/profile/contractedHoursPerWeek: should be a number above 0 and at most 168, not 0"});
  EXPECT_EQ(problems_with("/plan/profile/otjFigure", "20%"),
            Lines{"/plan/profile/otjFigure: should be a number from 0 to 100000, not text (\"20%\")"});
}

TEST(PlanFile, IntegersBeyondInt64AreRefusedFromTheText) {
  std::string text = save_plan_file(full_plan(), kSavedAt, "1.2.3");
  const std::string from = "\"targetWords\": 1500";
  text.replace(text.find(from), from.size(), "\"targetWords\": 99999999999999999999999");
  const LoadResult result = load_plan_file(text, catalogue());
  EXPECT_EQ(problems(result), Lines{"/plan/dissertation/milestones/0/targetWords: should be a whole number from 0 to "
                                    "1000000, not the number 9.999999999999999e+22"});
}

TEST(PlanFile, WrongTypesAreRefused) {
  EXPECT_EQ(problems_with("/plan/activities", json::object()),
            Lines{"/plan/activities: should be a list, not an object"});
  EXPECT_EQ(problems_with("/plan/profile", "Sam"),
            Lines{"/plan/profile: should be the profile (a JSON object), not text (\"Sam\")"});
  EXPECT_EQ(problems_with("/plan/modules/0/completed", "yes"),
            Lines{"/plan/modules/0/completed: should be true or false, not text (\"yes\")"});
  EXPECT_EQ(problems_with("/plan/name", nullptr), Lines{"/plan/name: should be text, not null"});
  EXPECT_EQ(problems_with("/plan/activities/0/standards", "finance"),
            Lines{"/plan/activities/0/standards: should be a list, not text (\"finance\")"});
  EXPECT_EQ(problems_with("/plan/activities/0/standards/1", 7),
            Lines{"/plan/activities/0/standards/1: should be an id (text), not the number 7"});
  EXPECT_EQ(problems_with("/plan/reviews/0/actions/0", json::array()),
            Lines{"/plan/reviews/0/actions/0: should be text, not a list"});
  EXPECT_EQ(problems_with("/plan", json::array()), Lines{"/plan: should be a plan (a JSON object), not a list"});
}

TEST(PlanFile, MissingFieldsAreNamed) {
  EXPECT_EQ(problems_without("/plan/activities/1/hours"), Lines{"/plan/activities/1/hours: is missing"});
  EXPECT_EQ(problems_without("/plan/settings"), Lines{"/plan/settings: is missing"});
  EXPECT_EQ(problems_without("/plan"), Lines{"/plan: is missing"});
  EXPECT_EQ(problems_without("/savedAt"), Lines{"/savedAt: is missing"});
  EXPECT_EQ(problems_without("/plan/reviews/0/signOff/tutor"), Lines{"/plan/reviews/0/signOff/tutor: is missing"});
}

TEST(PlanFile, OptionalFieldsMayBeLeftOut) {
  for (const char* pointer : {"/plan/induction", "/plan/profile/intendedEnd", "/plan/endPoint/gateway",
                              "/plan/reviews/0/signOff/mentor/date"}) {
    EXPECT_EQ(problems_without(pointer), Lines{}) << pointer;
  }
}

TEST(PlanFile, UnknownFieldsAreRefused) {
  EXPECT_EQ(problems_with("/plan/activities/0/colour", "red"),
            Lines{"/plan/activities/0/colour: is not a field of an activity"});
  EXPECT_EQ(problems_with("/extra", 1), Lines{"/extra: is not a field of a plan file"});
  EXPECT_EQ(problems_with("/plan/settings/a~1b", 1), Lines{"/plan/settings/a~1b: is not a field of the settings"});
}

TEST(PlanFile, UnknownChoicesAreRefused) {
  EXPECT_EQ(problems_with("/plan/periods/0/kind", "holiday"),
            Lines{R"(/plan/periods/0/kind: should be "leave" or "busy", not "holiday")"});
  EXPECT_EQ(problems_with("/plan/activities/0/status", "Done"),
            Lines{R"(/plan/activities/0/status: should be "planned", "done" or "cancelled", not "Done")"});
  EXPECT_EQ(
      problems_with("/plan/dissertation/milestones/1/status", "started"),
      Lines{
          R"(/plan/dissertation/milestones/1/status: should be "not_started", "in_progress" or "done", not "started")"});
  EXPECT_EQ(
      problems_with("/plan/activities/0/type", "golf"),
      Lines{
          R"(/plan/activities/0/type: should be "shadowing", "peer_observation", "als", "mentoring", "guest_session" or "diary", not "golf")"});
  EXPECT_EQ(problems_with("/plan/activities/0/type", "review"),
            Lines{R"(/plan/activities/0/type: should be "shadowing", "peer_observation", "als", "mentoring", )"
                  R"("guest_session" or "diary", not "review")"});
}

TEST(PlanFile, DuplicateIdsAreRefusedAcrossItemKinds) {
  EXPECT_EQ(problems_with("/plan/activities/1/id", "activity-1"),
            Lines{R"(/plan/activities/1/id: "activity-1" is already the id of /plan/activities/0)"});
  EXPECT_EQ(problems_with("/plan/reviews/0/id", "leave-1"),
            Lines{R"(/plan/reviews/0/id: "leave-1" is already the id of /plan/periods/0)"});
  EXPECT_EQ(
      problems_with("/plan/dissertation/milestones/1/id", "proposal"),
      Lines{R"(/plan/dissertation/milestones/1/id: "proposal" is already the id of /plan/dissertation/milestones/0)"});
  EXPECT_EQ(problems_with("/plan/modules/1/moduleId", "M1"),
            Lines{R"(/plan/modules/1/moduleId: "M1" is already placed at /plan/modules/0/moduleId)"});
  EXPECT_EQ(problems_with("/plan/activities/0/behaviours", json::array({"agile", "agile"})),
            Lines{R"(/plan/activities/0/behaviours/1: "agile" is listed twice)"});
}

TEST(PlanFile, MilestoneIdsHaveTheirOwnSpace) {
  // Event ids prefix milestones ("milestone/ethics"), so a milestone may share an item's id.
  EXPECT_EQ(problems_with("/plan/dissertation/milestones/1/id", "activity-1"), Lines{});
}

TEST(PlanFile, MalformedIdsAreRefused) {
  EXPECT_EQ(
      problems_with("/plan/activities/0/id", "activity 1"),
      Lines{
          R"(/plan/activities/0/id: "activity 1" is not a valid id (1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit))"});
  EXPECT_EQ(
      problems_with("/plan/id", "-plan"),
      Lines{
          R"(/plan/id: "-plan" is not a valid id (1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit))"});
  EXPECT_EQ(problems_with("/plan/id", ""), Lines{}) << "a plan not yet stored in a browser has no id";
  EXPECT_EQ(
      problems_with("/plan/activities/0/id", ""),
      Lines{
          R"(/plan/activities/0/id: "" is not a valid id (1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit))"});
  EXPECT_EQ(problems_with("/plan/id", std::string(65, 'a')).size(), 1u);
  EXPECT_EQ(problems_with("/plan/modules/0/deadlineDates/-x", "2027-01-01"),
            Lines{R"(/plan/modules/0/deadlineDates/-x: "-x" is not a valid id)"});
}

TEST(PlanFile, TextMustFitAndBeFreeOfControlCharacters) {
  EXPECT_EQ(problems_with("/plan/activities/0/title", "Shadow\u0007ing"),
            Lines{"/plan/activities/0/title: contains the control character U+0007"});
  EXPECT_EQ(problems_with("/plan/activities/0/title", "two\nlines"),
            Lines{"/plan/activities/0/title: should be a single line"});
  EXPECT_EQ(problems_with("/plan/activities/0/notes", std::string("nul\0byte", 8)),
            Lines{"/plan/activities/0/notes: contains the control character U+0000"});
  EXPECT_EQ(problems_with("/plan/name", std::string(1001, 'x')),
            Lines{"/plan/name: is 1001 characters long; at most 1000 are allowed"});
  std::string thousand_accents;
  for (int i = 0; i < 1000; ++i) thousand_accents += "é";
  EXPECT_EQ(problems_with("/plan/name", thousand_accents), Lines{}) << "limits count characters, not bytes";
}

TEST(PlanFile, ListsOverTheirLimitAreRefusedWithoutReadingEachItem) {
  json file = saved();
  json& log = file["plan"]["hoursLog"];
  log = json::array();
  for (std::size_t i = 0; i <= limits::kMaxHoursEntries; ++i) log.push_back(json::object());
  EXPECT_EQ(problems(load(file)), Lines{"/plan/hoursLog: has 5001 items; at most 5000 are allowed"});
}

TEST(PlanFile, InconsistentSpansAreRefused) {
  EXPECT_EQ(problems_with("/plan/periods/0/last", "2027-08-01"),
            Lines{"/plan/periods/0/last: 2027-08-01 is before the first day, 2027-08-02"});
  EXPECT_EQ(problems_with("/plan/profile/intendedEnd", "2027-01-04"),
            Lines{"/plan/profile/intendedEnd: 2027-01-04 is not after the start, 2027-01-04"});
}

TEST(PlanFile, MalformedEnvelopeFieldsAreRefused) {
  EXPECT_EQ(problems_with("/savedAt", "yesterday"),
            Lines{R"(/savedAt: "yesterday" is not a timestamp such as "2027-01-04T09:30:00Z")"});
  EXPECT_EQ(problems_with("/appVersion", 1), Lines{"/appVersion: should be text, not the number 1"});
}

TEST(PlanFile, RepeatedKeysAreRefusedWithTheirPlace) {
  std::string text = save_plan_file(full_plan(), kSavedAt, "1.2.3");
  const std::string from = "\"hours\": 7.5,";
  text.replace(text.find(from), from.size(), "\"hours\": 7.5, \"hours\": 70,");
  const LoadResult result = load_plan_file(text, catalogue());
  EXPECT_EQ(result.status, LoadStatus::invalid);
  EXPECT_EQ(problems(result), Lines{R"(/plan/activities/0/hours: the key "hours" appears twice in one object)"});
}

TEST(PlanFile, ReportsManyProblemsAtOnceUpToACap) {
  json file = saved();
  file["plan"]["activities"][0]["date"] = "2027-02-30";
  file["plan"]["activities"][1]["hours"] = -1;
  file["plan"]["reviews"][0]["id"] = "activity-2";
  EXPECT_EQ(problems(load(file)),
            (Lines{R"(/plan/activities/0/date: "2027-02-30" is not a real date)",
                   "/plan/activities/1/hours: should be a number from 0 to 168, not -1",
                   R"(/plan/reviews/0/id: "activity-2" is already the id of /plan/activities/1)"}));

  json& activities = file["plan"]["activities"];
  for (int i = 0; i < 500; ++i) activities.push_back(activities[0]);
  const LoadResult many = load(file);
  EXPECT_EQ(many.problems.size(), limits::kMaxProblems);
  EXPECT_EQ(load_summary(many), "This plan file cannot be opened: it has 50 problems or more.");
}

// ---- references into the catalogue ----

TEST(PlanFile, APlanForAnotherProgrammeIsRefused) {
  EXPECT_EQ(
      problems_with("/plan/programmeId", "other-programme"),
      Lines{
          R"(/plan/programmeId: "other-programme" is not a programme this app knows (it knows "test-programme", MSc in Testing))"});
}

TEST(PlanFile, NamesTheProgrammeDoesNotHaveAreRefused) {
  EXPECT_EQ(problems_with("/plan/modules/1/moduleId", "M9"),
            Lines{R"(/plan/modules/1/moduleId: "M9" is not a module of the programme)"});
  EXPECT_EQ(problems_with("/plan/modules/0/sessionDates/f2f-9", "2027-01-13"),
            Lines{R"(/plan/modules/0/sessionDates/f2f-9: "f2f-9" is not a session of the module timetable)"});
  EXPECT_EQ(problems_with("/plan/modules/0/deadlineDates/essay", "2027-01-13"),
            Lines{R"(/plan/modules/0/deadlineDates/essay: "essay" is not a deadline of the module timetable)"});
  // An activity kind this programme does not offer (the test catalogue has no mentoring).
  EXPECT_EQ(problems_with("/plan/activities/0/type", "mentoring"),
            Lines{R"(/plan/activities/0/type: "mentoring" is not a kind of activity the programme has)"});
  EXPECT_EQ(problems_with("/plan/activities/0/standards/1", "juggling"),
            Lines{R"(/plan/activities/0/standards/1: "juggling" is not a standard of the programme)"});
  EXPECT_EQ(problems_with("/plan/activities/0/behaviours/0", "punctual"),
            Lines{R"(/plan/activities/0/behaviours/0: "punctual" is not a behaviour of the programme)"});
  EXPECT_EQ(problems_with("/plan/reviews/0/attendees/2", "ceo"),
            Lines{R"(/plan/reviews/0/attendees/2: "ceo" is not one of the review's parties)"});
  EXPECT_EQ(problems_with("/plan/profile/otjPolicy", "from-2030"),
            Lines{R"(/plan/profile/otjPolicy: "from-2030" is not an off-the-job policy of the programme)"});
  EXPECT_EQ(problems_with("/plan/endPoint/stepDates/viva", "2029-03-01"),
            Lines{R"(/plan/endPoint/stepDates/viva: "viva" is not a step of the gateway and end-point assessment)"});
}

TEST(PlanFile, ReferenceProblemsPointAtTheFileOrderNotTheSortedOrder) {
  json file = saved();
  std::swap(file["plan"]["activities"][0], file["plan"]["activities"][1]);
  file["plan"]["activities"][1]["type"] = "mentoring";  // the shadowing, first by date, second in the file
  EXPECT_EQ(problems(load(file)),
            Lines{R"(/plan/activities/1/type: "mentoring" is not a kind of activity the programme has)"});
}

}  // namespace
}  // namespace planner
