#include "app/theme.hpp"

#include <algorithm>
#include <cmath>

namespace planner {
namespace {

constexpr ImVec4 rgb(unsigned hex, float alpha = 1.0f) {
  return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f, static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                static_cast<float>(hex & 0xFF) / 255.0f, alpha);
}

ImVec4 mix(ImVec4 a, ImVec4 b, float t) {
  return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, a.w + (b.w - a.w) * t);
}

// NHS-blue accent on light greys; the dark theme lifts the accent so dark text can sit on it.
constexpr Palette kLight{.background = rgb(0xF3F4F6),
                         .surface = rgb(0xFFFFFF),
                         .text = rgb(0x1B1F24),
                         .text_muted = rgb(0x50575F),
                         .accent = rgb(0x005EB8),
                         .on_accent = rgb(0xFFFFFF),
                         .error = rgb(0xB3261E),
                         .warning = rgb(0x8A5300),
                         .note = rgb(0x2F5597),
                         .success = rgb(0x1E6B30),
                         .border = rgb(0xC3C9D1)};
constexpr Palette kDark{.background = rgb(0x16181C),
                        .surface = rgb(0x202328),
                        .text = rgb(0xE8EAED),
                        .text_muted = rgb(0xA9AFB7),
                        .accent = rgb(0x6AAEF5),
                        .on_accent = rgb(0x0B1620),
                        .error = rgb(0xF28B82),
                        .warning = rgb(0xF2B84B),
                        .note = rgb(0x8AB4F8),
                        .success = rgb(0x81C995),
                        .border = rgb(0x3C424B)};
constexpr Palette kHighContrast{.background = rgb(0x000000),
                                .surface = rgb(0x0A0A0A),
                                .text = rgb(0xFFFFFF),
                                .text_muted = rgb(0xE6E6E6),
                                .accent = rgb(0xFFD400),
                                .on_accent = rgb(0x000000),
                                .error = rgb(0xFF7B7B),
                                .warning = rgb(0xFFD400),
                                .note = rgb(0x7FDBFF),
                                .success = rgb(0x7CFC00),
                                .border = rgb(0xFFFFFF)};

void set_sizes(ImGuiStyle& style) {
  style.WindowPadding = ImVec2(14, 12);
  style.FramePadding = ImVec2(8, 5);
  style.CellPadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(8, 7);
  style.ItemInnerSpacing = ImVec2(6, 5);
  style.IndentSpacing = 18;
  style.ScrollbarSize = 14;
  style.GrabMinSize = 12;
  style.WindowRounding = 6;
  style.ChildRounding = 6;
  style.FrameRounding = 4;
  style.PopupRounding = 6;
  style.ScrollbarRounding = 7;
  style.GrabRounding = 4;
  style.TabRounding = 4;
  style.WindowBorderSize = 1;
  style.ChildBorderSize = 1;
  style.PopupBorderSize = 1;
  style.FrameBorderSize = 1;
  style.SeparatorTextBorderSize = 2;
  style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
  style.HoverDelayShort = 0.15f;
  style.HoverDelayNormal = 0.40f;
}

void set_colours(ImGuiStyle& style, const Palette& p, Theme theme) {
  const bool light = theme == Theme::light;
  const bool high_contrast = theme == Theme::high_contrast;
  ImVec4* c = style.Colors;
  // Controls: a tint of the accent over the surface, deep enough to see, light enough for text.
  const ImVec4 control = high_contrast ? rgb(0x1A1A1A) : mix(p.surface, p.accent, light ? 0.10f : 0.18f);
  const ImVec4 control_hover = high_contrast ? rgb(0x333333) : mix(p.surface, p.accent, light ? 0.18f : 0.28f);
  const ImVec4 control_active = high_contrast ? rgb(0x4D4D4D) : mix(p.surface, p.accent, light ? 0.26f : 0.38f);

  c[ImGuiCol_Text] = p.text;
  c[ImGuiCol_TextDisabled] = p.text_muted;
  c[ImGuiCol_WindowBg] = p.background;
  c[ImGuiCol_ChildBg] = p.surface;
  c[ImGuiCol_PopupBg] = p.surface;
  c[ImGuiCol_Border] = p.border;
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = p.surface;
  c[ImGuiCol_FrameBgHovered] = control_hover;
  c[ImGuiCol_FrameBgActive] = control_active;
  c[ImGuiCol_TitleBg] = p.surface;
  c[ImGuiCol_TitleBgActive] = control;
  c[ImGuiCol_TitleBgCollapsed] = p.surface;
  c[ImGuiCol_MenuBarBg] = p.surface;
  c[ImGuiCol_ScrollbarBg] = with_alpha(p.background, 0.6f);
  c[ImGuiCol_ScrollbarGrab] = mix(p.background, p.text_muted, 0.45f);
  c[ImGuiCol_ScrollbarGrabHovered] = mix(p.background, p.text_muted, 0.65f);
  c[ImGuiCol_ScrollbarGrabActive] = p.text_muted;
  c[ImGuiCol_CheckMark] = p.accent;
  c[ImGuiCol_SliderGrab] = p.accent;
  c[ImGuiCol_SliderGrabActive] = p.accent;
  c[ImGuiCol_Button] = control;
  c[ImGuiCol_ButtonHovered] = control_hover;
  c[ImGuiCol_ButtonActive] = control_active;
  c[ImGuiCol_Header] = control;
  c[ImGuiCol_HeaderHovered] = control_hover;
  c[ImGuiCol_HeaderActive] = control_active;
  c[ImGuiCol_Separator] = p.border;
  c[ImGuiCol_SeparatorHovered] = p.accent;
  c[ImGuiCol_SeparatorActive] = p.accent;
  c[ImGuiCol_ResizeGrip] = with_alpha(p.accent, 0.2f);
  c[ImGuiCol_ResizeGripHovered] = with_alpha(p.accent, 0.6f);
  c[ImGuiCol_ResizeGripActive] = p.accent;
  c[ImGuiCol_Tab] = control;
  c[ImGuiCol_TabHovered] = control_hover;
  c[ImGuiCol_TabActive] = control_active;
  c[ImGuiCol_TabUnfocused] = control;
  c[ImGuiCol_TabUnfocusedActive] = control_active;
  c[ImGuiCol_PlotLines] = p.accent;
  c[ImGuiCol_PlotLinesHovered] = p.warning;
  c[ImGuiCol_PlotHistogram] = p.accent;
  c[ImGuiCol_PlotHistogramHovered] = p.warning;
  c[ImGuiCol_TableHeaderBg] = control;
  c[ImGuiCol_TableBorderStrong] = p.border;
  c[ImGuiCol_TableBorderLight] = mix(p.surface, p.border, 0.6f);
  c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_TableRowBgAlt] = with_alpha(p.text, light ? 0.035f : 0.05f);
  c[ImGuiCol_TextSelectedBg] = with_alpha(p.accent, high_contrast ? 0.55f : 0.30f);
  c[ImGuiCol_DragDropTarget] = p.warning;
  c[ImGuiCol_NavHighlight] = p.accent;
  c[ImGuiCol_NavWindowingHighlight] = p.accent;
  c[ImGuiCol_NavWindowingDimBg] = with_alpha(p.text, 0.2f);
  c[ImGuiCol_ModalWindowDimBg] = light ? with_alpha(rgb(0x1B1F24), 0.35f) : with_alpha(rgb(0x000000), 0.6f);
}

double linear_channel(float srgb) {
  const double c = static_cast<double>(srgb);
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double relative_luminance(const ImVec4& c) {
  return 0.2126 * linear_channel(c.x) + 0.7152 * linear_channel(c.y) + 0.0722 * linear_channel(c.z);
}

}  // namespace

std::string_view to_string(ThemeChoice choice) {
  switch (choice) {
    case ThemeChoice::system: return "system";
    case ThemeChoice::light: return "light";
    case ThemeChoice::dark: return "dark";
    case ThemeChoice::high_contrast: return "high-contrast";
  }
  return "system";
}

std::string_view to_string(Theme theme) {
  switch (theme) {
    case Theme::light: return "light";
    case Theme::dark: return "dark";
    case Theme::high_contrast: return "high-contrast";
  }
  return "light";
}

Theme resolve_theme(ThemeChoice choice, bool system_prefers_dark) {
  switch (choice) {
    case ThemeChoice::system: return system_prefers_dark ? Theme::dark : Theme::light;
    case ThemeChoice::light: return Theme::light;
    case ThemeChoice::dark: return Theme::dark;
    case ThemeChoice::high_contrast: return Theme::high_contrast;
  }
  return Theme::light;
}

const Palette& palette(Theme theme) {
  switch (theme) {
    case Theme::light: return kLight;
    case Theme::dark: return kDark;
    case Theme::high_contrast: return kHighContrast;
  }
  return kLight;
}

void apply_theme(Theme theme, float text_scale) {
  ImGuiStyle style;
  set_sizes(style);
  set_colours(style, palette(theme), theme);
  if (theme == Theme::high_contrast) {
    style.FrameBorderSize = 1.5f;
    style.WindowBorderSize = 1.5f;
  }
  style.ScaleAllSizes(text_scale);
  ImGui::GetStyle() = style;
}

double contrast_ratio(const ImVec4& a, const ImVec4& b) {
  const double la = relative_luminance(a);
  const double lb = relative_luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace planner
