#pragma once
// The mentor review in the app (docs/product.md §14).
//
// The reviewer's side: a plan opened from a link "for review" becomes a session over a copy of it
// (ExportState::review): the whole screen shows that plan's items read-only, the reviewer picks
// any item (module, session, deadline, milestone, activity, review, finding, or the plan as a
// whole), writes comments, records a decision with their name, role and date, and sends the
// review back as a link or a file. Their own plan is never touched; closing the session drops
// the copy. window.planner.state().mode is "review" meanwhile.
//
// The apprentice's side: after importing a review, "Mentor review" lists the decisions and each
// comment with its item (flagged when the item is no longer in the plan), to resolve or reopen,
// with a way to go to the item.
#include <optional>
#include <string>

#include "core/plan/document.hpp"
#include "core/plan/plan.hpp"
#include "core/review/mentor_review.hpp"

namespace planner {

struct ViewContext;
struct ExportState;
class ExportPort;

void start_review(ExportState& state, const Plan& shared);
// The reviewer's copy while a review is in progress (what is on screen, and what undo acts on),
// else nullptr.
Document* review_document(ExportState& state);
// The review as it stands, as it would be sent.
MentorReview current_review(const ExportState& state);
// Why the review cannot be sent yet (no name, nothing said), or nothing.
std::optional<std::string> review_not_ready(const ExportState& state);

void draw_review_session(const ViewContext& context, ExportState& state, ExportPort& port);
void draw_review_comments(const ViewContext& context, ExportState& state);

}  // namespace planner
