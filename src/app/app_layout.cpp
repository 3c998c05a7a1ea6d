// App: the layout around the views (app.hpp): the top bar with the plan's name, undo and redo,
// Checks, Export, Plan and Settings; the navigation on the left; the view, or the first-run
// screen, with the Checks panel beside it; and the status bar with the save state.
#include <algorithm>
#include <string>

#include "app/app.hpp"
#include "app/icons.hpp"
#include "app/views/activities.hpp"
#include "app/views/checks_panel.hpp"
#include "app/views/coverage.hpp"
#include "app/views/dissertation.hpp"
#include "app/views/export_panel.hpp"
#include "app/views/first_run.hpp"
#include "app/views/hours.hpp"
#include "app/views/modules.hpp"
#include "app/views/next_up.hpp"
#include "app/views/reviews.hpp"
#include "app/views/save_indicator.hpp"
#include "app/views/timeline.hpp"
#include "app/widgets/controls.hpp"
#include "core/version.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr float kTopBarHeight = 46.0f;  // CSS pixels at text scale 1
constexpr float kStatusBarHeight = 28.0f;
constexpr float kNavigationWidth = 184.0f;
constexpr float kChecksWidth = 360.0f;
constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;

// A panel with the surface colour and padding, for the bars around the view.
class Panel {
 public:
  Panel(const char* id, ImVec2 size, ImVec2 padding) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::colours().surface);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, padding);
    ImGui::BeginChild(id, size, ImGuiChildFlags_AlwaysUseWindowPadding, kPanelFlags);
    ImGui::PopStyleVar();
  }
  ~Panel() {
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
  Panel(const Panel&) = delete;
  Panel& operator=(const Panel&) = delete;
};

}  // namespace

void App::draw_top_bar(const ViewContext& context) {
  const Panel panel("##top-bar", ImVec2(0, ui::space(kTopBarHeight)), ImVec2(ui::space(14), ui::space(8)));
  ImGui::PushFont(fonts_.heading);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Apprenticeship Planner");
  ImGui::PopFont();
  if (!first_run() && !document_.plan().name.empty()) {
    ImGui::SameLine();
    ui::muted_text(document_.plan().name);
  }

  const ImGuiStyle& style = ImGui::GetStyle();
  const FindingCounts& counts = context.derived.counts;
  const std::string checks_label = std::string("Checks  ") + icons::kCross + " " + std::to_string(counts.errors) +
                                   "  " + icons::kWarning + " " + std::to_string(counts.warnings) + "###Checks";
  const std::string settings_label = std::string(icons::kSettings) + " Settings";
  const auto button_width = [&style](const std::string& label) {
    return ImGui::CalcTextSize(label.c_str(), nullptr, true).x + style.FramePadding.x * 2;
  };
  const std::string plan_label = std::string(icons::kMenu) + " Plan";
  float right = button_width(settings_label) + button_width(plan_label) + style.ItemSpacing.x;
  if (!first_run())
    right += button_width(checks_label) + style.ItemSpacing.x + 2 * (ImGui::GetFrameHeight() + style.ItemSpacing.x);
  if (!first_run()) right += export_button_width(context);
  ImGui::SameLine(ImGui::GetContentRegionMax().x - right);

  if (!first_run()) {
    draw_export_button(context, states_.exports);
    ImGui::SameLine();
    ImGui::BeginDisabled(!document_.can_undo());
    if (ui::icon_button(icons::kUndo, "Undo", nullptr)) document_.undo();
    ImGui::EndDisabled();
    if (document_.can_undo()) ImGui::SetItemTooltip("Undo %s (Ctrl+Z)", document_.undo_label().c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(!document_.can_redo());
    if (ui::icon_button(icons::kRedo, "Redo", nullptr)) document_.redo();
    ImGui::EndDisabled();
    if (document_.can_redo()) ImGui::SetItemTooltip("Redo %s (Ctrl+Shift+Z)", document_.redo_label().c_str());
    ImGui::SameLine();
    const bool alarming = counts.errors > 0;
    if (alarming) ImGui::PushStyleColor(ImGuiCol_Text, ui::colours().error);
    if (ImGui::Button(checks_label.c_str())) states_.checks_open = !states_.checks_open;
    if (alarming) ImGui::PopStyleColor();
    ImGui::SetItemTooltip("%s the findings panel", states_.checks_open ? "Hide" : "Show");
    ImGui::SameLine();
  }
  if (ImGui::Button(plan_label.c_str())) ImGui::OpenPopup("##plan-menu");
  ImGui::SetItemTooltip("Export, import and all your plans");
  draw_plan_menu();
  ImGui::SameLine();
  if (ImGui::Button(settings_label.c_str())) ImGui::OpenPopup("##settings");
  ImGui::SetItemTooltip("Theme and text size");
  draw_settings_menu();
}

void App::draw_plan_menu() {
  if (!ImGui::BeginPopup("##plan-menu")) return;
  ImGui::BeginDisabled(first_run());
  if (ImGui::MenuItem("Export plan")) download_plan();
  ImGui::EndDisabled();
  ImGui::SetItemTooltip("Download the plan as a file: your own copy, for another computer or your mentor");
  ImGui::BeginDisabled(keeper_.read_only());
  if (ImGui::MenuItem("Import plan…")) host_.choose_file();
  ImGui::EndDisabled();
  ImGui::SetItemTooltip("Open a plan file (you can also drop one on the page); you see it before anything changes");
  ImGui::BeginDisabled(first_run() || keeper_.read_only());
  if (ImGui::MenuItem("Import mentor review…")) host_.choose_file();
  ImGui::EndDisabled();
  ImGui::SetItemTooltip(
      "Open the review file your mentor sent back (or drop it on the page): its comments go onto "
      "your plan's items once you have seen what it changes");
  if (ImGui::MenuItem("All plans…")) plan_list_.open = true;
  ImGui::SetItemTooltip("Open, rename, duplicate or delete the plans kept in this browser");
  ImGui::EndPopup();
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

void App::draw_body(const ViewContext& context) {
  const float height = ImGui::GetContentRegionAvail().y - ui::space(kStatusBarHeight);
  if (first_run()) {
    ImGui::BeginChild("##first-run", ImVec2(0, height));
    draw_first_run(context, states_.first_run);
    ImGui::EndChild();
    return;
  }
  ImGui::BeginChild("##navigation", ImVec2(ui::space(kNavigationWidth), height), ImGuiChildFlags_None, kPanelFlags);
  draw_navigation();
  ImGui::EndChild();
  ImGui::SameLine(0, 0);
  const float checks_width =
      states_.checks_open ? std::min(ui::space(kChecksWidth), ImGui::GetContentRegionAvail().x * 0.45f) : 0;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui::space(ui::kSpaceM), ui::space(ui::kSpaceS)));
  ImGui::BeginChild("##content", ImVec2(ImGui::GetContentRegionAvail().x - checks_width, height),
                    ImGuiChildFlags_AlwaysUseWindowPadding);
  draw_view(context);
  ImGui::EndChild();
  if (states_.checks_open) {
    ImGui::SameLine(0, 0);
    ImGui::BeginChild("##checks", ImVec2(checks_width, height),
                      ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
    draw_checks_panel(context);
    ImGui::EndChild();
  }
  ImGui::PopStyleVar();
}

void App::draw_navigation() {
  ImGui::Dummy(ImVec2(0, ui::space(6)));
  ImGui::Indent(ui::space(8));
  const float width = ImGui::GetContentRegionAvail().x - ui::space(8);
  ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
  for (View view : kAllViews) {
    const std::string label(view_name(view));
    if (ImGui::Selectable(label.c_str(), navigation_.view == view, ImGuiSelectableFlags_None,
                          ImVec2(width, ui::space(32))))
      navigation_.view = view;
  }
  ImGui::PopStyleVar();
  ImGui::Unindent(ui::space(8));
}

void App::draw_view(const ViewContext& context) {
  switch (navigation_.view) {
    case View::next_up: draw_next_up(context); break;
    case View::timeline: draw_timeline(context); break;
    case View::modules: draw_modules(context); break;
    case View::dissertation: draw_dissertation(context); break;
    case View::activities: draw_activities(context); break;
    case View::reviews: draw_reviews(context); break;
    case View::coverage: draw_coverage(context); break;
    case View::hours: draw_hours(context); break;
  }
}

void App::draw_status_bar() {
  const Panel panel("##status-bar", ImVec2(0, 0), ImVec2(ui::space(14), ui::space(4)));
  draw_save_indicator(save_state(), !first_run());
  ImGui::SameLine(0, ui::space(ui::kSpaceL));
  if (!edit_problem_.empty()) {
    ui::coloured_text(ui::colours().error, std::string(icons::kWarning) + " " + edit_problem_);
    ImGui::SameLine();
  }
  const std::string version = "Version " + std::string(app_version());
  ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(version.c_str()).x);
  ImGui::TextDisabled("%s", version.c_str());
}

}  // namespace planner
