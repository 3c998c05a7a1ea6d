#pragma once
// Light, dark and high-contrast looks. "System" follows the browser's prefers-color-scheme.
// Every text colour is chosen for a contrast of at least 4.5:1 on the background it sits on
// (tests/unit/theme_contrast_test.cpp measures them).
#include <string_view>

#include "imgui.h"

namespace planner {

enum class ThemeChoice { system, light, dark, high_contrast };
enum class Theme { light, dark, high_contrast };

std::string_view to_string(ThemeChoice choice);  // "system", "light", "dark", "high-contrast"
std::string_view to_string(Theme theme);
Theme resolve_theme(ThemeChoice choice, bool system_prefers_dark);

// Colours the app draws with itself, beside ImGui's style colours.
struct Palette {
  ImVec4 background;  // window and canvas background
  ImVec4 surface;     // panels, cards
  ImVec4 text;
  ImVec4 text_muted;  // secondary text, still >= 4.5:1 on background and surface
  ImVec4 accent;      // primary buttons, selection, links
  ImVec4 on_accent;   // text on accent
  ImVec4 error;
  ImVec4 warning;
  ImVec4 note;
  ImVec4 success;
  ImVec4 border;
};

const Palette& palette(Theme theme);
// Sets ImGui's style (colours, spacing, rounding) for the theme at the given text scale.
void apply_theme(Theme theme, float text_scale);

// `colour` with its opacity replaced: hover and selection tints, faded marks.
inline ImVec4 with_alpha(ImVec4 colour, float alpha) { return ImVec4(colour.x, colour.y, colour.z, alpha); }
// Packed for a draw list, as given (no style alpha applied, unlike ImGui::GetColorU32).
inline ImU32 packed(const ImVec4& colour) { return ImGui::ColorConvertFloat4ToU32(colour); }

// WCAG relative-luminance contrast ratio of two opaque colours (1 … 21).
double contrast_ratio(const ImVec4& a, const ImVec4& b);

}  // namespace planner
