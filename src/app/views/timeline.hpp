#pragma once
// Timeline: one zoomable, pannable chart of everything (modules with their phases, sessions,
// deadlines, dissertation milestones, activities, reviews, leave), a today line, bank holidays
// shaded, clashes marked; drag a module or an event to move it with snapping to working days
// (checks update live while dragging); hover for details; keyboard moves for the selected item.
// Its background is painted by the GPU shader (widgets/timeline_background.hpp).
namespace planner {

struct ViewContext;

void draw_timeline(const ViewContext& context);

}  // namespace planner
