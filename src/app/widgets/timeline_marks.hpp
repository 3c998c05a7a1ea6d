#pragma once
// The timeline's marks on screen: where each shape sits in its row (MarkBox), and how it is drawn,
// with the overlays that say it is hovered, selected or involved in a finding. Used by the canvas
// (timeline_canvas.cpp), which decides which marks are in view.
#include "app/theme.hpp"
#include "app/widgets/timeline_canvas.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace planner::ui {

// A row's place on screen.
struct RowBox {
  float top = 0;
  float bottom = 0;
  bool tall = false;
  // The bar's extent inside the row, and in a tall row its two tiers.
  float bar_top() const;
  float bar_bottom() const;
  float tier_split() const;  // tall rows: the title tier above, the phase tier below
};

struct MarkBox {
  const TimelineMark* mark = nullptr;
  ImRect shape;          // what is drawn
  ImRect hit;            // what the pointer hits (at least a fingertip wide)
  ImRect item;           // what automation reports: the part a click at its centre selects this mark
  float text_limit = 0;  // markers: their text beside them stops here (the next marker)
};

// Places `mark`, whose days start at `x0` and end at `x1` (CSS pixels), in its row.
MarkBox place_mark(const TimelineMark& mark, const RowBox& row, float x0, float x1);

struct MarkLook {
  bool hovered = false;
  bool selected = false;
  bool dragged = false;
};

// The mark itself and its text; `visible_left` is where the chart's columns start (a bar that
// starts before it keeps its text in view).
void draw_mark(ImDrawList* draw_list, const MarkBox& box, const RowBox& row, float visible_left,
               const Palette& palette);
// Outlines and badges, drawn over every mark so none hides another's.
void draw_mark_overlay(ImDrawList* draw_list, const MarkBox& box, const MarkLook& look, const Palette& palette);

}  // namespace planner::ui
