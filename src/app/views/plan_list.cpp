#include "app/views/plan_list.hpp"

#include <algorithm>
#include <string>

#include "app/icons.hpp"
#include "app/views/save_notices.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/fields.hpp"
#include "core/storage/plan_store.hpp"
#include "core/storage/storage_persistence.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr const char* kTitle = "All plans";
constexpr float kWidth = 840;         // CSS pixels at text scale 1: room for five buttons and a date
constexpr float kTopFraction = 0.1f;  // the dialog's top edge, as a fraction of the window's height

// A plan's buttons, the open plan's row having all of them.
constexpr const char* kOpen = "Open";
constexpr const char* kRename = "Rename";
constexpr const char* kDuplicate = "Duplicate";
constexpr const char* kAskDelete = "Delete…";
constexpr const char* kRestoreBackup = "Restore backup";

// The actions column is as wide as its widest row from the first frame on. Left to fit its
// content, it would shrink a frame after "Delete…" or "Rename" swaps a row's five buttons for two,
// and "Delete" and "Keep it" would jump aside just as the pointer goes for them: a click aimed
// where they were first drawn would land on nothing.
float actions_width() {
  const ImGuiStyle& style = ImGui::GetStyle();
  float width = 0;
  for (const char* label : {kOpen, kRename, kDuplicate, kAskDelete, kRestoreBackup})
    width += ImGui::CalcTextSize(label).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
  return width - style.ItemSpacing.x;
}

std::string shown_name(const PlanEntry& entry) { return entry.name.empty() ? "Untitled plan" : entry.name; }

void draw_entry(const PlanEntry& entry, bool is_open, PlanListState& state, std::optional<PlanListAction>& action) {
  ImGui::PushID(entry.id.c_str());
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  if (state.renaming == entry.id) {
    if (auto text = ui::text_field("New name", state.new_name, {.hint = "the plan's name", .max_length = 1000}))
      state.new_name = *text;
    const std::optional<std::string> problem = plan_name_problem(state.new_name);
    if (problem) ui::coloured_text(ui::colours().error, *problem);
  } else {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(shown_name(entry).c_str());
    if (is_open) {
      ImGui::SameLine();
      ui::muted_text("(open)");
    }
  }
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ui::muted_text(display_timestamp(entry.updated_at));
  ImGui::TableNextColumn();
  if (state.renaming == entry.id) {
    ImGui::BeginDisabled(plan_name_problem(state.new_name).has_value());
    if (ui::primary_button("Save name")) {
      action = PlanListAction{PlanListAction::Kind::rename, entry.id, state.new_name};
      state.renaming.clear();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) state.renaming.clear();
  } else if (state.confirm_delete == entry.id) {
    if (ui::danger_button("Delete")) {
      action = PlanListAction{PlanListAction::Kind::remove, entry.id, ""};
      state.confirm_delete.clear();
    }
    ImGui::SetItemTooltip("Moves it to the trash below: it can be restored");
    ImGui::SameLine();
    if (ImGui::Button("Keep it")) state.confirm_delete.clear();
  } else {
    ImGui::BeginDisabled(is_open);
    if (ImGui::Button(kOpen)) action = PlanListAction{PlanListAction::Kind::open, entry.id, ""};
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(kRename)) {
      state.renaming = entry.id;
      state.new_name = entry.name;
      state.confirm_delete.clear();
    }
    ImGui::SameLine();
    if (ImGui::Button(kDuplicate)) action = PlanListAction{PlanListAction::Kind::duplicate, entry.id, ""};
    ImGui::SetItemTooltip("Store a copy named \"%s (copy)\"", shown_name(entry).c_str());
    ImGui::SameLine();
    if (ui::danger_button(kAskDelete)) {
      state.confirm_delete = entry.id;
      state.renaming.clear();
    }
    if (is_open) {
      ImGui::SameLine();
      if (ImGui::Button(kRestoreBackup)) action = PlanListAction{PlanListAction::Kind::restore_backup, entry.id, ""};
      ImGui::SetItemTooltip(
          "Open the previous saved version of this plan (itself undoable: the current one becomes the backup)");
    }
  }
  if (state.confirm_delete == entry.id) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    // Wrapped within the column: a table cell cannot span the row, and a long name would be cut.
    ImGui::PushStyleColor(ImGuiCol_Text, ui::colours().error);
    ui::wrapped_text("Delete \"" + shown_name(entry) + "\"? It goes to the trash and can be restored.");
    ImGui::PopStyleColor();
  }
  ImGui::PopID();
}

}  // namespace

std::optional<PlanListAction> draw_plan_list(const ViewContext& context, PlanListState& state, const PlanIndex& index,
                                             const std::string& open_id) {
  if (!state.open) return std::nullopt;
  if (!ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(ui::space(kWidth), viewport->Size.x - ui::space(32));
  // Hung from a fixed top edge, not centred: the dialog fits its height to its rows a frame late,
  // and centred it would then move every row by half of one added (a duplicate, a confirmation)
  // or removed, under the pointer.
  const float top = viewport->Size.y * kTopFraction;
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, viewport->Size.y - top - ui::space(16)));
  ImGui::SetNextWindowPos(ImVec2(viewport->GetCenter().x, viewport->Pos.y + top), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
  std::optional<PlanListAction> action;
  if (!ImGui::BeginPopupModal(kTitle, &state.open, ImGuiWindowFlags_NoSavedSettings)) {
    state.open = false;
    return std::nullopt;
  }
  ImGui::PushTextWrapPos(0);
  std::string kept = "Plans kept in this browser. Each is saved as you work, with its previous version as a backup.";
  if (const std::string note = persistence_note(context.host.storage_persistence()); !note.empty()) kept += " " + note;
  ui::muted_text(kept);
  ImGui::PopTextWrapPos();
  constexpr ImGuiTableFlags kTable =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (index.plans.empty()) {
    ui::empty_state("No plans yet", "Make one from the first screen, or import a plan file.");
  } else if (ImGui::BeginTable("##plans", 3, kTable)) {
    ImGui::TableSetupColumn("Plan", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Last saved", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Actions", ImGuiTableColumnFlags_WidthFixed, actions_width());
    ImGui::TableHeadersRow();
    for (const PlanEntry& entry : index.plans) draw_entry(entry, entry.id == open_id, state, action);
    ImGui::EndTable();
  }
  if (!index.trash.empty()) {
    ui::section_title(context.fonts.bold, "Trash");
    if (ImGui::BeginTable("##trash", 3, kTable)) {
      ImGui::TableSetupColumn("Plan", ImGuiTableColumnFlags_WidthStretch, 2.0f);
      ImGui::TableSetupColumn("Deleted", ImGuiTableColumnFlags_WidthStretch, 1.2f);
      ImGui::TableSetupColumn("Actions", ImGuiTableColumnFlags_WidthFixed);
      for (const PlanEntry& entry : index.trash) {
        ImGui::PushID(entry.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(shown_name(entry).c_str());
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ui::muted_text(display_timestamp(entry.deleted_at));
        ImGui::TableNextColumn();
        if (ImGui::Button("Restore")) action = PlanListAction{PlanListAction::Kind::restore_from_trash, entry.id, ""};
        ImGui::PopID();
      }
      ImGui::EndTable();
    }
  }
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceS)));
  const std::string add = std::string(icons::kAdd) + " New plan";
  if (ImGui::Button(add.c_str())) action = PlanListAction{PlanListAction::Kind::new_plan, "", ""};
  ImGui::SetItemTooltip("Back to the first screen to make another plan; this one stays in the list");
  ImGui::SameLine();
  if (ImGui::Button("Close")) state.open = false;
  if (action && action->kind != PlanListAction::Kind::rename && action->kind != PlanListAction::Kind::duplicate)
    state.open = false;
  if (!state.open) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return action;
}

}  // namespace planner
