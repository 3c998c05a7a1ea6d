#include "app/app.hpp"

#include <algorithm>
#include <string>

#include "app/icons.hpp"
#include "core/version.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr float kTopBarHeight = 46.0f;     // CSS pixels at text scale 1
constexpr float kStatusBarHeight = 28.0f;
constexpr float kNavigationWidth = 184.0f;
constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;

}  // namespace

App::App(Host& host) : host_(host) {}

void App::set_system_prefers_dark(bool dark) { system_prefers_dark_ = dark; }

void App::restyle() {
  if (theme() == applied_theme_ && settings_.text_scale == applied_text_scale_) return;
  applied_theme_ = theme();
  applied_text_scale_ = settings_.text_scale;
  apply_theme(applied_theme_, applied_text_scale_);
}

void App::draw() {
  restyle();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
  ImGui::Begin("Apprenticeship Planner", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PopStyleVar(2);

  draw_top_bar();
  const float scale = settings_.text_scale;
  const float body_height = ImGui::GetContentRegionAvail().y - kStatusBarHeight * scale;
  ImGui::BeginChild("##navigation", ImVec2(kNavigationWidth * scale, body_height), ImGuiChildFlags_None, kPanelFlags);
  draw_navigation();
  ImGui::EndChild();
  ImGui::SameLine(0, 0);
  ImGui::BeginChild("##content", ImVec2(0, body_height), ImGuiChildFlags_None);
  draw_view();
  ImGui::EndChild();
  draw_status_bar();
  ImGui::End();
}

void App::draw_top_bar() {
  const float scale = settings_.text_scale;
  const Palette& colours = palette(theme());
  ImGui::PushStyleColor(ImGuiCol_ChildBg, colours.surface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * scale, 8 * scale));
  ImGui::BeginChild("##top-bar", ImVec2(0, kTopBarHeight * scale), ImGuiChildFlags_AlwaysUseWindowPadding, kPanelFlags);
  ImGui::PopStyleVar();
  ImGui::PushFont(fonts_.heading);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Apprenticeship Planner");
  ImGui::PopFont();

  const char* settings_label = "Settings";
  const float settings_width = ImGui::CalcTextSize(settings_label).x + ImGui::CalcTextSize(icons::kSettings).x +
                               ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetStyle().ItemInnerSpacing.x;
  ImGui::SameLine(ImGui::GetContentRegionMax().x - settings_width);
  const std::string settings_button = std::string(icons::kSettings) + " " + settings_label;
  if (ImGui::Button(settings_button.c_str())) ImGui::OpenPopup("##settings");
  ImGui::SetItemTooltip("Theme and text size");
  draw_settings_menu();
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

void App::draw_settings_menu() {
  if (!ImGui::BeginPopup("##settings")) return;
  ImGui::SeparatorText("Theme");
  for (ThemeChoice choice : {ThemeChoice::system, ThemeChoice::light, ThemeChoice::dark, ThemeChoice::high_contrast}) {
    const char* label = choice == ThemeChoice::system  ? "Follow the system"
                        : choice == ThemeChoice::light ? "Light"
                        : choice == ThemeChoice::dark  ? "Dark"
                                                       : "High contrast";
    if (ImGui::RadioButton(label, settings_.theme == choice)) settings_.theme = choice;
  }
  ImGui::SeparatorText("Text size");
  const auto step_text = [this](float delta) {
    settings_.text_scale = std::clamp(settings_.text_scale + delta, kMinTextScale, kMaxTextScale);
  };
  ImGui::BeginDisabled(settings_.text_scale <= kMinTextScale);
  if (ImGui::Button("Smaller text")) step_text(-0.1f);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::Text("%d%%", static_cast<int>(settings_.text_scale * 100.0f + 0.5f));
  ImGui::SameLine();
  ImGui::BeginDisabled(settings_.text_scale >= kMaxTextScale);
  if (ImGui::Button("Larger text")) step_text(0.1f);
  ImGui::EndDisabled();
  ImGui::EndPopup();
}

void App::draw_navigation() {
  const float scale = settings_.text_scale;
  ImGui::Dummy(ImVec2(0, 6 * scale));
  ImGui::Indent(8 * scale);
  const float width = ImGui::GetContentRegionAvail().x - 8 * scale;
  for (View view : kAllViews) {
    const std::string label(view_name(view));
    if (ImGui::Selectable(label.c_str(), view_ == view, ImGuiSelectableFlags_None, ImVec2(width, 30 * scale)))
      view_ = view;
  }
  ImGui::Unindent(8 * scale);
}

void App::draw_view() {
  const float scale = settings_.text_scale;
  ImGui::Dummy(ImVec2(0, 6 * scale));
  ImGui::Indent(16 * scale);
  ImGui::PushFont(fonts_.heading);
  ImGui::TextUnformatted(view_name(view_).data());
  ImGui::PopFont();
  ImGui::Unindent(16 * scale);
}

void App::draw_status_bar() {
  const Palette& colours = palette(theme());
  ImGui::PushStyleColor(ImGuiCol_ChildBg, colours.surface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * settings_.text_scale, 4 * settings_.text_scale));
  ImGui::BeginChild("##status-bar", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding, kPanelFlags);
  ImGui::PopStyleVar();
  const std::string version = "Version " + std::string(app_version());
  ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(version.c_str()).x);
  ImGui::TextDisabled("%s", version.c_str());
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

nlohmann::json App::state() const {
  return {{"view", view_name(view_)},
          {"theme", to_string(theme())},
          {"textScale", settings_.text_scale},
          {"version", app_version()}};
}

}  // namespace planner
