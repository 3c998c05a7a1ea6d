#include "app/widgets/timeline_canvas.hpp"

#include <algorithm>
#include <climits>
#include <cmath>

#include "app/automation.hpp"
#include "app/theme.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/timeline_axis.hpp"
#include "app/widgets/timeline_marks.hpp"
#include "imgui_internal.h"

namespace planner::ui {
namespace {

// Screen positions are ImGui's floats; days and the scale are doubles (a day a pixel over years).
double wide(float value) { return static_cast<double>(value); }

constexpr ImGuiKey kChartKeys[] = {ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_UpArrow,       ImGuiKey_DownArrow,
                                   ImGuiKey_Escape,    ImGuiKey_Enter,      ImGuiKey_KeypadEnter,   ImGuiKey_Minus,
                                   ImGuiKey_Equal,     ImGuiKey_KeypadAdd,  ImGuiKey_KeypadSubtract};

// Where everything goes inside the canvas rectangle.
struct Layout {
  ImRect canvas;
  ImRect labels;             // the left column beside the rows and the workload strip
  ImRect axis;               // above the chart's columns
  ImRect rows;               // the chart's columns, between the axis and the workload strip
  ImRect chart;              // rows and strip: what the background paints
  ImRect strip;              // the workload strip along the bottom
  float content_height = 0;  // every row, stacked
};

float row_height(const TimelineRow& row) { return row.tall ? space(46) : space(30); }

float axis_height() { return 2 * (ImGui::GetFontSize() + space(8)); }
float strip_height() { return ImGui::GetFontSize() + space(4); }

Layout make_layout(const TimelineChart& chart, ImVec2 origin, ImVec2 size) {
  Layout layout;
  layout.canvas = ImRect(origin, ImVec2(origin.x + size.x, origin.y + size.y));
  float label_width = space(96);
  for (const TimelineRow& row : chart.rows)
    label_width = std::max(label_width, ImGui::CalcTextSize(row.label.c_str()).x);
  label_width = std::min(label_width + space(2 * kSpaceS + 4), size.x * 0.32f);
  const ImRect& c = layout.canvas;
  layout.axis = ImRect(ImVec2(c.Min.x + label_width, c.Min.y), ImVec2(c.Max.x, c.Min.y + axis_height()));
  layout.chart = ImRect(ImVec2(layout.axis.Min.x, layout.axis.Max.y), c.Max);
  layout.strip = ImRect(ImVec2(layout.chart.Min.x, c.Max.y - strip_height()), c.Max);
  layout.rows = ImRect(layout.chart.Min, ImVec2(c.Max.x, layout.strip.Min.y));
  layout.labels = ImRect(ImVec2(c.Min.x, layout.chart.Min.y), ImVec2(layout.chart.Min.x, c.Max.y));
  for (const TimelineRow& row : chart.rows) layout.content_height += row_height(row);
  return layout;
}

float max_scroll(const Layout& layout) { return std::max(0.0f, layout.content_height - layout.rows.GetHeight()); }

// Every mark that may be selected, in time order (then top to bottom): Up and Down step through it.
std::vector<const TimelineMark*> marks_in_time_order(const TimelineChart& chart) {
  std::vector<std::pair<std::pair<int, int>, const TimelineMark*>> ordered;
  for (std::size_t row = 0; row < chart.rows.size(); ++row)
    for (const TimelineMark& mark : chart.rows[row].marks)
      if (mark.moves_with == 0) ordered.push_back({{mark.first_day, static_cast<int>(row)}, &mark});
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const TimelineMark*> marks;
  marks.reserve(ordered.size());
  for (const auto& entry : ordered) marks.push_back(entry.second);
  return marks;
}

// Brings a mark's days into view and scrolls its row into the rows area.
void reveal(TimelineCanvasState& state, const TimelineChart& chart, const Layout& layout, ImGuiID id) {
  float top = 0;
  for (const TimelineRow& row : chart.rows) {
    const float height = row_height(row);
    for (const TimelineMark& mark : row.marks) {
      if (mark.id != id) continue;
      state.scale =
          pan_to_show(state.scale, wide(layout.rows.GetWidth()), mark.first_day, mark.end_day, wide(space(48)));
      if (top < state.scroll_y) state.scroll_y = top;
      if (top + height > state.scroll_y + layout.rows.GetHeight())
        state.scroll_y = top + height - layout.rows.GetHeight();
      return;
    }
    top += height;
  }
}

// Zoom and pan from the wheel (a trackpad, a mouse, a finger's pan or pinch).
void apply_wheel(TimelineCanvasState& state, const Layout& layout) {
  const ImGuiIO& io = ImGui::GetIO();
  const float wheel_x = io.MouseWheelH, wheel_y = io.MouseWheel;
  if (wheel_x == 0 && wheel_y == 0) return;
  if (io.KeyCtrl) {
    // A pinch arrives as Ctrl+wheel of log(distance ratio) × 4: exp(wheel / 4) follows the fingers.
    const float anchor = std::clamp(io.MousePos.x - layout.chart.Min.x, 0.0f, layout.chart.GetWidth());
    if (wheel_y != 0) state.scale = zoom_around(state.scale, std::exp(wide(wheel_y) * 0.25), wide(anchor));
    return;
  }
  // One wheel step stands for as many pixels as a finger pan sends per step (web_input.cpp).
  const float step = 5.0f * ImGui::GetFontSize();
  float dx = -wheel_x * step, dy = -wheel_y * step;
  const bool rows_scroll = max_scroll(layout) > 0;
  if ((io.KeyShift || !rows_scroll) && wheel_x == 0) {
    // Shift+wheel, or nothing to scroll up and down: the wheel moves through time.
    dx = dy;
    dy = 0;
  }
  state.scale = pan(state.scale, wide(dx));
  state.scroll_y += dy;
}

// Near the chart's left or right edge, a drag pans the chart towards it (faster the closer).
void auto_pan(TimelineCanvasState& state, const Layout& layout) {
  const ImGuiIO& io = ImGui::GetIO();
  const float zone = space(36);
  const float from_left = io.MousePos.x - layout.rows.Min.x, from_right = layout.rows.Max.x - io.MousePos.x;
  float speed = 0;  // CSS pixels a second
  if (from_left < zone) speed = -(zone - std::max(from_left, 0.0f)) * 24.0f;
  else if (from_right < zone) speed = (zone - std::max(from_right, 0.0f)) * 24.0f;
  if (speed != 0) state.scale = pan(state.scale, wide(speed * io.DeltaTime));
}

struct Frame {
  std::vector<MarkBox> boxes;  // marks in view, in drawing order
  std::vector<RowBox> rows;    // every row, on screen
  std::vector<int> box_rows;   // each box's row
};

// The marks in view, placed. Per mark the cost is one overlap test for marks out of view.
void place_marks(const TimelineChart& chart, const Layout& layout, const TimelineScale& scale, float scroll_y,
                 Frame& frame) {
  frame.boxes.clear();
  frame.box_rows.clear();
  frame.rows.clear();
  const double first_visible = scale.left_day - 1;
  const double last_visible = scale.day_at(wide(layout.rows.GetWidth())) + 1;
  const float left = layout.rows.Min.x;
  float top = layout.rows.Min.y - scroll_y;
  for (const TimelineRow& row : chart.rows) {
    const RowBox row_box{top, top + row_height(row), row.tall};
    frame.rows.push_back(row_box);
    top = row_box.bottom;
    if (row_box.bottom < layout.rows.Min.y || row_box.top > layout.rows.Max.y) continue;
    const std::size_t row_start = frame.boxes.size();
    for (const TimelineMark& mark : row.marks) {
      // Markers reach a little beyond their day: keep those just out of view for their text.
      if (mark.end_day < first_visible - 30 / scale.px_per_day || mark.first_day > last_visible) continue;
      const float x0 = left + static_cast<float>(scale.x_of(mark.first_day));
      const float x1 = left + static_cast<float>(scale.x_of(mark.end_day));
      frame.boxes.push_back(place_mark(mark, row_box, x0, x1));
      frame.box_rows.push_back(static_cast<int>(frame.rows.size() - 1));
    }
    // A marker's text runs up to the next marker in its row (rows of markers are sorted by day);
    // of markers stacked on one spot, only the topmost (the last) has its text.
    for (std::size_t i = row_start; i < frame.boxes.size(); ++i) {
      MarkBox& box = frame.boxes[i];
      box.text_limit = layout.rows.Max.x;
      if (i + 1 < frame.boxes.size()) box.text_limit = std::min(box.text_limit, frame.boxes[i + 1].shape.Min.x);
    }
  }
}

// The topmost mark under `point` (the last drawn wins), or nullptr.
const MarkBox* hit(const Frame& frame, const Layout& layout, ImVec2 point) {
  if (!layout.rows.Contains(point)) return nullptr;
  for (auto it = frame.boxes.rbegin(); it != frame.boxes.rend(); ++it)
    if (it->hit.Contains(point)) return &*it;
  return nullptr;
}

const TimelineMark* acting_mark(const TimelineChart& chart, const TimelineMark& mark) {
  if (mark.moves_with == 0) return &mark;
  const TimelineMark* owner = find_mark(chart, mark.moves_with);
  return owner != nullptr ? owner : &mark;
}

void paint_background(TimelineCanvasState& state, const TimelineChart& chart, const Layout& layout,
                      const TimelineCanvasOptions& options, ImDrawList* draw_list) {
  TimelineBackground& bg = state.background;
  const ImGuiIO& io = ImGui::GetIO();
  bg.min = layout.chart.Min;
  bg.max = layout.chart.Max;
  // The day data may start on another day than the chart's day 0.
  bg.first_visible_day = state.scale.left_day - days_between(chart.first_day, bg.first_day);
  bg.days_per_pixel = 1.0 / state.scale.px_per_day;
  bg.today = options.today ? *options.today - days_between(chart.first_day, bg.first_day) : -1.0;
  bg.heat_strip_height = layout.strip.GetHeight();
  bg.pixel_ratio = io.DisplayFramebufferScale.x > 0 ? io.DisplayFramebufferScale.x : 1.0f;
  draw_list->PushClipRect(layout.chart.Min, layout.chart.Max, true);
  paint_timeline_background(draw_list, bg, options.painter);
  draw_list->PopClipRect();
}

void draw_labels(ImDrawList* draw_list, const TimelineChart& chart, const Layout& layout, const Frame& frame,
                 const Palette& palette) {
  const ImRect& column = layout.labels;
  draw_list->AddRectFilled(column.Min, column.Max, packed(palette.surface));
  draw_list->PushClipRect(column.Min, ImVec2(column.Max.x, layout.rows.Max.y), true);
  const float pad = space(kSpaceS);
  for (std::size_t i = 0; i < chart.rows.size(); ++i) {
    const RowBox& row = frame.rows[i];
    if (row.bottom < layout.rows.Min.y || row.top > layout.rows.Max.y) continue;
    const TimelineRow& data = chart.rows[i];
    const float y = (row.tall ? (row.bar_top() + row.tier_split()) * 0.5f : (row.top + row.bottom) * 0.5f) -
                    ImGui::GetFontSize() * 0.5f;
    ImGui::PushStyleColor(ImGuiCol_Text, palette.text);
    ImGui::RenderTextEllipsis(draw_list, ImVec2(column.Min.x + pad, y),
                              ImVec2(column.Max.x - pad, y + ImGui::GetFontSize()), column.Max.x - pad,
                              column.Max.x - pad, data.label.c_str(), nullptr, nullptr);
    ImGui::PopStyleColor();
    if (data.starts_group && i > 0)
      draw_list->AddLine(ImVec2(column.Min.x, row.top), ImVec2(layout.rows.Max.x, row.top),
                         packed(with_alpha(palette.text_muted, 0.45f)));
  }
  draw_list->PopClipRect();
  const float strip_text = layout.strip.GetCenter().y - ImGui::GetFontSize() * 0.5f;
  draw_list->AddText(ImVec2(column.Min.x + pad, strip_text), packed(palette.text_muted), "Workload");
  draw_list->AddLine(ImVec2(column.Min.x, layout.strip.Min.y), ImVec2(layout.strip.Max.x, layout.strip.Min.y),
                     packed(palette.border));
  draw_list->AddLine(ImVec2(column.Max.x - 0.5f, layout.canvas.Min.y), ImVec2(column.Max.x - 0.5f, column.Max.y),
                     packed(palette.border));
}

// When the rows overflow, a thin bar at the right edge says how far down they are scrolled.
void draw_scroll_indicator(ImDrawList* draw_list, const Layout& layout, float scroll_y, const Palette& palette) {
  const float overflow = max_scroll(layout);
  if (overflow <= 0) return;
  const float track = layout.rows.GetHeight() - space(4);
  const float thumb = std::max(space(24), track * layout.rows.GetHeight() / layout.content_height);
  const float top = layout.rows.Min.y + space(2) + (track - thumb) * scroll_y / overflow;
  const float x = layout.rows.Max.x - space(6);
  draw_list->AddRectFilled(ImVec2(x, top), ImVec2(x + space(4), top + thumb),
                           packed(with_alpha(palette.text_muted, 0.6f)), space(2));
}

// While a mark is dragged: a guide at the day it would land on and that day's date on the axis.
void draw_drag_target(ImDrawList* draw_list, const TimelineChart& chart, const Layout& layout,
                      const TimelineScale& scale, int target_day, const Palette& palette) {
  const float x = layout.rows.Min.x + static_cast<float>(scale.x_of(target_day));
  if (x < layout.rows.Min.x || x > layout.rows.Max.x) return;
  draw_list->AddLine(ImVec2(x, layout.chart.Min.y), ImVec2(x, layout.chart.Max.y), packed(palette.accent), 2.0f);
  const std::string date = chart.first_day.plus_days(target_day).display();
  const float middle = std::floor((layout.axis.Min.y + layout.axis.Max.y) * 0.5f);
  draw_axis_tag(draw_list, x, layout.axis.Min.y, middle, layout.axis.Min.x, layout.axis.Max.x, date.c_str(),
                palette.accent, palette.on_accent);
}

// ---- the frame's steps, in the order timeline_canvas takes them -----------------------------------

// The canvas item this frame: its rectangle laid out, and what the pointer and keyboard do with it.
struct CanvasItem {
  ImGuiID id = 0;
  bool hovered = false;
  bool focused = false;
  bool held = false;  // the left button is down on it
  Layout layout;
  double width = 0;  // the rows' width, as the scale takes it
};

// One invisible button over the whole canvas: the chart takes focus, keys and the pointer as one
// item, and finds the mark under the pointer itself.
CanvasItem claim_canvas(const char* name, const TimelineChart& chart, ImVec2 size) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  size = ImVec2(std::max(size.x, space(200)), std::max(size.y, space(160)));
  ImGui::InvisibleButton(name, size, ImGuiButtonFlags_MouseButtonLeft);
  CanvasItem item;
  item.id = ImGui::GetItemID();
  item.hovered = ImGui::IsItemHovered();
  item.focused = ImGui::IsItemFocused();
  item.held = ImGui::IsItemActive() && ImGui::IsMouseDown(ImGuiMouseButton_Left);
  item.layout = make_layout(chart, origin, size);
  item.width = wide(item.layout.rows.GetWidth());
  return item;
}

// The first placement, and the zoom or centre the toolbar, the view or navigation asked for.
void take_view_requests(TimelineCanvasState& state, const TimelineCanvasOptions& options, double width) {
  if (!state.placed) {
    state.scale.px_per_day = zoom_px_per_day(ZoomLevel::months, width);
    state.scale.left_day = options.initial_day - state.scale.days_across(width) * 0.05;
    state.placed = true;
  }
  if (state.zoom_request) {
    state.scale =
        zoom_around(state.scale, zoom_px_per_day(*state.zoom_request, width) / state.scale.px_per_day, width * 0.5);
    state.zoom_request.reset();
  }
  if (state.centre_request) {
    state.scale.left_day = *state.centre_request - state.scale.days_across(width) * 0.5;
    state.centre_request.reset();
  }
}

// The wheel, and a press that has started to move: a movable mark drags, anything else pans.
void move_view_with_pointer(TimelineCanvasState& state, const TimelineChart& chart,
                            const TimelineCanvasOptions& options, const CanvasItem& item) {
  const ImGuiIO& io = ImGui::GetIO();
  if (item.hovered) {
    // The wheel is the chart's while the pointer is over it: the view around must not scroll.
    ImGui::SetKeyOwner(ImGuiKey_MouseWheelY, item.id);
    ImGui::SetKeyOwner(ImGuiKey_MouseWheelX, item.id);
    apply_wheel(state, item.layout);
  }
  if (item.held && state.gesture == TimelineCanvasState::Gesture::pressed &&
      ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
    const TimelineMark* mark = state.gesture_mark != 0 ? find_mark(chart, state.gesture_mark) : nullptr;
    state.gesture = mark != nullptr && mark->movable && !options.read_only ? TimelineCanvasState::Gesture::dragging
                                                                           : TimelineCanvasState::Gesture::panning;
  }
  if (item.held && state.gesture == TimelineCanvasState::Gesture::panning) {
    state.scale.left_day = state.press_scale.left_day +
                           static_cast<double>(state.press_position.x - io.MousePos.x) / state.scale.px_per_day;
    state.scroll_y = state.press_scroll_y + (state.press_position.y - io.MousePos.y);
  }
  if (item.held && state.gesture == TimelineCanvasState::Gesture::dragging) auto_pan(state, item.layout);
}

// The keys, while the chart has the keyboard focus: with a mark selected they nudge it, step to
// the next or previous mark, open it or deselect it; with none they pan or select the first mark
// in view. + and - zoom either way.
void read_keys(TimelineCanvasState& state, const TimelineChart& chart, const TimelineCanvasOptions& options,
               const CanvasItem& item, const TimelineMark* selected, TimelineInteraction& result) {
  const ImGuiIO& io = ImGui::GetIO();
  for (ImGuiKey key : kChartKeys) ImGui::SetKeyOwner(key, item.id);
  const auto pressed = [&item](ImGuiKey key) { return ImGui::IsKeyPressed(key, item.id, ImGuiInputFlags_Repeat); };
  const bool left = pressed(ImGuiKey_LeftArrow), right = pressed(ImGuiKey_RightArrow);
  const bool up = pressed(ImGuiKey_UpArrow), down = pressed(ImGuiKey_DownArrow);
  const bool enter = pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeypadEnter);
  if (selected != nullptr) {
    if (left != right && !options.read_only) {
      result.nudge = left ? -1 : 1;
      result.nudge_large = io.KeyShift;
      state.reveal_request = selected->id;
    }
    if (up != down) {
      const std::vector<const TimelineMark*> order = marks_in_time_order(chart);
      const auto at = std::find(order.begin(), order.end(), selected);
      if (at != order.end()) {
        if (down && at + 1 != order.end()) result.select = *(at + 1);
        if (up && at != order.begin()) result.select = *(at - 1);
      }
    }
    if (enter) result.open = true;
    if (pressed(ImGuiKey_Escape)) result.deselect = true;
  } else {
    if (left != right) state.scale = pan(state.scale, (left ? -1.0 : 1.0) * item.width * (io.KeyShift ? 0.8 : 0.2));
    if (up || down || enter) {
      // The first mark in view, in time order.
      for (const TimelineMark* mark : marks_in_time_order(chart)) {
        if (mark->end_day > state.scale.left_day) {
          result.select = mark;
          break;
        }
      }
    }
  }
  if (pressed(ImGuiKey_Equal) || pressed(ImGuiKey_KeypadAdd))
    state.scale = zoom_around(state.scale, 1.25, item.width * 0.5);
  if (pressed(ImGuiKey_Minus) || pressed(ImGuiKey_KeypadSubtract))
    state.scale = zoom_around(state.scale, 0.8, item.width * 0.5);
  if (result.select != nullptr) state.reveal_request = result.select->id;
}

// A mark asked to be shown is brought into view; the view never leaves the chart's days or rows.
void settle_view(TimelineCanvasState& state, const TimelineChart& chart, const Layout& layout) {
  if (state.reveal_request != 0) {
    reveal(state, chart, layout, state.reveal_request);
    state.reveal_request = 0;
  }
  state.scale = clamp_to_days(state.scale, wide(layout.rows.GetWidth()), chart.day_count);
  state.scroll_y = std::clamp(state.scroll_y, 0.0f, max_scroll(layout));
}

// A press on a mark (or the background) starts a gesture; a dragged mark reports how far it has
// travelled; letting go ends the gesture (a press that went nowhere on the background deselects).
// Returns the mark being dragged, if any.
const TimelineMark* track_press_and_drag(TimelineCanvasState& state, const TimelineChart& chart, const CanvasItem& item,
                                         const Frame& frame, TimelineInteraction& result) {
  const ImGuiIO& io = ImGui::GetIO();
  const Layout& layout = item.layout;
  if (item.hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    const MarkBox* box = hit(frame, layout, io.MousePos);
    const TimelineMark* mark = box != nullptr ? acting_mark(chart, *box->mark) : nullptr;
    state.gesture = TimelineCanvasState::Gesture::pressed;
    state.gesture_mark = mark != nullptr ? mark->id : 0;
    state.press_position = io.MousePos;
    state.press_scale = state.scale;
    state.press_scroll_y = state.scroll_y;
    state.press_day = state.scale.day_at(wide(io.MousePos.x - layout.rows.Min.x));
    result.pressed = mark;
  }
  const TimelineMark* dragged = nullptr;
  if (state.gesture == TimelineCanvasState::Gesture::dragging) {
    dragged = find_mark(chart, state.gesture_mark);
    if (dragged != nullptr && item.held) {
      result.dragged = dragged;
      result.drag_days = state.scale.day_at(wide(io.MousePos.x - layout.rows.Min.x)) - state.press_day;
    }
  }
  if (state.gesture != TimelineCanvasState::Gesture::none && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    if (state.gesture == TimelineCanvasState::Gesture::pressed && state.gesture_mark == 0)
      result.pressed_nothing = true;
    state.gesture = TimelineCanvasState::Gesture::none;
  }
  return dragged;
}

// With no button held: the mark under the pointer (and the markers sharing its spot), a row
// label's full name as a tooltip, the workload strip's day. Returns the hovered mark's box.
const MarkBox* read_hover(const TimelineCanvasState& state, const TimelineChart& chart, const CanvasItem& item,
                          const Frame& frame, TimelineInteraction& result) {
  if (!item.hovered || ImGui::IsAnyMouseDown()) return nullptr;
  const ImGuiIO& io = ImGui::GetIO();
  const Layout& layout = item.layout;
  const MarkBox* hovered_box = hit(frame, layout, io.MousePos);
  if (hovered_box != nullptr) {
    result.hovered = hovered_box->mark;
    // Markers that share the spot (the gateway and two steps on one day) are all described.
    for (auto it = frame.boxes.rbegin(); it != frame.boxes.rend(); ++it) {
      const bool marker = it->mark->shape == MarkShape::diamond || it->mark->shape == MarkShape::dot ||
                          it->mark->shape == MarkShape::block;
      if (marker && it->hit.Contains(io.MousePos)) result.hovered_stack.push_back(it->mark);
    }
    if (result.hovered_stack.empty() || result.hovered_stack.front() != result.hovered)
      result.hovered_stack.insert(result.hovered_stack.begin(), result.hovered);
  }
  if (layout.labels.Contains(io.MousePos)) {
    // A row's label names it in full (a module's title) when hovered.
    for (std::size_t i = 0; i < chart.rows.size(); ++i) {
      const RowBox& row = frame.rows[i];
      if (io.MousePos.y >= row.top && io.MousePos.y < row.bottom && io.MousePos.y < layout.rows.Max.y &&
          !chart.rows[i].detail.empty())
        ImGui::SetTooltip("%s", chart.rows[i].detail.c_str());
    }
  }
  if (layout.strip.Contains(io.MousePos)) {
    const int day = static_cast<int>(std::floor(state.scale.day_at(wide(io.MousePos.x - layout.strip.Min.x))));
    if (day >= 0 && day < chart.day_count) result.hovered_workload_day = day;
  }
  return hovered_box;
}

// What is drawn highlighted this frame.
struct Highlights {
  const MarkBox* hovered = nullptr;
  const TimelineMark* selected = nullptr;
  const TimelineMark* dragged = nullptr;
};

// The background, the rows' marks with their overlays (each registered for automation where it is
// seen), the scroll indicator and the row labels.
void draw_rows(TimelineCanvasState& state, const TimelineChart& chart, const TimelineCanvasOptions& options,
               const Layout& layout, const Frame& frame, const Highlights& highlights) {
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const Palette& palette = colours();
  paint_background(state, chart, layout, options, draw_list);
  draw_list->PushClipRect(layout.rows.Min, layout.rows.Max, true);
  // A rule across the chart where a group of rows starts (the modules, the dissertation, …).
  for (std::size_t i = 1; i < chart.rows.size(); ++i) {
    if (chart.rows[i].starts_group)
      draw_list->AddLine(ImVec2(layout.rows.Min.x, frame.rows[i].top), ImVec2(layout.rows.Max.x, frame.rows[i].top),
                         packed(with_alpha(palette.text_muted, 0.3f)));
  }
  for (std::size_t i = 0; i < frame.boxes.size(); ++i)
    draw_mark(draw_list, frame.boxes[i], frame.rows[static_cast<std::size_t>(frame.box_rows[i])], layout.rows.Min.x,
              palette);
  for (const MarkBox& box : frame.boxes) {
    const MarkLook look{.hovered = highlights.hovered == &box,
                        .selected = highlights.selected != nullptr && (box.mark == highlights.selected),
                        .dragged = highlights.dragged != nullptr && box.mark == highlights.dragged};
    draw_mark_overlay(draw_list, box, look, palette);
    // Registered where it is seen: tests and scripts find marks by label and act at their centre.
    ImRect item = box.item;
    item.ClipWithFull(layout.rows);
    if (item.GetWidth() > 0 && item.GetHeight() > 0)
      automation::add_custom_item(box.mark->id, box.mark->label, item.Min, item.Max);
  }
  draw_list->PopClipRect();
  draw_scroll_indicator(draw_list, layout, state.scroll_y, palette);
  draw_labels(draw_list, chart, layout, frame, palette);
}

// The date axis over the rows, the guide of a mark being dragged, the border and the focus ring.
void draw_axis_and_border(const TimelineCanvasState& state, const TimelineChart& chart,
                          const TimelineCanvasOptions& options, const CanvasItem& item,
                          const TimelineInteraction& result) {
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const Palette& palette = colours();
  const Layout& layout = item.layout;
  const ImRect corner(layout.canvas.Min, ImVec2(layout.labels.Max.x, layout.axis.Max.y));
  draw_list->AddRectFilled(corner.Min, ImVec2(layout.axis.Max.x, layout.axis.Max.y), packed(palette.surface));
  draw_timeline_axis(draw_list, {layout.axis, state.scale, chart.first_day, chart.day_count, options.today}, palette);
  draw_list->AddLine(ImVec2(layout.canvas.Min.x, layout.axis.Max.y - 0.5f),
                     ImVec2(layout.canvas.Max.x, layout.axis.Max.y - 0.5f), packed(palette.border));
  if (result.dragged != nullptr && options.drag_target)
    draw_drag_target(draw_list, chart, layout, state.scale, options.drag_target(*result.dragged, result.drag_days),
                     palette);
  draw_list->AddRect(layout.canvas.Min, layout.canvas.Max, packed(palette.border), space(4));
  if (item.focused && !GImGui->NavDisableHighlight)
    draw_list->AddRect(layout.canvas.Min, layout.canvas.Max, packed(palette.accent), space(4), 0, 2.0f);
}

// The pointer's shape: what a drag or a pan under way does, or that the mark under it moves.
void set_pointer_shape(const TimelineCanvasState& state, const TimelineChart& chart,
                       const TimelineCanvasOptions& options, const TimelineInteraction& result) {
  if (state.gesture == TimelineCanvasState::Gesture::dragging) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
  else if (state.gesture == TimelineCanvasState::Gesture::panning) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
  else if (result.hovered != nullptr && acting_mark(chart, *result.hovered)->movable && !options.read_only)
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

}  // namespace

ImGuiID timeline_mark_id(std::string_view item_id) {
  static const ImGuiID seed = ImHashStr("planner/timeline");
  return ImHashStr(item_id.data(), item_id.size(), seed);
}

float timeline_canvas_full_height(const TimelineChart& chart) {
  float rows = 0;
  for (const TimelineRow& row : chart.rows) rows += row_height(row);
  return axis_height() + rows + strip_height();
}

void shift_days(TimelineCanvasState& state, int days) {
  state.scale.left_day += days;
  state.press_scale.left_day += days;
  state.press_day += days;
  if (state.centre_request) *state.centre_request += days;
}

const TimelineMark* find_mark(const TimelineChart& chart, ImGuiID id) {
  for (const TimelineRow& row : chart.rows)
    for (const TimelineMark& mark : row.marks)
      if (mark.id == id) return &mark;
  return nullptr;
}

TimelineInteraction timeline_canvas(const char* name, TimelineCanvasState& state, const TimelineChart& chart,
                                    const TimelineCanvasOptions& options, ImVec2 size) {
  TimelineInteraction result;
  const CanvasItem item = claim_canvas(name, chart, size);
  state.chart_width = item.layout.rows.GetWidth();

  // The view: where it was asked to go, where the wheel, the pointer and the keys take it.
  take_view_requests(state, options, item.width);
  move_view_with_pointer(state, chart, options, item);
  const TimelineMark* selected = options.selected != 0 ? find_mark(chart, options.selected) : nullptr;
  if (item.focused) read_keys(state, chart, options, item, selected, result);
  settle_view(state, chart, item.layout);

  // The marks in view, and what the pointer does with them.
  Frame frame;  // a few small vectors of what is in view: cheap beside drawing it
  place_marks(chart, item.layout, state.scale, state.scroll_y, frame);
  const TimelineMark* dragged = track_press_and_drag(state, chart, item, frame, result);
  const MarkBox* hovered = read_hover(state, chart, item, frame, result);

  draw_rows(state, chart, options, item.layout, frame, {.hovered = hovered, .selected = selected, .dragged = dragged});
  draw_axis_and_border(state, chart, options, item, result);
  set_pointer_shape(state, chart, options, result);
  return result;
}

}  // namespace planner::ui
