#pragma once
// The Dear ImGui front: owns what the user sees and what they are doing, draws one frame at a
// time, and tells the platform what it needs (fonts for a pixel ratio, the next wake-up).
// Platform-free: the browser drives it from src/platform/web, the native tests drive it directly.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/fonts.hpp"
#include "app/host.hpp"
#include "app/theme.hpp"
#include "app/view.hpp"

namespace planner {

// Appearance settings the user chooses (kept with the app's settings, not in the plan).
struct UiSettings {
  ThemeChoice theme = ThemeChoice::system;
  float text_scale = 1.0f;  // 0.85 … 1.5: the text-size setting
};

class App {
 public:
  static constexpr float kMinTextScale = 0.85f;
  static constexpr float kMaxTextScale = 1.5f;

  explicit App(Host& host);

  // Draws the whole UI; call between ImGui::NewFrame() and ImGui::Render().
  void draw();

  // The fonts the app wants for this pixel ratio; when it differs from the current one the
  // platform rebuilds the atlas with build_fonts() and hands the result back.
  FontScale wanted_font_scale(float pixel_ratio) const { return {pixel_ratio, settings_.text_scale}; }
  void use_fonts(const Fonts& fonts) { fonts_ = fonts; }

  void set_system_prefers_dark(bool dark);
  Theme theme() const { return resolve_theme(settings_.theme, system_prefers_dark_); }

  View view() const { return view_; }
  // window.planner.state(): {plan, view, mode, revision, findings, save}.
  nlohmann::json state() const;

 private:
  void draw_top_bar();
  void draw_navigation();
  void draw_view();
  void draw_status_bar();
  void draw_settings_menu();
  void restyle();

  Host& host_;
  Fonts fonts_;
  UiSettings settings_;
  bool system_prefers_dark_ = false;
  Theme applied_theme_ = Theme::light;
  float applied_text_scale_ = 0;
  View view_ = View::next_up;
};

}  // namespace planner
