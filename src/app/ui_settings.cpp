#include "app/ui_settings.hpp"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

namespace planner {

std::string encode_ui_settings(const UiSettings& settings) {
  // Rounded to hundredths so the stored text does not change with float noise.
  const double scale = std::round(static_cast<double>(settings.text_scale) * 100.0) / 100.0;
  return nlohmann::json{{"theme", to_string(settings.theme)}, {"textScale", scale}}.dump();
}

UiSettings decode_ui_settings(std::string_view text) {
  UiSettings settings;
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object()) return settings;
  if (const auto theme = json.find("theme"); theme != json.end() && theme->is_string()) {
    for (ThemeChoice choice : {ThemeChoice::system, ThemeChoice::light, ThemeChoice::dark, ThemeChoice::high_contrast})
      if (theme->get_ref<const std::string&>() == to_string(choice)) settings.theme = choice;
  }
  if (const auto scale = json.find("textScale"); scale != json.end() && scale->is_number()) {
    const double value = scale->get<double>();
    if (std::isfinite(value))
      settings.text_scale = static_cast<float>(std::clamp(value, static_cast<double>(UiSettings::kMinTextScale),
                                                          static_cast<double>(UiSettings::kMaxTextScale)));
  }
  return settings;
}

}  // namespace planner
