#include "app/views/item_comments.hpp"

#include "app/view_context.hpp"
#include "app/widgets/review_notes.hpp"
#include "core/review/mentor_review.hpp"

namespace planner {

void draw_item_comments(const ViewContext& context, std::string_view item, bool with_parts) {
  const ui::CommentLook look{.bold = context.fonts.bold, .read_only = context.read_only};
  if (auto edit = ui::item_comments(comments_on_item(context.plan, item, with_parts), item, look))
    context.apply(std::move(*edit));
}

}  // namespace planner
