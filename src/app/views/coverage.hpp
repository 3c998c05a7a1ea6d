#pragma once
// Coverage: the matrix of L7 standards and behaviours against the modules, dissertation and
// activities that evidence them, gaps marked, and portfolio readiness for the gateway.
namespace planner {

struct ViewContext;

void draw_coverage(const ViewContext& context);

}  // namespace planner
