#pragma once
// A mentor's review comments shown on the items they are about (docs/product.md §14), drawn
// the same way in every view (Modules, Dissertation, Activities, Reviews, Checks) and in the
// "Mentor review" window:
//   - comment_marker(): a chip on the item's row, "❝ 2" while two comments are open, "❝ ✓" once
//     all are resolved, named for automation and screen readers ("2 open mentor comments on …");
//   - review_comment(): one comment (what it is on, its text, author and date) with Resolve or
//     Reopen;
//   - item_comments(): an item's comments in its details, under "Mentor comments".
// Resolving is an edit like any other (one undo step): the widgets return it and the view applies
// it. The comments come from comments_on_item() (core/review/mentor_review.hpp).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan/document.hpp"
#include "core/plan/plan.hpp"
#include "imgui.h"

namespace planner::ui {

using ItemComments = std::vector<const ReviewComment*>;

// "2 open mentor comments", "1 resolved mentor comment"; empty when there are none.
std::string comments_in_words(const ItemComments& comments);

// The marker's width at the current font, 0 when there are no comments (rows make room with it).
float comment_marker_width(const ItemComments& comments);
// Draws the marker chip with its top left at `min`, submitting no item (inside custom-drawn rows),
// reported to automation as "<comments_in_words> on <item_name>". Nothing when there are none.
void draw_comment_marker(ImDrawList* draw_list, ImVec2 min, const ItemComments& comments, std::string_view item_name);
// The same at the cursor, advancing it as ui::chip does, with the words as its tooltip.
void comment_marker(const ItemComments& comments, std::string_view item_name);

struct CommentLook {
  ImFont* bold = nullptr;
  bool show_item = false;  // say what it is on (the item's label when the comment was written)
  bool read_only = false;  // no Resolve / Reopen
};
// One comment; returns the resolve or reopen edit pressed this frame.
std::optional<Edit> review_comment(const ReviewComment& comment, const CommentLook& look);

// The comments on the item `item` (and its parts) under the title "Mentor comments", those on a
// part saying which part; nothing when there are none. Returns the edit pressed this frame.
std::optional<Edit> item_comments(const ItemComments& comments, std::string_view item, const CommentLook& look);

}  // namespace planner::ui
