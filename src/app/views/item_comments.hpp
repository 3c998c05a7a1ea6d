#pragma once
// A mentor's review comments in a view, on the item they are about: the shared widgets
// of widgets/review_notes.hpp with the view's plan, fonts and edits. Every view that shows an
// item's details calls draw_item_comments with the item's reference (core/plan/item_ref.hpp); rows
// show ui::comment_marker with comments_on_item() (core/review/mentor_review.hpp).
#include <string_view>

namespace planner {

struct ViewContext;

// The comments on `item` (with `with_parts`, also on its sessions and deadlines: a module) under
// "Mentor comments", each with Resolve / Reopen; nothing when it has none.
void draw_item_comments(const ViewContext& context, std::string_view item, bool with_parts = false);

}  // namespace planner
