#include "core/programme/catalogue.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "planner_core_data.hpp"
#include "planner_schema_data.hpp"
#include "test_fixtures.hpp"

namespace planner {
namespace {

using nlohmann::json;

using test::day;

json shipped_programme() {
  const auto text = data::file("programmes/uob-msc-hcsl.json");
  return json::parse(text.value());
}

// Loads a changed copy of the shipped programme and returns the loader's complaint.
std::string complaint_about(const std::function<void(json&)>& change) {
  json programme = shipped_programme();
  change(programme);
  try {
    parse_catalogue(programme.dump());
  } catch (const CatalogueError& error) {
    return error.what();
  }
  return "(loaded without complaint)";
}

bool maps_to(const std::vector<std::string>& standards, std::string_view id) {
  return std::find(standards.begin(), standards.end(), id) != standards.end();
}

TEST(Catalogue, ShipsTheSevenModulesInProgrammeOrder) {
  const Catalogue& catalogue = default_catalogue();
  EXPECT_EQ(catalogue.id, "uob-msc-hcsl");
  EXPECT_EQ(catalogue.title, "MSc in Health and Care System Leadership");
  const std::vector<std::string> titles = {"Collaboration and Integration",
                                           "Understanding Organisational Performance",
                                           "Strategic Planning & Decision Making",
                                           "Leading Quality & Safety",
                                           "Creating Patient Centred Care",
                                           "Leading & Developing People",
                                           "Innovation and Improvement"};
  ASSERT_EQ(catalogue.modules.size(), 7u);
  for (std::size_t i = 0; i < 7; ++i) {
    const Module& module = catalogue.modules[i];
    // Built with append: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string at -O2.
    std::string id = "M";
    id += std::to_string(i + 1);
    EXPECT_EQ(module.id, id);
    EXPECT_EQ(module.number, static_cast<int>(i + 1));
    EXPECT_EQ(module.title, titles[i]);
    EXPECT_EQ(module.credits, 20);
    EXPECT_FALSE(module.outcomes.empty());
    EXPECT_FALSE(module.standards.empty());
    EXPECT_EQ(module.yields_dissertation_proposal, i == 1);
  }
  EXPECT_EQ(catalogue.proposal_module(), catalogue.module("M2"));
  EXPECT_EQ(catalogue.module("M2")->outcomes.back(), "Devise a plan for dissertation research");
  EXPECT_EQ(catalogue.credits, 180);
  EXPECT_EQ(catalogue.hours_per_credit, 10);
}

TEST(Catalogue, DeduplicatesTheStandardsAcrossModules) {
  const Catalogue& catalogue = default_catalogue();
  EXPECT_EQ(catalogue.standards.size(), 28u);
  std::set<std::string> ids;
  for (const Standard& standard : catalogue.standards) EXPECT_TRUE(ids.insert(standard.id).second) << standard.id;
  // One standard, named in three modules.
  for (const char* module : {"M1", "M4", "M7"})
    EXPECT_TRUE(maps_to(catalogue.module(module)->standards, "systems-working")) << module;
  // "…population trends and demands" (M2) and "…trends, needs, and demands" (M3, M5) are one.
  for (const char* module : {"M2", "M3", "M5"})
    EXPECT_TRUE(maps_to(catalogue.module(module)->standards, "population-needs")) << module;
  EXPECT_EQ(catalogue.standard("population-needs")->text, "Understands population trends, needs, and demands");
  for (const char* module : {"M4", "M6", "M7"}) {
    EXPECT_TRUE(maps_to(catalogue.module(module)->standards, "organisational-change")) << module;
  }
  // The dissertation's three, two shared with Module 4.
  EXPECT_EQ(catalogue.dissertation.standards,
            (std::vector<std::string>{"storytelling-vision", "workforce-skills", "continual-development"}));
  EXPECT_TRUE(maps_to(catalogue.module("M4")->standards, "workforce-skills"));
  // Where the programme asks for workplace evidence, the note says so.
  EXPECT_EQ(catalogue.standard("manage-conflict")->evidence_note, "Further input or work place evidence");
  EXPECT_TRUE(catalogue.standard("systems-working")->evidence_note.empty());
}

TEST(Catalogue, HasTheFourBehaviours) {
  const Catalogue& catalogue = default_catalogue();
  ASSERT_EQ(catalogue.behaviours.size(), 4u);
  EXPECT_EQ(catalogue.behaviour("takes-responsibility")->name, "Takes responsibility");
  EXPECT_EQ(catalogue.behaviour("inclusive")->description,
            "Open, approachable, authentic, and able to build trust with others. Seeks views of others.");
  EXPECT_NE(catalogue.behaviour("agile"), nullptr);
  EXPECT_EQ(catalogue.behaviour("professionalism")->description,
            "Sets an example, and is fair, consistent and impartial. Open and honest. Operates within organisational "
            "values.");
}

TEST(Catalogue, EncodesTheTwelveWeekTimetable) {
  const ModuleTimetable& timetable = default_catalogue().timetable;
  EXPECT_EQ(timetable.weeks, 12);
  EXPECT_EQ(timetable.location, "Park House, University of Birmingham");
  double f2f_days = 0;
  std::vector<int> f2f_weeks;
  for (const SessionTemplate& session : timetable.sessions) {
    if (session.kind == EventKind::f2f) {
      f2f_days += session.days;
      f2f_weeks.push_back(session.week);
    }
  }
  EXPECT_EQ(f2f_days, 2.5);
  EXPECT_EQ(f2f_weeks, (std::vector<int>{1, 4, 8}));
  EXPECT_EQ(timetable.session("f2f-3")->days, 0.5);
  EXPECT_EQ(timetable.session("online-1")->week, 2);
  EXPECT_EQ(timetable.session("online-1")->weeks, 2);
  EXPECT_EQ(timetable.session("online-2")->week, 5);
  EXPECT_EQ(timetable.session("online-2")->weeks, 4);
  const DeadlineTemplate& wba = *timetable.deadline("wba");
  EXPECT_EQ(wba.kind, EventKind::wba_due);
  EXPECT_EQ(wba.week, 7);
  EXPECT_EQ(wba.weekday, 5);
  EXPECT_EQ(wba.words_min, 500);
  EXPECT_EQ(wba.words_max, 1000);
  EXPECT_TRUE(wba.formative);
  const DeadlineTemplate& assignment = timetable.final_deadline();
  EXPECT_EQ(assignment.id, "assignment");
  EXPECT_EQ(assignment.week, 12);
  EXPECT_EQ(assignment.words_max, 3000);
  EXPECT_FALSE(assignment.formative);
}

TEST(Catalogue, DescribesTheDissertationMilestones) {
  const DissertationSpec& dissertation = default_catalogue().dissertation;
  EXPECT_EQ(dissertation.credits, 40);
  EXPECT_EQ(dissertation.words, 10000);
  std::vector<std::string> ids;
  int words = 0;
  for (const MilestoneTemplate& milestone : dissertation.milestones) {
    ids.push_back(milestone.id);
    words += milestone.target_words;
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"proposal", "ethics", "literature-review", "methods", "data-collection",
                                           "analysis", "draft-chapters", "final-submission"}));
  EXPECT_EQ(words, 10000);
  EXPECT_EQ(dissertation.milestone("final-submission")->weeks_after_start, dissertation.weeks);
}

TEST(Catalogue, ChoosesTheOffTheJobPolicyByStartDate) {
  const Catalogue& catalogue = default_catalogue();
  EXPECT_EQ(catalogue.otj_policy_for_start(day("2021-09-06")).id, "pre-2022-08");
  EXPECT_EQ(catalogue.otj_policy_for_start(day("2022-07-31")).id, "pre-2022-08");
  EXPECT_EQ(catalogue.otj_policy_for_start(day("2022-08-01")).id, "from-2022-08");
  EXPECT_EQ(catalogue.otj_policy_for_start(day("2025-07-31")).id, "from-2022-08");
  EXPECT_EQ(catalogue.otj_policy_for_start(day("2025-08-01")).id, "from-2025-08");
  EXPECT_EQ(catalogue.otj_policy_for_start(day("2030-01-07")).id, "from-2025-08");
  const OtjPolicy& weekly = *catalogue.otj_policy("from-2022-08");
  EXPECT_EQ(weekly.measure, OtjMeasure::hours_per_week);
  EXPECT_EQ(weekly.default_figure, 6);
  EXPECT_EQ(weekly.active_learning_weeks, 4);
  EXPECT_EQ(weekly.min_contracted_hours, 30);
  EXPECT_EQ(catalogue.otj_policy("pre-2022-08")->default_figure, 20);
  EXPECT_EQ(catalogue.otj_policy("from-2025-08")->measure, OtjMeasure::total_hours);
}

TEST(Catalogue, ChainsTheGatewayAndEndPointAssessment) {
  const Catalogue& catalogue = default_catalogue();
  EXPECT_EQ(catalogue.programme_months, 24);
  EXPECT_EQ(catalogue.epa_months, 5);
  EXPECT_EQ(catalogue.epa_steps.front().id, "gateway");
  EXPECT_EQ(catalogue.epa_step("proposal-scope")->words, 500);
  EXPECT_EQ(catalogue.epa_step("portfolio")->evidence_pieces, 18);
  EXPECT_TRUE(catalogue.epa_step("portfolio")->submission);
  EXPECT_EQ(catalogue.epa_step("business-proposal")->words, 4000);
  EXPECT_EQ(catalogue.epa_step("business-proposal")->weeks_after_gateway, 12);
  EXPECT_EQ(catalogue.epa_step("professional-discussion")->minutes, 60);
  EXPECT_EQ(catalogue.epa_steps.back().id, "professional-discussion");
}

TEST(Catalogue, HasActivityTypesInductionAndReviewSettings) {
  const Catalogue& catalogue = default_catalogue();
  std::vector<EventKind> kinds;
  for (const ActivityType& type : catalogue.activity_types) kinds.push_back(type.kind);
  EXPECT_EQ(kinds, (std::vector<EventKind>{EventKind::shadowing, EventKind::peer_observation, EventKind::als,
                                           EventKind::mentoring, EventKind::guest_session, EventKind::diary}));
  EXPECT_EQ(catalogue.activity_type(EventKind::shadowing)->reflection_words, (std::vector<int>{500, 1000}));
  EXPECT_FALSE(catalogue.activity_type(EventKind::diary)->active_learning);
  EXPECT_EQ(catalogue.induction.elements.size(), 6u);
  EXPECT_EQ(catalogue.induction.before_programme.size(), 3u);
  EXPECT_EQ(catalogue.review_attendees, (std::vector<std::string>{"apprentice", "mentor", "tutor"}));
  EXPECT_EQ(catalogue.rule_defaults, (RuleSettings{2, 14, 6, 6, 2}));
}

TEST(Catalogue, SchemaRequiresWhatTheShippedFileHas) {
  const auto schema = json::parse(schemas::file("programme.schema.json").value());
  EXPECT_EQ(schema.at("$schema"), "https://json-schema.org/draft/2020-12/schema");
  std::set<std::string> required;
  for (const auto& key : schema.at("required")) required.insert(key.get<std::string>());
  std::set<std::string> present;
  const json programme = shipped_programme();
  for (const auto& [key, value] : programme.items()) {
    if (key != "about" && key != "$schema") present.insert(key);
  }
  EXPECT_EQ(required, present);
  for (const auto& key : required) EXPECT_TRUE(schema.at("properties").contains(key)) << key;
}

TEST(CatalogueLoader, ReadsFaceToFaceTimesWhenTheProgrammeGivesThem) {
  json programme = shipped_programme();
  programme["timetable"]["sessions"][0]["startTime"] = "09:30";
  programme["timetable"]["sessions"][0]["endTime"] = "16:00";
  const Catalogue catalogue = parse_catalogue(programme.dump());
  const SessionTemplate& first = catalogue.timetable.sessions.front();
  ASSERT_TRUE(first.times.has_value());
  EXPECT_EQ(first.times->start.text(), "09:30");
  EXPECT_EQ(first.times->end.text(), "16:00");
  EXPECT_FALSE(catalogue.timetable.sessions[1].times.has_value());
}

TEST(CatalogueLoader, RefusesHalfATimeOrAnEndBeforeTheStart) {
  EXPECT_NE(complaint_about([](json& p) { p["timetable"]["sessions"][0]["startTime"] = "09:30"; }).find("give both"),
            std::string::npos);
  EXPECT_NE(complaint_about([](json& p) {
              p["timetable"]["sessions"][0]["startTime"] = "16:00";
              p["timetable"]["sessions"][0]["endTime"] = "09:30";
            }).find("must be after startTime"),
            std::string::npos);
  EXPECT_NE(complaint_about([](json& p) {
              p["timetable"]["sessions"][0]["startTime"] = "9:30";
              p["timetable"]["sessions"][0]["endTime"] = "16:00";
            }).find("HH:MM"),
            std::string::npos);
  EXPECT_NE(complaint_about([](json& p) {
              p["timetable"]["sessions"][1]["startTime"] = "09:30";
              p["timetable"]["sessions"][1]["endTime"] = "16:00";
            }).find("only a face-to-face session"),
            std::string::npos);
}

TEST(CatalogueLoader, RefusesAModuleMappedToAnUnknownStandard) {
  EXPECT_EQ(complaint_about([](json& p) { p["modules"][2]["standards"][1] = "financial-wizardry"; }),
            "modules[2].standards[1]: unknown standard \"financial-wizardry\"");
}

TEST(CatalogueLoader, RefusesADuplicateStandardId) {
  EXPECT_EQ(complaint_about([](json& p) { p["standards"][1]["id"] = "systems-working"; }),
            "standards[1].id: duplicate id \"systems-working\"");
}

TEST(CatalogueLoader, RefusesAnIdThePlanCouldNotHold) {
  EXPECT_EQ(complaint_about([](json& p) { p["modules"][0]["id"] = "M 1"; }),
            "modules[0].id: \"M 1\" is not a valid id (1 to 64 letters, digits, \".\", \"_\" or \"-\", starting "
            "with a letter or digit)");
  EXPECT_NE(complaint_about([](json& p) { p["standards"][0]["id"] = "-x"; }).find("is not a valid id"),
            std::string::npos);
  EXPECT_NE(complaint_about([](json& p) { p["id"] = std::string(65, 'x'); }).find("is not a valid id"),
            std::string::npos);
}

TEST(CatalogueLoader, RefusesAMisspeltField) {
  EXPECT_EQ(complaint_about([](json& p) { p["dissertation"]["milestones"][1]["weeksAfterstart"] = 8; }),
            "dissertation.milestones[1].weeksAfterstart: unknown field");
}

TEST(CatalogueLoader, RefusesMissingAndMistypedFields) {
  EXPECT_EQ(complaint_about([](json& p) { p["timetable"].erase("location"); }), "timetable.location: missing");
  EXPECT_EQ(complaint_about([](json& p) { p["timetable"]["weeks"] = "twelve"; }),
            "timetable.weeks: must be a whole number");
  EXPECT_EQ(complaint_about([](json& p) { p["timetable"]["sessions"][0]["weekday"] = 6; }),
            "timetable.sessions[0].weekday: must be between 1 and 5");
}

TEST(CatalogueLoader, RefusesCreditsThatDoNotAddUp) {
  EXPECT_EQ(complaint_about([](json& p) { p["modules"][6]["credits"] = 30; }),
            "credits: modules and dissertation add up to 190");
}

TEST(CatalogueLoader, RefusesPoliciesThatLeaveAStartDateUncovered) {
  EXPECT_EQ(complaint_about([](json& p) { p["otjPolicies"][2]["startsFrom"] = "2025-09-01"; }),
            "otjPolicies[2]: must start on the day the previous policy stops");
}

TEST(CatalogueLoader, RefusesADissertationWithoutItsFinalSubmission) {
  EXPECT_EQ(complaint_about([](json& p) { p["dissertation"]["milestones"].erase(7); }),
            "dissertation.milestones: must end with \"final-submission\" at the dissertation's last week");
}

TEST(CatalogueLoader, RefusesTargetWordsThatMissTheDissertationLength) {
  EXPECT_EQ(complaint_about([](json& p) { p["dissertation"]["milestones"][2]["targetWords"] = 3000; }),
            "dissertation.milestones: target words must add up to the dissertation's words");
}

TEST(CatalogueLoader, RefusesAStandardNothingTeaches) {
  EXPECT_EQ(complaint_about([](json& p) {
              p["standards"].push_back({{"id", "orphan"}, {"text", "Orphan"}});
            }),
            "standards[28]: no module or dissertation maps to standard \"orphan\"");
}

TEST(CatalogueLoader, RefusesAnUnknownActivityType) {
  EXPECT_EQ(complaint_about([](json& p) { p["activityTypes"][0]["id"] = "golf"; }),
            "activityTypes[0].id: unknown activity type (expected shadowing, peer_observation, als, mentoring, "
            "guest_session or diary)");
}

TEST(CatalogueLoader, RefusesTextThatIsNotJson) {
  EXPECT_THROW(parse_catalogue("{\"id\": "), CatalogueError);
  EXPECT_THROW(parse_catalogue("[]"), CatalogueError);
}

TEST(HolidayChanges, ParseRemovalsAndAdditions) {
  const auto changes = parse_holiday_changes(R"({"division": "england-and-wales", "changes": [
      {"remove": "2029-05-28", "add": {"date": "2029-06-01", "title": "Spring bank holiday"}},
      {"add": {"date": "2029-06-04", "title": "Extra"}}]})");
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].remove, day("2029-05-28"));
  EXPECT_EQ(changes[0].add, (BankHoliday{day("2029-06-01"), "Spring bank holiday"}));
  EXPECT_FALSE(changes[1].remove.has_value());
}

TEST(HolidayChanges, RefuseAChangeThatChangesNothing) {
  EXPECT_THROW(parse_holiday_changes(R"({"division": "x", "changes": [{}]})"), CatalogueError);
  EXPECT_THROW(parse_holiday_changes(R"({"division": "x", "changes": [{"remove": "2029-02-30"}]})"), CatalogueError);
}

TEST(HolidayChanges, ShippedFileLoads) {
  const auto changes = parse_holiday_changes(data::file("holidays/england-and-wales.json").value());
  EXPECT_EQ(changes.size(), 5u);
}

}  // namespace
}  // namespace planner
