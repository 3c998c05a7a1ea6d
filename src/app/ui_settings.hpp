#pragma once
// Appearance settings the user chooses (kept in the browser with the app's settings, never in the
// plan: a mentor opening an apprentice's plan keeps their own), and their stored text:
//   {"theme": "dark", "textScale": 1.2}
// Reading is lenient: whatever is missing or out of range keeps its default, so a damaged or
// newer settings text never stops the app or loses the other setting.
#include <string>
#include <string_view>

#include "app/theme.hpp"

namespace planner {

struct UiSettings {
  static constexpr float kMinTextScale = 0.85f;
  static constexpr float kMaxTextScale = 1.5f;
  ThemeChoice theme = ThemeChoice::system;
  float text_scale = 1.0f;  // 0.85 … 1.5: the text-size setting
  bool operator==(const UiSettings&) const = default;
};

std::string encode_ui_settings(const UiSettings& settings);
UiSettings decode_ui_settings(std::string_view text);

}  // namespace planner
