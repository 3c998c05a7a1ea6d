// App: keeping plans (app.hpp), the app's side of PlanKeeper (plan_keeper.hpp): when to save and
// what the user chose in the save banners, the import dialog and the plan list; files and texts
// coming in (plan files, mentor reviews, window.planner.load()) and the plan going out (export);
// the appearance settings and Dear ImGui's layout kept with the plans; and asking the browser to
// keep its storage for good.
#include <random>
#include <string>
#include <utility>

#include "app/app.hpp"
#include "app/views/shared_link.hpp"
#include "core/files/plan_file_name.hpp"
#include "core/review/review_file.hpp"
#include "core/review/review_import.hpp"
#include "core/storage/storage_persistence.hpp"
#include "imgui.h"

namespace planner {

std::string App::new_plan_id() {
  std::random_device device;  // the browser's crypto.getRandomValues under Emscripten
  std::uniform_int_distribution<unsigned> hex_digit(0, 15);
  std::string id = "plan-";
  for (int i = 0; i < 16; ++i) id += "0123456789abcdef"[hex_digit(device)];
  return id;
}

void App::start_keeping_plans() {
  keeper_.start(document_, host_.now_utc(), host_.today());
  keeper_started_ = true;
  if (host_.opened_from_file()) keeper_.note_opened_from_file();
}

void App::carry_out_keeping_choices() {
  if (import_confirmed_) {
    import_confirmed_ = false;
    const StoreResult imported = keeper_.confirm_import(document_, host_.now_utc());
    if (!imported.ok || !imported.message.empty())
      keeper_.add_notice(StoreNotice::say(StoreNotice::Kind::message, imported.message, imported.detail));
  }
  if (notice_action_) carry_out(*std::exchange(notice_action_, std::nullopt));
  if (plan_list_action_) carry_out(*std::exchange(plan_list_action_, std::nullopt));
}

void App::keep_after_frame() {
  // The demo is never kept: the user's stored plans are neither read nor written while it is open.
  if (keeps_plan()) {
    keeper_.after_frame(document_, ImGui::GetTime(), ImGui::GetActiveID() != 0, host_.now_utc());
    keep_settings();
    ask_to_keep_storage();
  }

  // When what the banners show changes, settling() asks for a couple more frames.
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
      keeper_.store().keep_mine_as_copy(document_, new_plan_id(), now);
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
    case PlanListAction::Kind::duplicate: report(keeper_.store().duplicate(action.id, new_plan_id(), now)); return;
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

}  // namespace planner
