#pragma once
// Activities: shadowing (who, role, date, focus, standards and behaviours it evidences,
// reflection of 500 or 1000 words, status), peer observation, action learning sets, mentoring
// meetings, guest sessions and diary entries; add, edit and delete.
namespace planner {

struct ViewContext;

void draw_activities(const ViewContext& context);

}  // namespace planner
