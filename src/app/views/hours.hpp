#pragma once
// Hours: off-the-job hours planned (from the plan) and logged, per week and in total, against
// the chosen policy; log, edit and delete hours.
namespace planner {

struct ViewContext;

void draw_hours(const ViewContext& context);

}  // namespace planner
