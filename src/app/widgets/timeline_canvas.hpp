#pragma once
// The timeline canvas: rows of marks (bars, blocks, diamonds, dots) over a calendar, with row
// labels in a fixed left column, a date axis at the top that adapts to the zoom, and a background
// (weekends, bank holidays, leave, busy periods, the grid, the today line, a workload strip)
// painted by TimelineBackground: on the GPU when the host gives a painter.
//
// Input, all handled here so the view only turns what happened into edits:
//   - Ctrl+wheel (and a pinch, which arrives as one) zooms around the pointer; the wheel scrolls
//     the rows when they overflow, else pans in time; Shift+wheel and sideways wheels pan in time;
//     dragging the background pans both ways; a finger pan arrives as wheel events.
//   - Pressing a mark reports it (to select it); dragging a movable mark reports how many days it
//     has travelled every frame, with the chart panning when the pointer nears an edge.
//   - With the chart focused (clicked, or reached with Tab): Left/Right nudge the selected mark
//     (Shift: further), Up/Down select the previous/next mark in time, Enter opens it, Escape
//     deselects; with nothing selected Left/Right pan, Up/Down/Enter select the first mark in
//     view, + and - zoom.
// Each mark drawn is registered with automation::add_custom_item under its stable id and label.
//
// Cost: per frame it touches only the marks whose days overlap the view (a compare per mark) and
// the axis cells in view; everything else is the caller's per-revision cache (TimelineChart).
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/widgets/timeline_background.hpp"
#include "app/widgets/timeline_scale.hpp"
#include "core/calendar/date.hpp"
#include "imgui.h"

namespace planner::ui {

enum class MarkShape {
  span,     // a bar over its days with its text inside: the upper tier of a tall row (a module)
  band,     // a tinted stretch in the lower tier of a tall row (online study)
  block,    // a solid block on its days in the lower tier of a tall row (a face-to-face day)
  diamond,  // a diamond on its day, text beside it where there is room (deadlines, milestones)
  dot,      // a dot on its day, text beside it where there is room (activities, reviews)
  period,   // a bar over its days filling the row, its text inside (leave, busy periods)
};

// A finding involves the mark: outlined and badged in the severity's colour.
enum class MarkAlert { none, warning, error };

struct TimelineMark {
  ImGuiID id = 0;     // stable across frames and runs: timeline_mark_id(the item's id)
  std::string label;  // what automation reports: "Module 3", else the event's title
  std::string text;   // drawn on or beside the mark, where it fits
  int first_day = 0;  // days since the chart's first day
  int end_day = 1;    // exclusive
  MarkShape shape = MarkShape::dot;
  ImVec4 colour;  // the kind's colour: markers, outlines
  ImVec4 fill;    // the kind's light tint: bars with text on them
  MarkAlert alert = MarkAlert::none;
  bool movable = false;    // dragging moves it (or the mark it belongs to: see `moves_with`)
  ImGuiID moves_with = 0;  // pressing and dragging act on this mark instead (an online block: its module)
  int tag = -1;            // the caller's own index (its event)
};

struct TimelineRow {
  std::string label;                // in the left column: "Module 3", "Dissertation", "Shadowing"
  std::string detail;               // the label's tooltip (the module's full title); empty: none
  bool tall = false;                // two tiers: span text above, phases (band, block, diamond) below
  bool starts_group = false;        // a stronger rule above it: modules, then the dissertation, …
  std::vector<TimelineMark> marks;  // drawn in order; markers sorted by day in single-tier rows
};

struct TimelineChart {
  Date first_day;     // day 0
  int day_count = 0;  // the chart never pans or zooms beyond these days
  std::vector<TimelineRow> rows;
};

// The stable id of the mark for an item: the same on every run (tests find marks by it).
ImGuiID timeline_mark_id(std::string_view item_id);

// What the canvas keeps between frames; lives in the view's state. `background` is painted by a
// GPU callback after the frame is built, so it must outlive the frame: it lives here too.
struct TimelineCanvasState {
  TimelineScale scale;
  float scroll_y = 0;     // rows scrolled up, CSS pixels
  bool placed = false;    // the scale has been set for a chart width
  float chart_width = 0;  // the last frame's, for requests made before the next layout

  // Requests for the next frame (from the toolbar, the view or navigation).
  std::optional<ZoomLevel> zoom_request;  // keeps the centre
  std::optional<double> centre_request;   // a day to bring to the centre
  ImGuiID reveal_request = 0;             // a mark to bring into view (scrolling its row too)

  enum class Gesture { none, pressed, panning, dragging };
  Gesture gesture = Gesture::none;
  ImGuiID gesture_mark = 0;  // pressed or dragged (the mark that moves); 0: the background
  ImVec2 press_position;
  TimelineScale press_scale;
  float press_scroll_y = 0;
  double press_day = 0;  // the (fractional) day under the pointer when pressed

  TimelineBackground background;  // day data filled by the caller; geometry set here every frame
};

struct TimelineCanvasOptions {
  ImGuiID selected = 0;              // drawn highlighted; what the keys act on
  double initial_day = 0;            // the first time the chart is shown, this day is near its left edge
  std::optional<double> today;       // chart day of today: labelled on the axis
  bool read_only = false;            // nothing moves
  ImDrawCallback painter = nullptr;  // Host::timeline_painter()
  // Where a mark dragged by `days` would land (its first chart day): the guide and the date shown
  // while dragging.
  std::function<int(const TimelineMark& mark, double days)> drag_target;
};

// What happened this frame.
struct TimelineInteraction {
  const TimelineMark* hovered = nullptr;           // under the pointer (never while a button is held)
  std::vector<const TimelineMark*> hovered_stack;  // it and the markers sharing its spot, topmost first
  std::optional<int> hovered_workload_day;         // the workload strip's day under the pointer
  const TimelineMark* pressed = nullptr;           // pressed this frame: select it
  bool pressed_nothing = false;                    // clicked the background without dragging: deselect
  const TimelineMark* dragged = nullptr;           // being dragged this frame
  double drag_days = 0;                            // how far, in days (fractional), since it was pressed
  int nudge = 0;                                   // -1 / +1: Left / Right with a mark selected
  bool nudge_large = false;                        // with Shift
  const TimelineMark* select = nullptr;            // Up / Down (or Enter with nothing selected): select it
  bool open = false;                               // Enter on the selected mark
  bool deselect = false;                           // Escape
};

// Draws the canvas at the cursor, `size` in CSS pixels, and reports what the user did. `name` is
// the chart's accessible name ("##Timeline chart").
TimelineInteraction timeline_canvas(const char* name, TimelineCanvasState& state, const TimelineChart& chart,
                                    const TimelineCanvasOptions& options, ImVec2 size);

// The chart's day 0 moved by `days` (the plan grew earlier or later): keeps the view, and a
// gesture under way, on the same calendar days.
void shift_days(TimelineCanvasState& state, int days);

// The height that shows every row without scrolling: a canvas needs no more.
float timeline_canvas_full_height(const TimelineChart& chart);

// A mark of the chart by id, or nullptr.
const TimelineMark* find_mark(const TimelineChart& chart, ImGuiID id);

}  // namespace planner::ui
