#pragma once
// The Dear ImGui front: owns the plan being edited (a Document), the data derived from it, what
// the user is doing (view, selection, forms) and their appearance settings; draws one frame at a
// time; tells the platform what it needs (fonts for a pixel ratio, the next wake-up).
// Platform-free: the browser drives it from src/platform/web, the native tests drive it directly.
//
// Frame: draw every part (views queue edits) → apply the queued edits in order (each one undo
// step, or merged while typing or dragging) → carry out what the banners and dialogs chose →
// let the plan keeper save once the user paused → the next frame derives again if the revision
// moved. At construction the keeper opens the plan opened last and the settings are read back.
//
// One class, its member functions defined by concern: app.cpp (construction, the frame),
// app_layout.cpp (the bars and navigation around the views), app_keeping.cpp (plans saved, loaded,
// imported and exported), app_demo.cpp (the demo) and app_state.cpp (window.planner.state()).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/demo.hpp"
#include "app/fonts.hpp"
#include "app/host.hpp"
#include "app/plan_keeper.hpp"
#include "app/theme.hpp"
#include "app/ui_settings.hpp"
#include "app/view.hpp"
#include "app/view_context.hpp"
#include "app/view_states.hpp"
#include "app/views/plan_list.hpp"
#include "app/views/save_notices.hpp"
#include "app/widgets/fields.hpp"
#include "core/plan/document.hpp"
#include "core/planning/derived.hpp"
#include "core/programme/catalogue.hpp"
#include "core/review/review_file.hpp"

namespace planner {

// What the plan on screen is, and so what may happen to it: planner.state().mode ("edit", "demo";
// a mentor's review of a shared plan is "review", kept by the export state).
enum class AppMode { edit, demo };
std::string_view to_string(AppMode mode);  // "edit", "demo"

class App {
 public:
  static constexpr float kMinTextScale = UiSettings::kMinTextScale;
  static constexpr float kMaxTextScale = UiSettings::kMaxTextScale;

  // `mode` demo: opened as ?demo, the app starts in the demo and leaves browser storage as it
  // found it: the stored plans are opened only when the demo is left.
  App(Host& host, const Catalogue& catalogue, AppMode mode = AppMode::edit);

  // Draws the whole UI and applies the edits it produced; call between ImGui::NewFrame() and
  // ImGui::Render().
  void draw();

  // The fonts the app wants for this pixel ratio; when it differs from the current one the
  // platform rebuilds the atlas with build_fonts() and hands the result back.
  FontScale wanted_font_scale(float pixel_ratio) const { return {pixel_ratio, settings_.text_scale}; }
  void use_fonts(const Fonts& fonts) { fonts_ = fonts; }

  void set_system_prefers_dark(bool dark) { system_prefers_dark_ = dark; }
  Theme theme() const { return resolve_theme(settings_.theme, system_prefers_dark_); }

  View view() const { return navigation_.view; }
  const Document& document() const { return document_; }
  // Why the last edit could not be applied (shown until the next successful one).
  const std::string& edit_problem() const { return edit_problem_; }
  AppMode mode() const { return demo_ ? AppMode::demo : AppMode::edit; }
  // Whether the plan on screen is the user's own, to be loaded from and saved to their storage.
  // Persistence checks it before every read or write of the user's stored plans (autosave,
  // backups, the plan list, opening the last plan at start): while it is false (the demo is
  // open) nothing is read or written. At start with ?demo the platform calls open_demo() before
  // anything is loaded, so the user's plans are never even read; when the user leaves the demo it
  // turns true again with the plan that was open before (the empty first-run plan when the demo
  // was opened at start: load the user's plan then).
  bool keeps_plan() const { return mode() == AppMode::edit; }

  // Demo mode (app/demo.hpp; app_demo.cpp). Call between frames (the UI's buttons queue the same
  // calls): open_demo() shows the demo plan as on its own fixed day with an empty undo history,
  // setting the open plan aside; reset_demo() puts the demo plan back as shipped; leave_demo() puts
  // the plan set aside back. Each does nothing when it does not apply (already in, not in the demo).
  void open_demo();
  void reset_demo();
  void leave_demo();

  // window.planner.state(): {plan, view, mode, revision, findings, save, …} (app_state.cpp).
  nlohmann::json state() const;

  // ---- keeping the plan (plan_keeper.hpp; app_keeping.cpp) -------------------------------------
  const PlanKeeper& keeper() const { return keeper_; }
  // Seconds until a save is due (debounced); nothing when none waits.
  std::optional<double> wake_in() const;
  // The next step of the save that is due (PlanKeeper::save_step), for a platform that runs them
  // in tasks of their own rather than in frames. Returns whether another step follows.
  bool save_step();
  // True for a couple of frames after what the keeper shows changed (a save failed, a notice
  // came): a new banner sizes itself to its text over two frames, and the platform must draw them
  // even when the change came from a timer rather than input.
  bool settling() const { return settle_frames_ > 0; }
  // The page is being hidden or closed: save what waits, now.
  void save_now();
  // Another tab changed `key` in storage (empty: it cleared everything).
  void notice_storage_change(std::string_view key);
  // A file the user chose or dropped: a plan file's preview opens, or a mentor's review file's
  // (the same as its link's); or a notice says why it was refused, and nothing changes.
  void receive_file(std::string_view file_name, std::string_view text);
  // window.planner.load(text) (docs/product.md "Interfaces"): the UI's import without its confirmation dialog. The
  // text is validated by the same strict loader (refused: {ok: false, error}, nothing changes);
  // a good plan replaces the open one at once, the current plan saved and backed up first, as
  // one undo step ({ok: true, error: null, or a message when it could not then be stored}).
  nlohmann::json load_plan(std::string_view text);
  // window.planner.export(): the plan file's text, as "Export plan" writes it (and records the export).
  std::string export_plan();

 private:
  // ---- the frame (app.cpp) --------------------------------------------------------------------
  const Derived& derived();
  ViewContext view_context(const Derived& derived);
  void restyle();
  void handle_shortcuts();
  void apply_pending_edits();
  bool first_run() const { return document_.plan().id.empty(); }
  // The day the app treats as today: the demo's own in the demo, else the host's.
  Date today() const { return demo_ ? demo_->sample.today : host_.today(); }

  // ---- the layout around the views (app_layout.cpp) -------------------------------------------
  void draw_top_bar(const ViewContext& context);
  void draw_plan_menu();
  void draw_settings_menu();
  // The navigation, the view and the Checks panel, down to the status bar.
  void draw_body(const ViewContext& context);
  void draw_navigation();
  void draw_view(const ViewContext& context);
  void draw_status_bar();

  // ---- keeping plans (app_keeping.cpp) --------------------------------------------------------
  static std::string new_plan_id();
  void start_keeping_plans();
  // After the frame: what the import dialog, the banners and the plan list chose, then the
  // keeper's turn (a due save, the settings, storage kept for good).
  void carry_out_keeping_choices();
  void keep_after_frame();
  void carry_out(const NoticeAction& action);
  void carry_out(const PlanListAction& action);
  void download_plan();
  // In the demo: says why nothing is imported (a notice) and returns it.
  std::optional<std::string> import_refused_in_demo();
  void receive_review_file(std::string_view file_name, ReviewLoadResult loaded);
  void keep_settings();
  // Asks the browser to keep storage for good once the user has a plan stored in it.
  void ask_to_keep_storage();
  // The keeper's save state; when saved, its message also says how long this browser keeps plans.
  SaveState save_state() const;

  // ---- the demo (app_demo.cpp) ----------------------------------------------------------------
  void apply_demo_action(DemoAction action);
  void show_demo_plan();

  Host& host_;
  const Catalogue& catalogue_;
  Document document_;
  std::optional<Derived> derived_;
  std::uint64_t derived_revision_ = 0;
  std::vector<Edit> pending_;
  std::string edit_problem_;
  AppCommands commands_;
  std::optional<DemoSession> demo_;            // set while the demo is open
  DemoAction demo_action_ = DemoAction::none;  // asked for by the UI this frame, done after it

  Fonts fonts_;
  UiSettings settings_;
  bool system_prefers_dark_ = false;
  Theme applied_theme_ = Theme::light;
  float applied_text_scale_ = 0;

  PlanKeeper keeper_;
  bool keeper_started_ = false;                // the stored plans opened (not yet when the app starts in the demo)
  bool persistence_asked_ = false;             // this session asked the browser to keep storage for good
  std::optional<NoticeAction> notice_action_;  // chosen this frame, carried out after it
  std::optional<PlanListAction> plan_list_action_;
  bool import_confirmed_ = false;
  PlanListState plan_list_;
  std::string kept_settings_;  // the settings text last stored
  std::string shown_keeping_;  // what the banners showed last frame (status, problem, notices, dialog, a plan)
  int settle_frames_ = 0;

  Navigation navigation_;
  ViewStates states_;
  ui::FieldBuffers buffers_;
};

}  // namespace planner
