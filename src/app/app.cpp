#include "app/app.hpp"

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <utility>

#include "app/icons.hpp"
#include "app/views/activities.hpp"
#include "app/views/checks_panel.hpp"
#include "app/views/coverage.hpp"
#include "app/views/dissertation.hpp"
#include "app/views/export_panel.hpp"
#include "app/views/first_run.hpp"
#include "app/views/hours.hpp"
#include "app/views/import_dialog.hpp"
#include "app/views/modules.hpp"
#include "app/views/next_up.hpp"
#include "app/views/review_session.hpp"
#include "app/views/reviews.hpp"
#include "app/views/save_indicator.hpp"
#include "app/views/shared_link.hpp"
#include "app/views/timeline.hpp"
#include "app/views/tour.hpp"
#include "app/widgets/controls.hpp"
#include "core/files/plan_file_name.hpp"
#include "core/files/plan_json.hpp"
#include "core/review/review_file.hpp"
#include "core/review/review_import.hpp"
#include "core/storage/storage_persistence.hpp"
#include "core/version.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace planner {
namespace {

constexpr float kTopBarHeight = 46.0f;  // CSS pixels at text scale 1
constexpr float kStatusBarHeight = 28.0f;
constexpr float kNavigationWidth = 184.0f;
constexpr float kChecksWidth = 360.0f;
constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;

std::string random_plan_id() {
  std::random_device device;  // the browser's crypto.getRandomValues under Emscripten
  std::uniform_int_distribution<unsigned> hex_digit(0, 15);
  std::string id = "plan-";
  for (int i = 0; i < 16; ++i) id += "0123456789abcdef"[hex_digit(device)];
  return id;
}

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

App::App(Host& host, const Catalogue& catalogue, AppMode mode)
    : host_(host), catalogue_(catalogue), keeper_(host.storage(), catalogue, random_plan_id) {
  commands_.new_plan_id = random_plan_id;
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
  draw_body(context, ImGui::GetContentRegionAvail().y - ui::space(kStatusBarHeight));
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

  apply_pending_edits();
  apply_demo_action(std::exchange(demo_action_, DemoAction::none));
  if (import_confirmed_) {
    import_confirmed_ = false;
    const StoreResult imported = keeper_.confirm_import(document_, host_.now_utc());
    if (!imported.ok || !imported.message.empty())
      keeper_.add_notice(StoreNotice::say(StoreNotice::Kind::message, imported.message, imported.detail));
  }
  if (notice_action_) carry_out(*std::exchange(notice_action_, std::nullopt));
  if (plan_list_action_) carry_out(*std::exchange(plan_list_action_, std::nullopt));
  // The demo is never kept: the user's stored plans are neither read nor written while it is open.
  if (keeps_plan()) {
    keeper_.after_frame(document_, ImGui::GetTime(), ImGui::GetActiveID() != 0, host_.now_utc());
    keep_settings();
    ask_to_keep_storage();
  }

  const SaveState save = save_state();
  // A plan appearing or going counts too: the save banner offers "Export now" only with a plan.
  std::string shown = std::string(to_string(save.status)) + "/" + std::string(to_string(save.problem)) + "/" +
                      std::to_string(keeper_.notices().size()) + "/" + (keeper_.pending_import() ? "import" : "") +
                      "/" + (first_run() ? "" : "plan");
  if (shown != shown_keeping_) {
    shown_keeping_ = std::move(shown);
    settle_frames_ = 2;
  } else if (settle_frames_ > 0) {
    --settle_frames_;
  }
}

// ---- keeping the plan ----------------------------------------------------------------------------

std::optional<double> App::wake_in() const {
  if (!keeps_plan()) return std::nullopt;
  return keeper_.wake_in(document_, ImGui::GetTime(), ImGui::GetActiveID() != 0);
}

bool App::save_step() {
  if (!keeps_plan()) return false;
  return keeper_.save_step(document_, host_.now_utc());
}

void App::ask_to_keep_storage() {
  if (!should_request_persistence(host_.storage_persistence(), keeper_.stored_a_plan(), persistence_asked_)) return;
  persistence_asked_ = true;
  host_.request_persistent_storage();
}

SaveState App::save_state() const {
  // The demo banner says it already; the storage itself may be fine.
  if (demo_) return demo_state();
  SaveState state = keeper_.state(document_);
  const std::string note = persistence_note(host_.storage_persistence());
  if (!first_run() && state.status == SaveStatus::saved && state.problem == SaveProblem::none && !note.empty())
    state.message += " " + note;
  return state;
}

void App::save_now() {
  if (keeps_plan()) keeper_.save_now(document_, host_.now_utc());
}

void App::notice_storage_change(std::string_view key) {
  if (keeps_plan()) keeper_.notice_change(key, document_, host_.now_utc());
}

// An import replaces the open plan, and the demo's is not the user's to replace.
std::optional<std::string> App::import_refused_in_demo() {
  if (!demo_) return std::nullopt;
  std::string why =
      "Nothing is imported into the demo. Choose \"Leave demo\" first, then import the plan into your own plans.";
  keeper_.add_notice(StoreNotice::say(StoreNotice::Kind::bad_file, why));
  return why;
}

void App::receive_file(std::string_view file_name, std::string_view text) {
  // One way in for files, chosen or dropped: a mentor's review file opens the review's preview (as
  // its link does); anything else is taken as a plan file, whose loader says what is wrong.
  if (import_refused_in_demo()) return;
  ReviewLoadResult review = load_review_file(text);
  if (review.review_format) receive_review_file(file_name, std::move(review));
  else keeper_.receive_file(file_name, text, document_.plan());
}

void App::receive_review_file(std::string_view file_name, ReviewLoadResult loaded) {
  // Refused the way a bad plan file is (a banner naming the file); a good one is previewed.
  if (!loaded.review) return keeper_.refuse_file(file_name, review_load_summary(loaded), loaded.problems);
  if (first_run())
    return keeper_.refuse_file(file_name, "You have no plan in this browser for this review to go into.");
  if (auto refusal = review_import_refusal(document_.plan(), *loaded.review))
    return keeper_.refuse_file(file_name, *refusal + ".");
  open_review_file(catalogue_, document_.plan(), states_.exports, std::move(*loaded.review));
}

nlohmann::json App::load_plan(std::string_view text) {
  if (auto refused = import_refused_in_demo()) return {{"ok", false}, {"error", *refused}};
  const StoreResult imported = keeper_.import_now(text, document_, host_.now_utc());
  if (!imported.ok) return {{"ok", false}, {"error", imported.message}};
  return {{"ok", true},
          {"error", imported.message.empty() ? nlohmann::json(nullptr) : nlohmann::json(imported.message)}};
}

std::string App::export_plan() {
  if (first_run()) return {};
  return keeper_.export_plan(document_.plan(), host_.now_utc());
}

void App::download_plan() {
  const std::string text = export_plan();
  if (text.empty()) return;
  host_.exports().download(plan_file_name(document_.plan(), host_.today()), "application/json", text);
}

void App::carry_out(const NoticeAction& action) {
  const std::string now = host_.now_utc();
  switch (action.kind) {
    case NoticeAction::Kind::export_plan: download_plan(); return;
    case NoticeAction::Kind::try_again: keeper_.save_now(document_, now); return;
    case NoticeAction::Kind::keep_theirs: {
      const bool deleted = keeper_.store().conflict() && keeper_.store().conflict()->deleted;
      keeper_.store().keep_theirs(document_);
      if (deleted) {  // the other tab deleted it: this window closes it too (the trash still has it)
        document_.reset(Plan{});
        navigation_ = Navigation{};
      }
      return;
    }
    case NoticeAction::Kind::keep_mine_as_copy:
      keeper_.store().keep_mine_as_copy(document_, random_plan_id(), now);
      return;
    case NoticeAction::Kind::keep_mine: keeper_.store().replace_theirs(document_, now); return;
    case NoticeAction::Kind::restore_backup: keeper_.restore_backup(action.notice, document_, now); return;
    case NoticeAction::Kind::export_damaged: {
      if (action.notice >= keeper_.notices().size()) return;
      const std::string key = keeper_.notices()[action.notice].quarantine_key;
      const StorageRead raw = keeper_.store().read_quarantined(key);
      if (raw.status == ReadStatus::found) host_.exports().download("damaged-plan-data.txt", "text/plain", raw.value);
      return;
    }
    case NoticeAction::Kind::undo_other_tab:
      document_.undo();
      keeper_.dismiss(action.notice);
      return;
    case NoticeAction::Kind::dismiss: keeper_.dismiss(action.notice); return;
  }
}

void App::carry_out(const PlanListAction& action) {
  const std::string now = host_.now_utc();
  const auto report = [this](const StoreResult& result) {
    if (!result.ok) keeper_.add_notice(StoreNotice::say(StoreNotice::Kind::message, result.message, result.detail));
  };
  switch (action.kind) {
    case PlanListAction::Kind::open: {
      const OpenResult opened = keeper_.store().open(action.id, document_, now);
      if (opened.status != OpenStatus::opened && opened.status != OpenStatus::read_only)
        keeper_.add_notice(StoreNotice::say(StoreNotice::Kind::message, opened.message, opened.detail));
      navigation_ = Navigation{};
      return;
    }
    case PlanListAction::Kind::rename: report(keeper_.store().rename(action.id, action.name, document_, now)); return;
    case PlanListAction::Kind::duplicate: report(keeper_.store().duplicate(action.id, random_plan_id(), now)); return;
    case PlanListAction::Kind::remove: {
      const bool was_open = action.id == keeper_.store().open_id();
      const StoreResult removed = keeper_.store().remove(action.id, document_, now);
      report(removed);
      if (removed.ok && was_open) {
        document_.reset(Plan{});
        navigation_ = Navigation{};
      }
      return;
    }
    case PlanListAction::Kind::restore_from_trash: report(keeper_.store().restore_from_trash(action.id, now)); return;
    case PlanListAction::Kind::restore_backup: {
      const OpenResult restored = keeper_.store().restore_backup(action.id, document_, now);
      if (restored.status != OpenStatus::opened)
        keeper_.add_notice(StoreNotice::say(StoreNotice::Kind::message, restored.message, restored.detail));
      return;
    }
    case PlanListAction::Kind::new_plan:
      keeper_.save_now(document_, now);
      if (keeper_.store().needs_save(document_)) {
        keeper_.add_notice(StoreNotice::say(StoreNotice::Kind::message,
                                            "This plan has changes that could not be saved, so it stays open. "
                                            "Export it first, then try again."));
        return;
      }
      keeper_.store().close();
      document_.reset(Plan{});
      navigation_ = Navigation{};
      states_.first_run = FirstRunState{};
      return;
  }
}

// The appearance settings and Dear ImGui's layout, stored when they change (write_setting skips
// text that has not changed, so this costs nothing on most frames).
void App::keep_settings() {
  const std::string text = encode_ui_settings(settings_);
  if (text != kept_settings_) {
    kept_settings_ = text;
    keeper_.store().write_setting(AppSetting::ui, text);
  }
  ImGuiIO& io = ImGui::GetIO();
  if (io.WantSaveIniSettings) {
    io.WantSaveIniSettings = false;
    std::size_t size = 0;
    const char* layout = ImGui::SaveIniSettingsToMemory(&size);
    keeper_.store().write_setting(AppSetting::layout, std::string_view(layout, size));
  }
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

void App::draw_body(const ViewContext& context, float height) {
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

void App::apply_demo_action(DemoAction action) {
  switch (action) {
    case DemoAction::none: break;
    case DemoAction::open: open_demo(); break;
    case DemoAction::take_tour: start_tour(view_context(derived()), states_.tour); break;
    case DemoAction::reset: reset_demo(); break;
    case DemoAction::leave: leave_demo(); break;
  }
}

void App::open_demo() {
  if (demo_) return;
  demo_ = DemoSession{
      .sample = load_demo_plan(catalogue_), .users_plan = document_.plan(), .users_navigation = navigation_};
  show_demo_plan();
}

void App::reset_demo() {
  if (demo_) show_demo_plan();
}

void App::leave_demo() {
  if (!demo_) return;
  DemoSession session = std::move(*demo_);
  demo_.reset();
  document_.reset(std::move(session.users_plan));
  navigation_ = std::move(session.users_navigation);
  states_.tour = {};
  edit_problem_.clear();
  if (!keeper_started_) start_keeping_plans();  // the app started in the demo: now the user's plans
  host_.demo_left();
}

void App::start_keeping_plans() {
  keeper_.start(document_, host_.now_utc(), host_.today());
  keeper_started_ = true;
  if (host_.opened_from_file()) keeper_.note_opened_from_file();
}

// The demo plan as shipped, from the top: a new revision with no undo history, no tour.
void App::show_demo_plan() {
  document_.reset(demo_->sample.plan);
  navigation_ = Navigation{};
  states_.tour = {};
  states_.plan_explanation.clear();
  edit_problem_.clear();
}

namespace {

// The tour as tests see it: the step, the label it points at, and the highlight drawn around it
// (canvas CSS pixels, like items()), null when the target was not on screen.
nlohmann::json tour_state(const TourState& tour) {
  nlohmann::json highlight = nullptr;
  if (tour.highlight) {
    const TourHighlight& h = *tour.highlight;
    highlight = {{"x", h.min.x}, {"y", h.min.y}, {"w", h.max.x - h.min.x}, {"h", h.max.y - h.min.y}};
  }
  return {{"active", tour.active},
          {"step", tour.step},
          {"steps", tour_steps().size()},
          {"target", tour.active ? tour_steps()[tour.step].target : ""},
          {"highlight", highlight}};
}

// The review in progress as tests see it, as it would be sent (null when none): the comments'
// items and texts, and the decision.
nlohmann::json review_state(const ExportState& exports) {
  if (!exports.review.copy) return nullptr;
  const MentorReview review = current_review(exports);
  nlohmann::json comments = nlohmann::json::array();
  for (const ReviewComment& comment : review.comments)
    comments.push_back({{"item", comment.item}, {"text", comment.text}});
  return {{"comments", comments},
          {"decision", review.verdict ? nlohmann::json(review.verdict->decision) : nlohmann::json(nullptr)}};
}

}  // namespace

nlohmann::json App::state() const {
  const Plan& plan = document_.plan();
  nlohmann::json plan_json = nullptr;
  if (!plan.id.empty()) plan_json = plan;
  const FindingCounts counts = derived_ ? derived_->counts : FindingCounts{};
  const SaveState save = save_state();
  nlohmann::json save_json = {{"status", to_string(save.status)},
                              {"message", save.message},
                              {"problem", to_string(save.problem)},
                              {"detail", save.detail}};
  if (const std::optional<Conflict>& conflict = keeper_.store().conflict())
    save_json["conflict"] = {{"deleted", conflict->deleted}, {"theirRevision", conflict->their_revision}};
  nlohmann::json notices = nlohmann::json::array();
  for (const StoreNotice& notice : keeper_.notices()) notices.push_back(notice.message);
  return {{"plan", plan_json},
          {"view", view_name(navigation_.view)},
          {"selected", navigation_.selected},
          {"screen", first_run() ? "first-run" : "plan"},
          {"today", today().iso()},
          {"mode", mode() == AppMode::demo ? std::string("demo") : std::string(exports_mode(states_.exports))},
          {"revision", document_.revision()},
          {"findings", {{"error", counts.errors}, {"warning", counts.warnings}, {"note", counts.notes}}},
          {"save", save_json},
          {"notices", notices},
          {"importPending", keeper_.pending_import().has_value()},
          {"planCount", keeper_.store().index().plans.size()},
          {"canUndo", document_.can_undo()},
          {"canRedo", document_.can_redo()},
          {"editProblem", edit_problem_},
          {"theme", to_string(theme())},
          {"textScale", settings_.text_scale},
          {"tour", tour_state(states_.tour)},
          {"review", review_state(states_.exports)},
          {"version", app_version()}};
}

}  // namespace planner
