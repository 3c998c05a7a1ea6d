#pragma once
// Reviews: the 6-weekly tripartite progress reviews (made by "Suggest a plan", editable). A list
// of them with their status (upcoming, held, signed off by n of 3) and, between them, the gaps
// longer than the review interval with their fix; beside it the selected review: its date, who
// attends, notes, the actions agreed, and a sign-off per party. Add (dated the interval after the
// last, on a working day) and delete with a way back.
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar/date.hpp"
#include "core/plan/plan.hpp"

namespace planner {

struct ViewContext;

struct ReviewsState {
  // The review last deleted here, offered back until dismissed or brought back by undo.
  std::optional<Review> removed;
  std::string scroll_to;  // a review id to scroll the list to once
  Date new_review_date;   // the date in the "Add a review" popup while it is open
  // Sign-offs being filled in (name, date) for the selected review, by party; started afresh
  // with the profile's names and today's date when another review is selected.
  std::string sign_off_review;
  std::map<std::string, SignOff> sign_off_drafts;
  bool focus_new_action = false;  // put the cursor in the action just added

  // The list with its gap rows, recomputed only when the plan changes.
  struct Row {
    bool gap = false;       // a gap between reviews (a finding) rather than a review
    std::size_t index = 0;  // into plan.reviews, or into derived.findings for a gap
  };
  struct Listing {
    std::uint64_t revision = std::numeric_limits<std::uint64_t>::max();
    std::vector<Row> rows;
    int gaps = 0;
    int signed_off = 0;               // reviews signed off by every party
    int awaiting = 0;                 // reviews whose day has come and that are not yet signed off by all
    std::optional<std::size_t> next;  // the next review from today, into plan.reviews
  } listing;
};

void draw_reviews(const ViewContext& context);

}  // namespace planner
