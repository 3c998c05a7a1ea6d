#pragma once
// The UI's fonts: Noto Sans (regular and bold) subset to Latin at build time, with the icon glyphs
// of icons.hpp merged in, rasterised for the screen's pixel ratio so text stays sharp on high-DPI
// screens and at any browser zoom. Rebuilt whenever the pixel ratio or the text size changes.
#include "imgui.h"

namespace planner {

struct Fonts {
  ImFont* body = nullptr;     // everything by default
  ImFont* bold = nullptr;     // emphasis, table headers
  ImFont* heading = nullptr;  // view titles
};

struct FontScale {
  float pixel_ratio = 1;  // device pixels per CSS pixel
  float text_scale = 1;   // the user's text-size setting
  bool operator==(const FontScale&) const = default;
};

// Sizes in CSS pixels at text scale 1.
inline constexpr float kBodyFontSize = 15.0f;
inline constexpr float kHeadingFontSize = 21.0f;

// Rebuilds the CPU-side atlas into ImGui's current context; the renderer must upload it again.
Fonts build_fonts(FontScale scale);

}  // namespace planner
