#pragma once
// A row of a list of plan items (Activities, Reviews): a selectable two-line row with the item's
// event-kind colour as a bar at its left, a bold title, a muted line of details and a status chip
// at its right, with a mentor's comments' marker before it. Fixed height, so long lists can be
// clipped (ImGuiListClipper).
#include <string>
#include <string_view>

#include "app/widgets/review_notes.hpp"
#include "imgui.h"

namespace planner::ui {

struct ListRowContent {
  ImVec4 bar;  // the event kind's colour
  std::string title;
  ImFont* title_font;  // bold
  ImVec4 title_colour;
  std::string detail;
  ImVec4 detail_colour;
  std::string status;  // the chip's text: a symbol and a word, never colour alone
  ImVec4 status_colour;
  ItemComments comments = {};  // a mentor's comments on the item: a marker before the chip
};

// The row's height for the current font.
float list_row_height();
// Draws the row at the cursor; `name` is its accessible name. Returns true when clicked or
// activated with the keyboard.
bool list_row(std::string_view id, std::string_view name, bool selected, const ListRowContent& content);

}  // namespace planner::ui
