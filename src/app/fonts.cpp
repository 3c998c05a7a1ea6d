#include "app/fonts.hpp"

#include <string_view>

#include "planner_app_assets.hpp"

namespace planner {
namespace {

std::string_view asset(std::string_view path) {
  const auto bytes = assets::file(path);
  IM_ASSERT(bytes && "font missing from the embedded assets");
  return *bytes;
}

ImFont* add_font(std::string_view text_font, float css_size, FontScale scale) {
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  const float pixels = css_size * scale.text_scale * scale.pixel_ratio;

  ImFontConfig text_config;
  text_config.FontDataOwnedByAtlas = false;  // the bytes are embedded in the binary, not heap
  // Horizontal oversampling sharpens subpixel positions on standard screens; at 2x and above the
  // glyphs already have the pixels, and skipping it halves the atlas build (first-frame time).
  text_config.OversampleH = scale.pixel_ratio >= 2.0f ? 1 : 2;
  text_config.OversampleV = 1;
  static const ImWchar text_ranges[] = {0x0020, 0x017F, 0x2013, 0x2030, 0x20AC, 0x20AC, 0x2122,
                                        0x2122, 0x2190, 0x2193, 0x2212, 0x2212, 0};
  const std::string_view text = asset(text_font);
  ImFont* font = atlas.AddFontFromMemoryTTF(const_cast<char*>(text.data()), static_cast<int>(text.size()), pixels,
                                            &text_config, text_ranges);

  ImFontConfig icon_config;
  icon_config.FontDataOwnedByAtlas = false;
  icon_config.MergeMode = true;
  icon_config.PixelSnapH = true;
  icon_config.GlyphOffset = ImVec2(0, 0.04f * pixels);  // DejaVu's symbols sit a little high beside Noto
  static const ImWchar icon_ranges[] = {0x2139, 0x2139, 0x2190, 0x21FF, 0x2300, 0x23FF, 0x25A0, 0x27BF, 0};
  const std::string_view icons = asset("fonts/ui-icons.ttf");
  atlas.AddFontFromMemoryTTF(const_cast<char*>(icons.data()), static_cast<int>(icons.size()), pixels, &icon_config,
                             icon_ranges);
  return font;
}

}  // namespace

Fonts build_fonts(FontScale scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  Fonts fonts;
  fonts.body = add_font("fonts/ui-regular.ttf", kBodyFontSize, scale);
  fonts.bold = add_font("fonts/ui-bold.ttf", kBodyFontSize, scale);
  fonts.heading = add_font("fonts/ui-bold.ttf", kHeadingFontSize, scale);
  io.Fonts->Build();
  // Glyphs are rasterised in device pixels and drawn in CSS pixels.
  io.FontGlobalScale = 1.0f / scale.pixel_ratio;
  io.FontDefault = fonts.body;
  return fonts;
}

}  // namespace planner
