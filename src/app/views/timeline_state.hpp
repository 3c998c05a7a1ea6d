#pragma once
// What the timeline keeps between frames: the canvas (zoom, scroll, the gesture under way and the
// background the GPU paints after the frame), the model built for the plan's current revision,
// and the drag under way.
#include <cstdint>
#include <string>
#include <vector>

#include "app/theme.hpp"
#include "app/views/timeline_model.hpp"
#include "app/widgets/timeline_canvas.hpp"
#include "core/calendar/date.hpp"

namespace planner {

struct TimelineState {
  ui::TimelineCanvasState canvas;

  // The model and the day data, and what they were built for.
  bool built = false;
  std::uint64_t revision = 0;
  Theme theme = Theme::light;
  Date today;
  TimelineModel model;
  std::vector<float> planned_hours;  // a day, from the chart's first day (the workload strip's tooltip)

  // The drag under way: the event moving, the day it started from, the day it was last put on.
  std::string drag_event;
  Date drag_origin;
  Date drag_last;
};

}  // namespace planner
