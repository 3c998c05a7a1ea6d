#pragma once
// "Next up": what is due in the next weeks, what is overdue (with one-click "Mark done"), overall
// progress (modules, dissertation words, reviews, portfolio evidence) and what needs attention.
namespace planner {

struct ViewContext;

void draw_next_up(const ViewContext& context);

}  // namespace planner
