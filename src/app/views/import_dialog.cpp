#include "app/views/import_dialog.hpp"

#include <algorithm>
#include <string>

#include "app/views/save_notices.hpp"
#include "app/widgets/controls.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr const char* kTitle = "Import a plan";
constexpr float kWidth = 620;  // CSS pixels at text scale 1

void row(const char* label, std::string_view value, float label_width) {
  ui::muted_text(label);
  ImGui::SameLine(label_width);
  ui::wrapped_text(value);
}

}  // namespace

std::optional<ImportChoice> draw_import_dialog(const ViewContext& context, const PendingImport& pending) {
  if (!ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(ui::space(kWidth), viewport->Size.x - ui::space(32));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, viewport->Size.y - ui::space(32)));
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  std::optional<ImportChoice> choice;
  if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings)) return ImportChoice::cancel;

  const ImportPreview& preview = pending.preview;
  const float label_width = ui::space(150);
  ImGui::PushTextWrapPos(0);
  ui::muted_text(pending.file_name.empty() ? std::string("This plan file loaded without problems.")
                                           : "\"" + pending.file_name + "\" loaded without problems.");
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  ui::section_title(context.fonts.bold, "In the file");
  row("Plan", preview.name, label_width);
  if (!preview.apprentice.empty()) row("Apprentice", preview.apprentice, label_width);
  row("Starts", preview.start, label_width);
  if (!preview.saved_at.empty()) {
    std::string saved = display_timestamp(preview.saved_at);
    if (!preview.app_version.empty()) saved += " (app version " + preview.app_version + ")";
    row("Saved", saved, label_width);
  }
  row("Holds", describe_counts(preview.counts), label_width);
  if (!preview.modules.empty()) {
    ui::muted_text("Modules");
    for (const std::string& module : preview.modules) {
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + label_width - ImGui::GetStyle().WindowPadding.x);
      ui::wrapped_text(module);
    }
  }
  if (preview.upgraded) ui::muted_text("It was saved in an older file format and is upgraded as it is imported.");

  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  if (preview.replaces_name) {
    ui::section_title(context.fonts.bold, "It replaces your open plan");
    row("Plan", *preview.replaces_name, label_width);
    row("Holds", describe_counts(*preview.replaces_counts), label_width);
    ui::wrapped_text(
        "Your current plan is saved and kept as the backup first: Undo, or \"Restore backup\" in All "
        "plans, brings it back.");
  } else {
    ui::wrapped_text("It becomes your plan in this browser.");
  }
  ImGui::PopTextWrapPos();

  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceS)));
  if (ui::primary_button(preview.replaces_name ? "Replace my plan" : "Open this plan")) choice = ImportChoice::confirm;
  ImGui::SameLine();
  if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) choice = ImportChoice::cancel;
  if (choice) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return choice;
}

}  // namespace planner
