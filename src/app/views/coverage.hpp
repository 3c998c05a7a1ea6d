#pragma once
// Coverage: the matrix of the L7 standards and the behaviours (rows) against the modules, the
// dissertation and the activities that evidence them (columns), planned and done told apart by
// symbol as well as colour, gaps marked and counted with a way to act on each ("Plan shadowing"
// opens the Activities form ready to evidence it), and portfolio readiness for the gateway.
// Stays readable with many activity columns: the first columns and the header stay put while the
// rest scrolls; headers are short labels with the full name on hover.
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace planner {

struct ViewContext;

struct CoverageState {
  enum class Rows { all, gaps, not_done };               // which standards and behaviours show
  enum class Columns { all, done, taught, activities };  // which evidence shows
  Rows rows_filter = Rows::all;
  Columns columns_filter = Columns::all;
  std::string selected_row;      // the standard or behaviour whose details show under the matrix
  std::string scroll_to;         // a row to scroll the matrix to once
  std::string details_revealed;  // the selected row whose details were last scrolled into view

  // What the matrix shows, recomputed only when the plan or a filter changes.
  struct Layout {
    static constexpr int kSection = -1;  // in `rows`: the heading before the behaviours
    std::uint64_t revision = std::numeric_limits<std::uint64_t>::max();
    Rows rows_filter = Rows::all;
    Columns columns_filter = Columns::all;
    std::vector<int> rows;     // indexes into coverage.rows, and kSection
    std::vector<int> columns;  // indexes into coverage.columns
    int columns_matching = 0;  // before the cap on columns a table can hold
    int gaps = 0, not_done = 0, done_columns = 0, taught_columns = 0, activity_columns = 0;
  } layout;
};

void draw_coverage(const ViewContext& context);

}  // namespace planner
