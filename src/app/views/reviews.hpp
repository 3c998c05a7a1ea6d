#pragma once
// Reviews: the 6-weekly tripartite progress reviews (generated from the start date, editable):
// date, who attends, notes, actions, and a sign-off per party; add, edit and delete.
namespace planner {

struct ViewContext;

void draw_reviews(const ViewContext& context);

}  // namespace planner
