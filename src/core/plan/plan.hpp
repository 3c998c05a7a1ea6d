#pragma once
// The plan: what one apprentice intends to do and when, and what they have done. A plain value
// (copyable, comparable); the file format (plan_file.hpp) and every view are built on it.
// Ids of items are stable for the item's life: event ids, comments and the .ics UIDs use them.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar/date.hpp"
#include "core/plan/kinds.hpp"
#include "core/programme/rule_settings.hpp"

namespace planner {

// Who the plan is for and the terms of their apprenticeship. Names are optional.
struct Profile {
  std::string apprentice;                   // the apprentice's name
  std::string employer;                     // employing organisation
  std::string mentor;                       // workplace mentor or line manager
  std::string tutor;                        // academic tutor
  Date start;                               // first day on programme
  std::optional<Date> intended_end;         // planned gateway; unset: start + programme months
  double contracted_hours_per_week = 37.5;  // hours a week in the employment contract
  std::string otj_policy;                   // catalogue OtjPolicy id; chosen from the start date when created
  double otj_figure = 0;                    // the policy's figure, editable: percent, hours a week or total hours
  bool operator==(const Profile&) const = default;
};

// A stretch of days when the apprentice is away or cannot attend sessions.
struct Period {
  std::string id;                       // "leave-3"
  PeriodKind kind = PeriodKind::leave;  // annual leave (nothing should be scheduled) or busy (work peaks)
  std::string label;                    // "Summer holiday"
  Date first;                           // inclusive
  Date last;                            // inclusive
  bool operator==(const Period&) const = default;
};

// One module put on the calendar. Sessions and deadlines follow the catalogue's timetable from
// `start`, unless overridden (the university publishes real dates per cohort).
struct ModulePlacement {
  std::string module_id;                       // catalogue Module id, "M1" … "M7"
  Date start;                                  // the Monday of week 1
  std::map<std::string, Date> session_dates;   // overrides by SessionTemplate id (first day)
  std::map<std::string, Date> deadline_dates;  // overrides by DeadlineTemplate id
  bool completed = false;                      // the final assignment has been submitted
  bool operator==(const ModulePlacement&) const = default;
};

struct Milestone {
  std::string id;  // template id ("ethics") or "milestone-N" for ones the apprentice adds
  std::string title;
  Date due;
  MilestoneStatus status = MilestoneStatus::not_started;
  int target_words = 0;  // words this part should contribute towards the dissertation
  int words = 0;         // words written so far
  std::string notes;
  bool operator==(const Milestone&) const = default;
};

struct Dissertation {
  std::string title;                  // working title of the case study
  std::vector<Milestone> milestones;  // sorted by due date
  bool operator==(const Dissertation&) const = default;
};

// Shadowing, peer observation, an action learning set, a mentoring meeting, a guest session or a
// diary entry.
struct Activity {
  std::string id;                         // "activity-12"
  EventKind kind = EventKind::shadowing;  // one of the activity kinds (kinds.hpp); "type" in the file
  std::string title;
  Date date;
  double hours = 0;                     // off-the-job hours it counts for
  std::string with_whom;                // shadowing / observation: who
  std::string role;                     // their role
  std::string focus;                    // what the apprentice looks at
  std::vector<std::string> standards;   // Standard ids it evidences
  std::vector<std::string> behaviours;  // Behaviour ids it evidences
  int reflection_words = 0;             // written reflection planned: 0, 500 or 1000 words
  ActivityStatus status = ActivityStatus::planned;
  std::string notes;
  bool operator==(const Activity&) const = default;
};

// Sign-off of a progress review by one party.
struct SignOff {
  bool signed_off = false;
  std::string name;          // who signed
  std::optional<Date> date;  // when
  bool operator==(const SignOff&) const = default;
};

// A tripartite progress review (apprentice, workplace mentor or line manager, academic tutor).
struct Review {
  std::string id;  // "review-4"
  Date date;
  std::vector<std::string> attendees;  // catalogue review_attendees ids present
  std::string notes;
  std::vector<std::string> actions;
  SignOff apprentice;
  SignOff mentor;
  SignOff tutor;
  bool operator==(const Review&) const = default;
};

// Off-the-job hours the apprentice has logged.
struct HoursEntry {
  std::string id;  // "hours-37"
  Date date;
  double hours = 0;
  std::string description;
  bool active_learning = true;  // counts as active learning (not just time set aside)
  bool operator==(const HoursEntry&) const = default;
};

// The gateway and end-point assessment chain. Unset dates follow the catalogue's EpaStep offsets
// from the gateway, which itself defaults to the profile's intended end.
struct EndPoint {
  std::optional<Date> gateway;
  std::map<std::string, Date> step_dates;  // overrides by EpaStep id
  bool operator==(const EndPoint&) const = default;
};

// A reviewer's comment on one item of the plan (docs/product.md §14). It reaches the plan when the
// apprentice imports the review it came in (review_file.hpp, review_import.hpp) and stays there,
// even when its item is later removed (item_ref.hpp says whether the item still exists).
struct ReviewComment {
  std::string id;          // the comment's id within its review: "comment-3"
  std::string review;      // id of the review it came in; (review, id) is unique in a plan
  std::string item;        // what it is about, an item reference (item_ref.hpp): "M2/f2f-1", "plan"
  std::string item_label;  // what that item was called when the reviewer commented
  std::string author;      // the reviewer's name
  Date date;               // when the comment was made
  std::string text;        // may span lines
  bool resolved = false;   // the apprentice has dealt with it
  bool operator==(const ReviewComment&) const = default;
};

// A reviewer's decision on the whole plan, with their name and role: one per review.
struct ReviewDecision {
  std::string review;    // id of the review it came in
  std::string reviewer;  // who decided
  std::string role;      // as the reviewer describes it: "Workplace mentor", "Line manager"
  std::string decision;  // "approved" or "changes_requested"
  Date date;             // when
  std::string summary;   // why, or what to change; may span lines
  bool operator==(const ReviewDecision&) const = default;
};

struct Plan {
  std::string id;            // random, set when created; tells plans apart in one browser
  std::string name;          // "Sam's plan": shown in the plan list
  std::string programme_id;  // catalogue id the plan was made for
  Profile profile;
  std::optional<Date> induction;         // induction day; unset: the catalogue's default
  std::vector<Period> periods;           // leave and busy periods, sorted by first day
  std::vector<ModulePlacement> modules;  // sorted by start date: the module sequence
  Dissertation dissertation;
  std::vector<Activity> activities;   // sorted by date
  std::vector<Review> reviews;        // sorted by date
  std::vector<HoursEntry> hours_log;  // sorted by date
  EndPoint end_point;
  RuleSettings settings;
  std::vector<ReviewComment> review_comments;    // sorted by date, then review and id
  std::vector<ReviewDecision> review_decisions;  // sorted by date, then review: the last is the latest
  bool operator==(const Plan&) const = default;

  const ModulePlacement* placement(std::string_view module_id) const;
  ModulePlacement* placement(std::string_view module_id);
};

// Restores the sorting invariants above (periods by first day, modules by start, milestones by
// due date, activities, reviews, hours and review comments and decisions by date; ties by id)
// after items were added or moved.
void sort_items(Plan& plan);

// A fresh id for a new item: `prefix` + "-" + one more than the largest number in use with that
// prefix ("activity-13" after "activity-12"), so ids are never reused within a plan.
std::string next_item_id(const Plan& plan, std::string_view prefix);

}  // namespace planner
