#pragma once
// Dissertation: the milestones (proposal from Module 2, ethics approval, literature review,
// methods, data collection, analysis, draft chapters, final submission) with dates, status and
// words towards 10,000; add, edit and delete.
namespace planner {

struct ViewContext;

void draw_dissertation(const ViewContext& context);

}  // namespace planner
