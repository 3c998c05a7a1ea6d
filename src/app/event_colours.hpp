#pragma once
// One colour per kind of event, used everywhere the kind appears (timeline bars, chips, legends,
// lists); the words for each kind are the core's kind_label (core/planning/event_details.hpp). Each colour reads as
// text on the theme's background and surface (>= 4.5:1, tests/app/theme_test.cpp); fills use a tint of it under normal
// text.
#include <string_view>

#include "app/theme.hpp"
#include "core/planning/schedule.hpp"
#include "imgui.h"

namespace planner {

ImVec4 event_colour(EventKind kind, Theme theme);
// A light fill of the kind's colour over the surface, for bars with text on them.
ImVec4 event_fill(EventKind kind, Theme theme);

}  // namespace planner
