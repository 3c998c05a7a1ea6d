#pragma once
// The details of one progress review, edited in place: the date, who attends, the notes, the
// actions agreed (add, edit, remove) and each party's sign-off (name from the profile, today's
// date; withdraw to undo a sign-off). Every change is a named edit.
#include <string>
#include <string_view>

#include "core/plan/plan.hpp"

namespace planner {

struct ViewContext;
struct ReviewsState;

// "Apprentice", "Workplace mentor or line manager", "Academic tutor".
std::string_view party_name(std::string_view party);
// The party's sign-off on the review (apprentice, mentor or tutor), or null for another id.
const SignOff* sign_off_of(const Review& review, std::string_view party);
// Parties who have signed the review off.
int sign_offs(const Review& review);

void draw_review_details(const ViewContext& context, ReviewsState& state, const Review& review);

}  // namespace planner
