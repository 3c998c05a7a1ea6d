#pragma once
// The programme as data: everything the planner knows about the MSc in Health and Care System
// Leadership (Level 7 Senior Leader apprenticeship) and the calendar it runs in. Loaded from
// data/programmes/<id>.json and data/holidays/*.json (embedded at build time); a different
// programme or a new version of this one is a new data file, not new code.
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar/bank_holidays.hpp"
#include "core/calendar/clock_time.hpp"
#include "core/calendar/date.hpp"
#include "core/plan/kinds.hpp"
#include "core/programme/rule_settings.hpp"

namespace planner {

// Ids the planner builds on, which the loader requires the programme to have: the dissertation
// runs from its proposal to its final submission, and the end point starts at the gateway.
inline constexpr std::string_view kProposalMilestone = "proposal";
inline constexpr std::string_view kFinalSubmissionMilestone = "final-submission";
inline constexpr std::string_view kGatewayStep = "gateway";

// One statement of the L7 Senior Leader standard, deduplicated across the modules that map to it.
struct Standard {
  std::string id;    // stable slug, e.g. "systems-working"; plans refer to standards by it
  std::string text;  // the statement as the programme words it
  // Where the programme says the taught modules need backing up ("further input or work place
  // evidence or project dissertation"); empty when the modules cover it. Shadowing and other
  // workplace activities should evidence these.
  std::string evidence_note = {};
};

// One of the four apprenticeship behaviours evidenced in the workplace.
struct Behaviour {
  std::string id;           // "takes-responsibility", "inclusive", "agile", "professionalism"
  std::string name;         // "Takes responsibility"
  std::string description;  // what is required, from the programme
};

// A teaching session in the typical 12-week module timetable, relative to the module's start
// (the Monday of week 1).
struct SessionTemplate {
  std::string id;                       // stable within the timetable, e.g. "f2f-1"; event ids derive from it
  EventKind kind = EventKind::f2f;      // f2f (face-to-face at the location) or online
  std::string title;                    // "Face-to-face: module walk-through"
  int week = 1;                         // first week of the session, 1-based
  int weeks = 1;                        // weeks it spans (online blocks span several)
  int weekday = 1;                      // ISO weekday of a face-to-face day: 1 = Monday … 5 = Friday
  double days = 0;                      // face-to-face teaching days: 1 (full day), 0.5 (half day); 0 online
  std::vector<std::string> activities;  // what happens, as the programme lists it
  // Face-to-face sessions: when the day starts and ends (Europe/London wall clock), where the
  // programme publishes it ("startTime"/"endTime" in the data; none today). Sessions with times
  // are exported as timed calendar events, the others as all-day events.
  std::optional<TimeSpan> times = {};
};

// A deadline in the module timetable.
struct DeadlineTemplate {
  std::string id;                              // "wba" (work-based assignment) or "assignment"
  EventKind kind = EventKind::assignment_due;  // wba_due or assignment_due
  std::string title;                           // "Work-based assignment due (formative)"
  int week = 1;                                // week of the module it falls in, 1-based
  int weekday = 5;                             // ISO weekday: 5 = Friday ("end of week 7")
  int words_min = 0;                           // word limits; equal when the programme gives one figure
  int words_max = 0;
  bool formative = false;        // submitted once to the tutor for feedback, not marked
  std::string description = {};  // the assessment as the programme describes it
};

struct ModuleTimetable {
  int weeks = 12;        // length of a module, week 1 to final submission
  std::string location;  // where face-to-face sessions are held
  std::vector<SessionTemplate> sessions;
  std::vector<DeadlineTemplate> deadlines;

  const SessionTemplate* session(std::string_view id) const;
  const DeadlineTemplate* deadline(std::string_view id) const;
  // The module's final submission (the last "assignment_due" deadline): a module runs until it.
  const DeadlineTemplate& final_deadline() const;
};

struct Module {
  std::string id;     // "M1" … "M7": plans and event ids refer to modules by it
  int number = 0;     // 1 … 7
  std::string title;  // "Collaboration and Integration"
  int credits = 20;
  std::string summary;
  std::vector<std::string> outcomes;   // learning outcomes
  std::vector<std::string> standards;  // Standard ids it maps to
  // Ends in the fully worked dissertation proposal (Module 2): the dissertation cannot start
  // before its final submission, and it should come early in the sequence.
  bool yields_dissertation_proposal = false;
};

// A step of the dissertation, placed relative to the proposal module's final submission.
struct MilestoneTemplate {
  std::string id;  // "proposal", "ethics", "literature-review", …, "final-submission"
  std::string title;
  int weeks_after_start = 0;  // default due date: weeks after the dissertation's start
  int target_words = 0;       // words this part contributes towards the 10,000 (0 if none)
  std::string description;
};

struct DissertationSpec {
  std::string title;  // "Work-based dissertation: a leadership case study"
  int credits = 40;
  int words = 10000;
  int weeks = 0;  // typical length from start to final submission
  std::vector<MilestoneTemplate> milestones;
  std::vector<std::string> standards;      // Standard ids it evidences
  std::string summary = {};                // what it is, from the programme
  std::vector<std::string> elements = {};  // key elements (case study design, reflective practice, …)

  const MilestoneTemplate* milestone(std::string_view id) const;
};

// How the programme describes a kind of supporting activity (shadowing, peer observation, action
// learning set, …): "activityTypes" in the file, each "id" naming its kind (kinds.hpp says why
// the kinds are code).
struct ActivityType {
  EventKind kind = EventKind::shadowing;  // an activity kind (is_activity_kind)
  std::string name;                       // "Shadowing a colleague"
  std::string description;
  double default_hours = 0;           // off-the-job hours one occurrence usually counts for
  std::vector<int> reflection_words;  // allowed reflection lengths, e.g. {500, 1000}; empty if none
  bool active_learning = true;        // counts as active learning for the off-the-job policy
};

// How off-the-job training is measured; which applies depends on the apprentice's start date.
struct OtjPolicy {
  std::string id;                     // "pre-2022-08", "from-2022-08", "from-2025-08"
  std::string label;                  // plain-English statement of the rule
  std::optional<Date> starts_from;    // applies to starts on or after this day
  std::optional<Date> starts_before;  // applies to starts before this day
  OtjMeasure measure = OtjMeasure::hours_per_week;
  double default_figure = 0;        // percent, hours a week or total hours, by `measure`
  int active_learning_weeks = 0;    // active learning at least every N weeks (0: no such rule)
  double min_contracted_hours = 0;  // the weekly figure applies from this many contracted hours
};

// A step of the gateway and end-point assessment chain, placed relative to the gateway.
struct EpaStep {
  std::string id;                   // "gateway", "proposal-scope", "portfolio", "business-proposal", …
  EventKind kind = EventKind::epa;  // gateway or epa
  std::string title;
  int weeks_after_gateway = 0;
  int words = 0;            // word limit, if any
  int minutes = 0;          // length, if a timed assessment
  int evidence_pieces = 0;  // portfolio: pieces of evidence expected
  std::string description;
  bool submission = false;  // something is handed in that day: it counts as a deadline
};

struct InductionSpec {
  int weeks_before_start = 0;                 // default induction date relative to the start
  std::vector<std::string> elements;          // study skills self-assessment, introduction to writing, …
  std::vector<std::string> before_programme;  // diagnostic assessment, needs analysis, mentor arranged
  std::string description = {};               // what the induction is and who runs it
};

struct Catalogue {
  std::string id;              // "uob-msc-hcsl-l7-senior-leader"
  std::string title;           // "MSc in Health and Care System Leadership"
  std::string apprenticeship;  // "Level 7 Senior Leader degree apprenticeship"
  std::string provider;        // "Health Services Management Centre, University of Birmingham"
  std::string summary;         // the programme's aims, from its description
  std::string calendar;        // bank-holiday division: data/holidays/<calendar>.json
  int credits = 180;
  int hours_per_credit = 10;   // UK notional learning hours
  double hours_per_day = 7.5;  // hours in a full teaching day (face-to-face, induction)
  int programme_months = 24;   // typical time on programme before the gateway
  int epa_months = 5;          // typical end-point assessment period

  std::vector<Module> modules;  // in programme order, M1 … M7
  ModuleTimetable timetable;
  DissertationSpec dissertation;
  std::vector<Standard> standards;
  std::vector<Behaviour> behaviours;
  std::vector<ActivityType> activity_types;
  std::vector<OtjPolicy> otj_policies;
  std::vector<EpaStep> epa_steps;
  InductionSpec induction;
  std::vector<std::string> review_attendees;  // "apprentice", "mentor", "tutor"
  RuleSettings rule_defaults;

  BankHolidays holidays;  // the calendar the programme runs in (England and Wales)

  const Module* module(std::string_view id) const;
  // The module that ends in the dissertation proposal (Module 2), if the programme has one.
  const Module* proposal_module() const;
  const EpaStep* epa_step(std::string_view id) const;
  const Standard* standard(std::string_view id) const;
  const Behaviour* behaviour(std::string_view id) const;
  const ActivityType* activity_type(EventKind kind) const;  // nullptr when the programme does not offer it
  // "Shadowing a colleague": the type's name, or the kind's when the programme does not offer it.
  std::string activity_type_name(EventKind kind) const;
  const OtjPolicy* otj_policy(std::string_view id) const;
  // The policy that applies to an apprentice starting on `start`.
  const OtjPolicy& otj_policy_for_start(Date start) const;
};

// A programme or holiday file that does not match what the loader expects. The files are
// shipped with the build, so this is a programming error that the unit tests catch.
class CatalogueError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Parses and checks a programme file (data/programmes/*.json, described by
// data/schema/programme.schema.json): every field present with a sensible value, ids unique,
// every reference (standards, milestones, policies) resolving. Throws CatalogueError naming
// the place ("modules[2].standards[1]: unknown standard \"x\"").
Catalogue parse_catalogue(std::string_view programme_json, BankHolidays holidays = {});
// Parses data/holidays/*.json: {"about", "division", "changes": [{"remove"?, "add"?}]}.
std::vector<HolidayChange> parse_holiday_changes(std::string_view holidays_json);

// The catalogue this build ships with (parsed once from the embedded data, then shared).
const Catalogue& default_catalogue();

}  // namespace planner
