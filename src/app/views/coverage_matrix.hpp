#pragma once
// The Coverage view's matrix: standards and behaviours down the side (sticky), the pieces of
// evidence across the top (sticky, short labels, the full name on hover, a click goes to the
// piece), a symbol in each cell where a piece evidences the row: ✓ done, ○ planned. Gap rows are
// marked and carry "Plan shadowing". Only the rows and columns in view are drawn.
#include "app/widgets/controls.hpp"

namespace planner {

struct ViewContext;
struct CoverageState;

void draw_coverage_matrix(const ViewContext& context, CoverageState& state, float height);

// The row's status as a symbol and its colour: ✗ a gap, ○ planned only, ✓ done.
struct EvidenceLook {
  const char* symbol;
  ImVec4 colour;
  const char* words;  // "gap: nothing planned evidences it", "planned, nothing done yet", "done"
};
EvidenceLook row_look(int status);  // Evidence as int: 0 none, 1 planned, 2 done

}  // namespace planner
