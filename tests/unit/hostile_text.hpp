#pragma once
// The hostile-text fixture for every export ("<script>, quotes, commas, semicolons,
// newlines, emoji ... escaped and intact"): the clean plan with text that breaks naive HTML, CSV
// and iCalendar writers in every free-text field an export shows.
#include <string>

#include "planning_fixtures.hpp"

namespace planner::fixtures {

// One line: markup, both quotes, the CSV and iCalendar separators, a backslash, a formula lead,
// non-ASCII letters and an emoji (4 UTF-8 octets) so folding has something to split.
inline const std::string kHostileLine =
    "=HYPERLINK(\"x\") <script>alert('x')</script> & \"quotes\", commas; semis \\ back 😀 Zoë";
// Several lines, CRLF and LF alike.
inline const std::string kHostileNotes = "First line, with comma\r\nSecond; \"quoted\" <b>bold</b>\nThird 🧪 done";

inline Plan hostile_plan() {
  Plan plan = clean_plan();
  plan.name = kHostileLine;
  plan.profile.apprentice = kHostileLine;
  plan.dissertation.title = kHostileLine;
  plan.dissertation.milestones.front().notes = kHostileNotes;
  Activity& first = plan.activities.front();
  first.title = kHostileLine;
  first.with_whom = kHostileLine;
  first.notes = kHostileNotes;
  plan.reviews.front().notes = kHostileNotes;
  return plan;
}

}  // namespace planner::fixtures
