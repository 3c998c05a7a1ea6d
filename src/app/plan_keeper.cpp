#include "app/plan_keeper.hpp"

#include <algorithm>
#include <utility>

#include "core/files/load_problem.hpp"
#include "core/files/plan_file.hpp"
#include "core/plan/edits.hpp"
#include "core/storage/export_reminder.hpp"

namespace planner {
namespace {

// An export, or the one-file note that says more, makes the export reminder moot.
void forget_export_reminders(std::vector<StoreNotice>& notices) {
  std::erase_if(notices, [](const StoreNotice& notice) { return notice.kind == StoreNotice::Kind::export_due; });
}

// A file that is not taken in: the notice names it, says `why`, and lists the problems found.
StoreNotice refusal(std::string_view file_name, std::string_view why, const std::vector<LoadProblem>& problems) {
  const std::string named = file_name.empty() ? std::string("The file") : "\"" + std::string(file_name) + "\"";
  std::string detail;
  for (const LoadProblem& problem : problems) {
    if (!detail.empty()) detail += "\n";
    detail += to_string(problem);
  }
  return StoreNotice::say(StoreNotice::Kind::bad_file,
                          named + " was not imported, and your plan has not changed. " + std::string(why),
                          std::move(detail));
}

}  // namespace

PlanKeeper::PlanKeeper(Storage& storage, const Catalogue& catalogue, std::function<std::string()> new_plan_id)
    : store_(storage, catalogue), catalogue_(catalogue), new_plan_id_(std::move(new_plan_id)) {}

void PlanKeeper::start(Document& document, std::string_view now, Date today) {
  const StoreStart started = store_.start(now);
  if (!started.message.empty() && started.read_only)
    add_notice(StoreNotice::say(StoreNotice::Kind::message, started.message, started.detail));
  for (const std::string& notice : started.notices)
    add_notice(StoreNotice::say(StoreNotice::Kind::message, notice, started.detail));
  if (!started.available) return;  // the save state says so, for as long as it lasts
  const std::string last = store_.index().last_opened;
  if (last.empty() || store_.index().find(last) == nullptr) return;
  const OpenResult opened = store_.open(last, document, now);
  report_open(opened, last);
  seen_revision_ = document.revision();
  if (opened.status != OpenStatus::opened) return;
  // Browser storage is not a safe place for two years of work (Safari clears it after a week
  // without a visit): remind, at start only, when no export holds the latest changes.
  if (const PlanEntry* entry = store_.index().find(last)) {
    const ExportReminder reminder = export_reminder(*entry, today);
    if (reminder.due) add_notice(StoreNotice::say(StoreNotice::Kind::export_due, reminder.message));
  }
}

void PlanKeeper::report_open(const OpenResult& opened, std::string_view id) {
  switch (opened.status) {
    case OpenStatus::opened:
    case OpenStatus::read_only:  // the save state explains read-only for as long as it lasts
      return;
    case OpenStatus::damaged:
    case OpenStatus::missing:
      add_notice(
          {.kind = opened.status == OpenStatus::damaged ? StoreNotice::Kind::damaged : StoreNotice::Kind::missing,
           .message = opened.message,
           .detail = opened.detail,
           .plan_id = std::string(id),
           .backup_available = opened.backup_available,
           .backup_saved_at = opened.backup_saved_at,
           .quarantine_key = opened.quarantine_key});
      return;
    case OpenStatus::too_new:
    case OpenStatus::failed:
    case OpenStatus::unavailable:
      add_notice(StoreNotice::say(StoreNotice::Kind::message, opened.message, opened.detail));
      return;
  }
}

void PlanKeeper::add_notice(StoreNotice notice) {
  // The same message twice (a file dropped twice) is one notice.
  const auto same = [&notice](const StoreNotice& shown) {
    return shown.kind == notice.kind && shown.message == notice.message && shown.detail == notice.detail;
  };
  if (std::none_of(notices_.begin(), notices_.end(), same)) notices_.push_back(std::move(notice));
}

void PlanKeeper::note_opened_from_file() {
  // A file on a USB stick looks as if it holds the plan; it does not, and the plan is not on the
  // next computer the stick goes into.
  forget_export_reminders(notices_);
  add_notice(StoreNotice::say(
      StoreNotice::Kind::export_due,
      "You opened the planner from a file. Your plans are kept in this browser on this computer, not in the file: "
      "on another computer, in another browser, or once this browser's data is cleared, they are not there. Use "
      "\"Export plan\" to keep your own copy, and \"Import plan\" to open it wherever you use the planner next."));
}

void PlanKeeper::dismiss(std::size_t index) {
  if (index < notices_.size()) notices_.erase(notices_.begin() + static_cast<std::ptrdiff_t>(index));
}

void PlanKeeper::restore_backup(std::size_t notice_index, Document& document, std::string_view now) {
  if (notice_index >= notices_.size()) return;
  const std::string id = notices_[notice_index].plan_id;
  const OpenResult restored = store_.restore_backup(id, document, now);
  if (restored.status == OpenStatus::opened || restored.status == OpenStatus::read_only) {
    dismiss(notice_index);
    seen_revision_ = document.revision();
    return;
  }
  add_notice(StoreNotice::say(StoreNotice::Kind::message, restored.message, restored.detail));
}

// ---- saving ------------------------------------------------------------------------------------

void PlanKeeper::keep_new(Document& document, std::string_view now) {
  // An id this browser already holds (a file exported from here, imported again) gets a new
  // one, so it can never be mistaken for that plan.
  const std::string& id = document.plan().id;
  if (store_.index().find(id) != nullptr || store_.index().find_in_trash(id) != nullptr) {
    Plan renamed = document.plan();
    renamed.id = new_plan_id_();
    document.reset(std::move(renamed));
  }
  const SaveState kept = store_.keep_new(document, now);
  if (kept.status == SaveStatus::saved) {
    new_plan_failure_.reset();
    stored_a_plan_ = true;
  } else {
    new_plan_failure_ = kept;
  }
}

bool PlanKeeper::unstored(const Document& document) const {
  const std::string& id = document.plan().id;
  return !id.empty() && id != store_.open_id() && store_.available() && !store_.read_only();
}

void PlanKeeper::save(Document& document, std::string_view now) {
  attempted_ = true;
  attempted_revision_ = document.revision();
  if (document.plan().id.empty()) return;  // the first-run screen: nothing to keep yet
  if (unstored(document)) {
    keep_new(document, now);
    return;
  }
  if (!store_.needs_save(document)) return;
  // The store encodes afresh when the document changed since encoded_ was made.
  const SaveState saved = encoded_ ? store_.save(document, now, *encoded_) : store_.save(document, now);
  encoded_.reset();
  backed_up_ = false;
  if (saved.status == SaveStatus::saved) stored_a_plan_ = true;
}

void PlanKeeper::after_frame(Document& document, double time, bool widget_held, std::string_view now) {
  if (document.revision() != seen_revision_) {
    seen_revision_ = document.revision();
    changed_at_ = time;
  }
  // Letting go (the drop that ends a drag, leaving a text field) counts as the last change: the
  // pause starts again there, so the frame that shows the drop never also carries a save.
  if (widget_was_held_ && !widget_held) changed_at_ = time;
  widget_was_held_ = widget_held;
  if (document.plan().id.empty()) return;
  // A plan made in this window is stored at once: it is the moment it becomes the user's.
  if (unstored(document)) {
    if (!attempted_ || attempted_revision_ != document.revision()) save(document, now);
    return;
  }
  const std::optional<double> due = wake_in(document, time, widget_held);
  // Still due after each step, so wake_in() asks for the next frame at once.
  if (due && *due <= 0) save_step(document, now);
}

bool PlanKeeper::save_step(Document& document, std::string_view now) {
  if (document.plan().id.empty() || unstored(document) || !save_waiting(document)) return false;
  if (!encoded_for(document)) {
    encoded_ = store_.encode_for_save(document, now);
    backed_up_ = false;
    return true;
  }
  if (!backed_up_) {
    store_.back_up_for_save();
    backed_up_ = true;
    return true;
  }
  save(document, now);
  return false;
}

bool PlanKeeper::save_waiting(const Document& document) const {
  if (attempted_ && attempted_revision_ == document.revision()) return false;  // tried: wait for a change
  return store_.needs_save(document);
}

std::optional<double> PlanKeeper::wake_in(const Document& document, double time, bool widget_held) const {
  if (!save_waiting(document)) return std::nullopt;
  const double pause = widget_held ? kPauseWhileHeld : kPause;
  return std::max(0.0, changed_at_ + pause - time);
}

void PlanKeeper::save_now(Document& document, std::string_view now) { save(document, now); }

void PlanKeeper::notice_change(std::string_view key, Document& document, std::string_view now) {
  const ChangeKind change = store_.notice_change(key, document, now);
  if (change == ChangeKind::reloaded) {
    seen_revision_ = document.revision();
    attempted_ = true;  // the document now holds what is stored: nothing to save
    attempted_revision_ = document.revision();
    add_notice(StoreNotice::say(StoreNotice::Kind::other_tab,
                                "This plan was changed in another tab or window, and this window now shows those "
                                "changes. Nothing here was unsaved. Undo goes back to the version shown before."));
  }
}

SaveState PlanKeeper::state(const Document& document) const {
  if (document.plan().id.empty() && store_.available()) {
    return {SaveStatus::saved, SaveProblem::none, "No plan yet: your plan is kept in this browser once you make one.",
            ""};
  }
  if (unstored(document)) return new_plan_failure_ ? *new_plan_failure_ : saving_state();
  return store_.state(document);
}

// ---- files -------------------------------------------------------------------------------------

std::variant<PendingImport, StoreNotice> PlanKeeper::read_plan_file(std::string_view file_name, std::string_view text,
                                                                    const Plan& current) const {
  const LoadResult loaded = load_plan_file(text, catalogue_);
  if (loaded.status == LoadStatus::ok && loaded.plan) {
    const bool upgraded = loaded.schema_version < kCurrentPlanSchemaVersion;
    return PendingImport{
        std::string(file_name), *loaded.plan,
        preview_import(*loaded.plan, catalogue_, &current, loaded.saved_at, loaded.app_version, upgraded)};
  }
  if (loaded.status == LoadStatus::newer_version) {
    // Never imported: this version would drop whatever the newer one added to the plan.
    return refusal(file_name,
                   "It was saved by a newer version of the app" +
                       (loaded.app_version.empty() ? std::string() : " (" + loaded.app_version + ")") +
                       ", in a plan format this version cannot write. Update the app (reload the page while online) "
                       "to import it.",
                   loaded.problems);
  }
  return refusal(file_name, load_summary(loaded), loaded.problems);
}

bool PlanKeeper::receive_file(std::string_view file_name, std::string_view text, const Plan& current) {
  std::variant<PendingImport, StoreNotice> read = read_plan_file(file_name, text, current);
  if (StoreNotice* refused = std::get_if<StoreNotice>(&read)) {
    add_notice(std::move(*refused));
    pending_.reset();
    return false;
  }
  pending_ = std::move(std::get<PendingImport>(read));
  return true;
}

void PlanKeeper::refuse_file(std::string_view file_name, std::string_view why,
                             const std::vector<LoadProblem>& problems) {
  add_notice(refusal(file_name, why, problems));
  pending_.reset();
}

StoreResult PlanKeeper::confirm_import(Document& document, std::string_view now) {
  if (!pending_) return {false, "There is no plan file waiting to be imported.", ""};
  PendingImport incoming = std::move(*pending_);
  pending_.reset();
  return import_plan(std::move(incoming), document, now);
}

StoreResult PlanKeeper::import_now(std::string_view text, Document& document, std::string_view now) {
  std::variant<PendingImport, StoreNotice> read = read_plan_file("", text, document.plan());
  if (StoreNotice* refused = std::get_if<StoreNotice>(&read)) {
    StoreResult result{false, refused->message, refused->detail};
    add_notice(std::move(*refused));
    return result;
  }
  return import_plan(std::move(std::get<PendingImport>(read)), document, now);
}

StoreResult PlanKeeper::import_plan(PendingImport incoming, Document& document, std::string_view now) {
  const std::string label = "Import " + incoming.preview.name;
  if (document.plan().id.empty()) {
    // Nothing open: the file becomes the user's plan, stored like one made here.
    if (incoming.plan.id.empty()) incoming.plan.id = new_plan_id_();
    if (auto problem = document.apply(edits::replace_plan(std::move(incoming.plan), label)))
      return {false, *problem, ""};
    save(document, now);
    return {true, "", ""};
  }
  const StoreResult replaced = store_.replace_open_plan(document, std::move(incoming.plan), label, now);
  if (replaced.ok && store_.state(document).status == SaveStatus::saved) stored_a_plan_ = true;
  seen_revision_ = document.revision();
  attempted_ = true;
  attempted_revision_ = document.revision();
  return replaced;
}

std::string PlanKeeper::export_plan(const Plan& plan, std::string_view now) {
  std::string text = save_plan_file(plan, now);
  if (!plan.id.empty() && plan.id == store_.open_id()) store_.mark_exported(plan.id, now);
  forget_export_reminders(notices_);
  return text;
}

}  // namespace planner
