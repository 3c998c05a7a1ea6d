#pragma once
// The named edits: every change a view or a fix action makes to a plan is one of these. Each
// factory checks its input and returns an Edit for Document::apply; the edit refuses with a
// reason (unknown id, end before start, negative hours, …) and leaves the plan as it was, and
// on success keeps the plan's sorting invariants (plan.hpp).
//
// Edits that take a Catalogue keep a reference to it: the catalogue must outlive the edit
// (default_catalogue() lives for the whole program).
#include <optional>
#include <string>
#include <vector>

#include "core/plan/document.hpp"
#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"

namespace planner::edits {

// ---- the plan and its profile --------------------------------------------------------------
// Renames the plan, one undo step a rename (PlanStore::rename checks the name and keeps the list
// of plans in step).
Edit set_plan_name(std::string name);
// Replaces the profile: the start, intended end (after the start), contracted hours (more than 0,
// at most 168), off-the-job policy (a catalogue id) and its figure (0 or more; a percentage at
// most 100). Typing in profile fields merges into one undo step.
Edit set_profile(const Catalogue& catalogue, Profile profile);
Edit set_induction(std::optional<Date> day);  // unset: the catalogue's default before the start
Edit set_rule_settings(RuleSettings settings);
// The whole plan at once ("Suggest a plan"): one undo step. The current plan's id is kept when
// the new plan has none.
Edit replace_plan(Plan plan, std::string label);

// Several edits as one undo step (a fix that adds three reviews): applied in order to a copy of
// the plan, which replaces the plan only when every step succeeds.
Edit combine(std::string label, std::vector<Edit> steps);

// ---- leave and busy periods ---------------------------------------------------------------
// A period with an empty id gets a fresh one ("leave-3", "busy-1").
Edit add_period(Period period);
Edit update_period(Period period);  // the period with the same id
Edit remove_period(std::string id);

// ---- modules --------------------------------------------------------------------------------
// Puts a module that is not yet on the calendar on it, starting on `start` (a Monday).
Edit place_module(const Catalogue& catalogue, std::string module_id, Date start);
// Moves a placed module to start on `start` (a Monday); its session and deadline overrides move
// by the same number of days, so hand-set dates keep their place in the module.
Edit move_module(const Catalogue& catalogue, std::string module_id, Date start);
Edit unplace_module(const Catalogue& catalogue, std::string module_id);
// Puts the placed modules in a new order: `order` lists every placed module once; the modules
// swap date slots (the sorted start dates are handed out in the new order), each moving as
// move_module does.
Edit reorder_modules(const Catalogue& catalogue, std::vector<std::string> order);
// Sets (or with nullopt clears) a hand-set date for one session or deadline of a placed module:
// the university publishes real dates per cohort.
Edit set_session_date(const Catalogue& catalogue, std::string module_id, std::string session_id,
                      std::optional<Date> day);
Edit set_deadline_date(const Catalogue& catalogue, std::string module_id, std::string deadline_id,
                       std::optional<Date> day);
Edit set_module_completed(const Catalogue& catalogue, std::string module_id, bool completed);

// ---- dissertation -------------------------------------------------------------------------
Edit set_dissertation_title(std::string title);
// A milestone with an empty id gets "milestone-N". Status is not_started, in_progress or done;
// words and target words are 0 or more.
Edit add_milestone(Milestone milestone);
Edit update_milestone(Milestone milestone);
Edit remove_milestone(std::string id);

// ---- activities ---------------------------------------------------------------------------
// A new activity of `kind` on `day` as the programme describes the kind: its name as the title,
// its default hours and its first reflection length (if it asks for one); no id yet.
Activity new_activity(const Catalogue& catalogue, EventKind kind, Date day);

// The kind must be one the programme offers, the standards and behaviours catalogue ids; hours 0
// to 24; the reflection 0 or one of the kind's lengths. An empty id gets "activity-N".
Edit add_activity(const Catalogue& catalogue, Activity activity);
Edit update_activity(const Catalogue& catalogue, Activity activity);
Edit remove_activity(std::string id);

// ---- progress reviews ----------------------------------------------------------------------
// Attendees must be catalogue review attendees. An empty id gets "review-N".
Edit add_review(const Catalogue& catalogue, Review review);
Edit update_review(const Catalogue& catalogue, Review review);
Edit remove_review(std::string id);
// Records (or withdraws, with signed_off false) one party's sign-off: "apprentice", "mentor"
// or "tutor".
Edit sign_off_review(std::string review_id, std::string party, SignOff sign_off);

// ---- logged off-the-job hours ------------------------------------------------------------
// Hours more than 0 and at most 24. An empty id gets "hours-N".
Edit add_hours(HoursEntry entry);
Edit update_hours(HoursEntry entry);
Edit remove_hours(std::string id);

// ---- gateway and end-point assessment -----------------------------------------------------
// Sets (or with nullopt clears) the date of a catalogue EPA step; "gateway" sets the gateway.
Edit set_epa_step_date(const Catalogue& catalogue, std::string step_id, std::optional<Date> day);

}  // namespace planner::edits
