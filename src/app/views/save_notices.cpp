#include "app/views/save_notices.hpp"

#include <string>

#include "app/icons.hpp"
#include "app/widgets/controls.hpp"
#include "imgui.h"

namespace planner {
namespace {

// A full-width box tinted with `colour`, as tall as its text.
class Banner {
 public:
  Banner(const char* id, const ImVec4& colour) {
    const ImVec4 surface = ui::colours().surface;
    const ImVec4 tinted(surface.x + (colour.x - surface.x) * 0.12f, surface.y + (colour.y - surface.y) * 0.12f,
                        surface.z + (colour.z - surface.z) * 0.12f, 1.0f);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, tinted);
    ImGui::PushStyleColor(ImGuiCol_Border, colour);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui::space(14), ui::space(8)));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 1.0f);
    ImGui::BeginChild(id, ImVec2(0, 0),
                      ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NoScrollbar);
    ImGui::PushTextWrapPos(0);
  }
  ~Banner() {
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
  }
  Banner(const Banner&) = delete;
  Banner& operator=(const Banner&) = delete;
};

void headline(const ImVec4& colour, const char* icon, std::string_view text) {
  ui::coloured_text(colour, std::string(icon) + " " + std::string(text));
}

void details(std::string_view detail) {
  if (detail.empty()) return;
  ui::muted_text("Details: " + std::string(detail));
}

std::optional<NoticeAction> draw_conflict(const ViewContext& context, const SaveState& state,
                                          const PlanKeeper& keeper) {
  const Banner banner("##conflict", ui::colours().warning);
  const std::optional<Conflict>& conflict = keeper.store().conflict();
  const bool deleted = conflict && conflict->deleted;
  ImGui::PushFont(context.fonts.bold);
  headline(ui::colours().warning, icons::kWarning,
           deleted ? "This plan was deleted in another tab" : "This plan was changed in another tab");
  ImGui::PopFont();
  ui::wrapped_text(state.message);
  details(state.detail);
  std::optional<NoticeAction> action;
  if (ImGui::Button(deleted ? "Close this plan" : "Use the other version")) action = {NoticeAction::Kind::keep_theirs};
  ImGui::SetItemTooltip("%s", deleted ? "Accept the deletion: it can be restored from the trash in All plans"
                                      : "Show the version saved in the other tab; Undo brings this one back");
  ImGui::SameLine();
  if (ImGui::Button("Keep both")) action = {NoticeAction::Kind::keep_mine_as_copy};
  ImGui::SetItemTooltip("Keep the other version as it is and store this window's as a new plan (a copy)");
  ImGui::SameLine();
  if (ImGui::Button(deleted ? "Keep my plan" : "Keep mine")) action = {NoticeAction::Kind::keep_mine};
  ImGui::SetItemTooltip("%s", deleted
                                  ? "Store this window's plan again"
                                  : "Save this window's version; the other becomes the backup, so it can be restored");
  return action;
}

std::optional<NoticeAction> draw_state(const ViewContext& context, const SaveState& state, const PlanKeeper& keeper) {
  if (state.problem == SaveProblem::conflict && keeper.store().conflict()) return draw_conflict(context, state, keeper);
  const bool failed = state.status == SaveStatus::failed;
  const ImVec4 colour = failed ? ui::colours().error : ui::colours().warning;
  const Banner banner("##save-state", colour);
  ImGui::PushFont(context.fonts.bold);
  headline(colour, icons::kWarning,
           failed                                          ? "Your latest changes are not saved"
           : state.status == SaveStatus::unavailable       ? "Your plan is not kept in this browser"
           : state.problem == SaveProblem::backup_not_kept ? "Saved, but without a backup of the previous version"
                                                           : "This plan is read-only");
  ImGui::PopFont();
  ui::wrapped_text(state.message);
  details(state.detail);
  std::optional<NoticeAction> action;
  if (!context.plan.id.empty()) {
    if (ui::primary_button("Export now")) action = {NoticeAction::Kind::export_plan};
    ImGui::SetItemTooltip("Download the plan as a file, so nothing is lost");
  }
  if (failed) {
    if (!context.plan.id.empty()) ImGui::SameLine();
    if (ImGui::Button("Try again")) action = {NoticeAction::Kind::try_again};
    ImGui::SetItemTooltip("Save again now (after making room, for example)");
  }
  return action;
}

std::optional<NoticeAction> draw_notice_banner(const ViewContext& context, const StoreNotice& notice,
                                               std::size_t index) {
  const bool problem = notice.kind == StoreNotice::Kind::damaged || notice.kind == StoreNotice::Kind::bad_file;
  const ImVec4 colour = problem                                     ? ui::colours().error
                        : notice.kind == StoreNotice::Kind::missing ? ui::colours().warning
                                                                    : ui::colours().note;
  const Banner banner("##notice", colour);
  std::optional<NoticeAction> action;
  ui::coloured_text(colour, problem ? icons::kWarning : icons::kInfo);
  ImGui::SameLine();
  ui::wrapped_text(notice.message);
  if (notice.kind == StoreNotice::Kind::bad_file && !notice.detail.empty()) {
    ImGui::PushFont(context.fonts.bold);
    ImGui::TextUnformatted("What is wrong:");
    ImGui::PopFont();
    ui::wrapped_text(notice.detail);
  } else {
    details(notice.detail);
  }
  bool first = true;
  const auto button = [&](const char* label, NoticeAction::Kind kind, const char* tooltip) {
    if (!first) ImGui::SameLine();
    first = false;
    if (ImGui::Button(label)) action = NoticeAction{kind, index};
    if (tooltip != nullptr) ImGui::SetItemTooltip("%s", tooltip);
  };
  if (notice.backup_available) {
    const std::string label = "Restore the version saved on " + display_timestamp(notice.backup_saved_at);
    button(label.c_str(), NoticeAction::Kind::restore_backup, "Open the previous good version of this plan");
  }
  if (!notice.quarantine_key.empty())
    button("Export the damaged data", NoticeAction::Kind::export_damaged,
           "Download the stored text exactly as it was found, for repair or a bug report");
  if (notice.kind == StoreNotice::Kind::export_due)
    button("Export plan", NoticeAction::Kind::export_plan, "Download the plan as a file: your own copy");
  if (notice.kind == StoreNotice::Kind::other_tab)
    button("Go back to my version", NoticeAction::Kind::undo_other_tab, "Undo the changes taken from the other tab");
  button("Dismiss", NoticeAction::Kind::dismiss, nullptr);
  return action;
}

std::optional<NoticeAction> draw_notice(const ViewContext& context, const StoreNotice& notice, std::size_t index) {
  // The banner (a child window) opens and closes inside the notice's id scope.
  ImGui::PushID(static_cast<int>(index));
  std::optional<NoticeAction> action = draw_notice_banner(context, notice, index);
  ImGui::PopID();
  return action;
}

}  // namespace

std::string display_timestamp(std::string_view timestamp) {
  if (timestamp.size() < 16 || timestamp[10] != 'T') return std::string(timestamp);
  const std::optional<Date> day = Date::parse(timestamp.substr(0, 10));
  if (!day) return std::string(timestamp);
  return day->display() + ", " + std::string(timestamp.substr(11, 5)) + " UTC";
}

std::optional<NoticeAction> draw_save_notices(const ViewContext& context, const SaveState& state,
                                              const PlanKeeper& keeper) {
  std::optional<NoticeAction> action;
  const bool needs_user = state.status == SaveStatus::failed ||
                          (state.status == SaveStatus::unavailable && state.problem != SaveProblem::demo) ||
                          state.status == SaveStatus::readonly || state.problem == SaveProblem::backup_not_kept;
  if (needs_user) action = draw_state(context, state, keeper);
  const std::vector<StoreNotice>& notices = keeper.notices();
  for (std::size_t i = 0; i < notices.size(); ++i) {
    if (auto chosen = draw_notice(context, notices[i], i)) action = chosen;
  }
  return action;
}

}  // namespace planner
