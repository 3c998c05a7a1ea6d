// App: construction and the frame (app.hpp); the rest of App is defined beside it by concern.
#include "app/app.hpp"

#include <utility>

#include "app/views/export_panel.hpp"
#include "app/views/import_dialog.hpp"
#include "app/views/review_session.hpp"
#include "app/views/tour.hpp"
#include "app/widgets/controls.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace planner {

App::App(Host& host, const Catalogue& catalogue, AppMode mode)
    : host_(host), catalogue_(catalogue), keeper_(host.storage(), catalogue, new_plan_id) {
  commands_.new_plan_id = new_plan_id;
  commands_.explore_demo = [this] { demo_action_ = DemoAction::open; };
  // Starting the keeper writes (its storage probe, repairs, migrations): not while in the demo.
  if (mode == AppMode::demo) open_demo();
  else start_keeping_plans();
  // Settings come back before the first frame, so the first frame already looks as chosen.
  if (std::optional<std::string> stored = keeper_.store().read_setting(AppSetting::ui)) {
    settings_ = decode_ui_settings(*stored);
    kept_settings_ = *stored;
  }
  if (std::optional<std::string> layout = keeper_.store().read_setting(AppSetting::layout))
    ImGui::LoadIniSettingsFromMemory(layout->data(), layout->size());
}

std::string_view to_string(AppMode mode) { return mode == AppMode::demo ? "demo" : "edit"; }

void App::restyle() {
  if (theme() == applied_theme_ && settings_.text_scale == applied_text_scale_) return;
  applied_theme_ = theme();
  applied_text_scale_ = settings_.text_scale;
  apply_theme(applied_theme_, applied_text_scale_);
}

const Derived& App::derived() {
  // The first-run screen has no plan yet, so nothing to derive: checking the empty placeholder
  // would only report every module unplaced, and took a quarter of the first frame.
  static const Derived kNoPlan{};
  if (first_run()) return kNoPlan;
  if (!derived_ || derived_revision_ != document_.revision()) {
    derived_ = derive(catalogue_, document_.plan());
    derived_revision_ = document_.revision();
  }
  return *derived_;
}

ViewContext App::view_context(const Derived& derived) {
  return ViewContext{.catalogue = catalogue_,
                     .plan = document_.plan(),
                     .derived = derived,
                     .revision = derived_revision_,
                     .today = today(),
                     .theme = theme(),
                     .palette = palette(theme()),
                     .fonts = fonts_,
                     .read_only = keeper_.read_only(),
                     .host = host_,
                     .navigation = navigation_,
                     .states = states_,
                     .buffers = buffers_,
                     .pending = pending_,
                     .commands = commands_};
}

void App::draw() {
  restyle();
  ui::use_palette(&palette(theme()));
  handle_shortcuts();
  const ViewContext context = view_context(derived());

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
  ImGui::Begin("Apprenticeship Planner", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PopStyleVar(2);
  draw_top_bar(context);
  notice_action_ = draw_save_notices(context, save_state(), keeper_);
  if (demo_) {
    if (const DemoAction action = draw_demo_banner(context, *demo_); action != DemoAction::none) demo_action_ = action;
  }
  draw_body(context);
  draw_status_bar();
  if (const std::optional<PendingImport>& pending = keeper_.pending_import()) {
    if (const std::optional<ImportChoice> choice = draw_import_dialog(context, *pending)) {
      if (*choice == ImportChoice::confirm) {
        // After the frame, like an edit: views hold references into the plan until then.
        import_confirmed_ = true;
      } else {
        keeper_.cancel_import();
      }
    }
  }
  plan_list_action_ = draw_plan_list(context, plan_list_, keeper_.store().index(), keeper_.store().open_id());
  ImGui::End();
  draw_exports(context, states_.exports);  // its windows, and links arriving at any time
  // A shared plan taken as mine is an import like a file's: previewed, confirmed, mine backed up.
  if (auto shared = std::exchange(states_.exports.plan_to_import, std::nullopt)) receive_file("", *shared);
  draw_tour(context, states_.tour);

  // After the frame, when no view holds a reference into the plan any more.
  apply_pending_edits();
  apply_demo_action(std::exchange(demo_action_, DemoAction::none));
  carry_out_keeping_choices();
  keep_after_frame();
}

void App::apply_pending_edits() {
  for (const Edit& edit : pending_) {
    if (std::optional<std::string> problem = document_.apply(edit)) edit_problem_ = edit.label + ": " + *problem;
    else edit_problem_.clear();
  }
  pending_.clear();
  // Typing and dragging merge into one undo step while a widget is held; letting go ends it.
  if (ImGui::GetActiveID() == 0) document_.seal();
}

void App::handle_shortcuts() {
  // A text field being edited has its own undo (ImGui's), so the plan's waits until it is done.
  // Asked of the field itself: io.WantTextInput lags a frame, and would swallow a Ctrl+Z pressed
  // in the frame after Enter left the field.
  if (const ImGuiID active = ImGui::GetActiveID(); active != 0 && ImGui::GetInputTextState(active) != nullptr) return;
  // Undo acts on what is on screen. While the user reviews someone's plan their own is out of
  // sight behind it and must never change unseen: undo takes back the review's own comments and
  // decision (its copy has no other history), and nothing more.
  Document* review = review_document(states_.exports);
  Document& shown = review != nullptr ? *review : document_;
  if (ImGui::Shortcut(ImGuiMod_Shortcut | ImGuiKey_Z, 0, ImGuiInputFlags_RouteGlobal)) shown.undo();
  if (ImGui::Shortcut(ImGuiMod_Shortcut | ImGuiMod_Shift | ImGuiKey_Z, 0, ImGuiInputFlags_RouteGlobal) ||
      ImGui::Shortcut(ImGuiMod_Shortcut | ImGuiKey_Y, 0, ImGuiInputFlags_RouteGlobal))
    shown.redo();
}

}  // namespace planner
