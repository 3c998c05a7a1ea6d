#pragma once
// Modules: the module sequence as a reorderable list (drag and drop, and keyboard), each
// module's details (learning outcomes, standards, sessions at Park House with editable dates,
// deadlines, word limits), and the credits tally towards 180.
namespace planner {

struct ViewContext;

void draw_modules(const ViewContext& context);

}  // namespace planner
