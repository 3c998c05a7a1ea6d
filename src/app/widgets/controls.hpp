#pragma once
// The app's small building blocks, so every view looks and behaves the same: one spacing scale,
// the theme's colours, primary and quiet buttons, status chips, headers and empty states.
#include <optional>
#include <string_view>

#include "app/theme.hpp"
#include "imgui.h"

namespace planner::ui {

// The palette of the current frame (set by the app before drawing).
void use_palette(const Palette* palette);
const Palette& colours();

// Spacing scale in CSS pixels at text scale 1: everything lines up on it.
inline constexpr float kSpaceXs = 4;
inline constexpr float kSpaceS = 8;
inline constexpr float kSpaceM = 16;
inline constexpr float kSpaceL = 24;
inline constexpr float kSpaceXl = 40;
// The spacing value at the current text size.
float space(float css_pixels);

// The main action of a screen or dialog, filled with the accent colour.
bool primary_button(const char* label, ImVec2 size = ImVec2(0, 0));
// A destructive action: text in the error colour.
bool danger_button(const char* label, ImVec2 size = ImVec2(0, 0));
// A small borderless button with an icon; `tooltip` names it (and is its accessible label).
bool icon_button(const char* icon, const char* name, const char* tooltip = nullptr);

// Text in a colour from the palette, and muted text.
void coloured_text(const ImVec4& colour, std::string_view text);
void muted_text(std::string_view text);
void wrapped_text(std::string_view text);

// A rounded chip with text, filled with a light tint of `colour` and the text in `colour`.
void chip(std::string_view text, const ImVec4& colour);
// The same chip drawn with its top left at `min` on a draw list, submitting no item (inside custom
// widgets such as list rows), and its size.
void draw_chip(ImDrawList* draw_list, ImVec2 min, std::string_view text, const ImVec4& colour);
ImVec2 chip_size(std::string_view text);

// A view's title (heading font) with a one-line explanation under it.
void view_header(ImFont* heading, std::string_view title, std::string_view explanation);
// A section title inside a view.
void section_title(ImFont* bold, std::string_view title);
// What an empty list says, and what to do about it.
void empty_state(std::string_view title, std::string_view advice);

}  // namespace planner::ui
