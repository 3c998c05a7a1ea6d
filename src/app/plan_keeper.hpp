#pragma once
// Keeps the open plan safe: the app's side of the persistence policy (core/storage/plan_store.hpp).
// The store decides what is written and how; this decides when (a moment after the last change,
// in three steps, save_step; at once when the page is hidden), turns the store's answers into
// notices the user can act on, and takes plan files in (import: load → preview → confirm → back
// up → replace) and out (export). Draws nothing: views/save_notices.cpp, views/import_dialog.cpp
// and views/plan_list.cpp show what it holds.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/files/import_preview.hpp"
#include "core/files/load_problem.hpp"
#include "core/plan/document.hpp"
#include "core/programme/catalogue.hpp"
#include "core/storage/plan_store.hpp"
#include "core/storage/save_state.hpp"
#include "core/storage/storage.hpp"

namespace planner {

// Something the user must be told about their stored plans, shown until dismissed or resolved.
struct StoreNotice {
  enum class Kind {
    damaged,     // the last plan's stored copy could not be read: kept aside, backup offered
    missing,     // the last plan's stored copy is gone: backup offered when there is one
    other_tab,   // another tab changed the open plan; this window now shows their version (undoable)
    bad_file,    // an imported file was refused: what and where; nothing changed
    export_due,  // the open plan has changes no export holds, and it is days since the last one
    message,     // anything else the store said (repairs at start, a refused list operation)
  };
  Kind kind = Kind::message;
  std::string message;  // plain English
  std::string detail;   // the browser's words or what was found wrong; may be empty
  std::string plan_id;  // damaged / missing: the plan concerned
  bool backup_available = false;
  std::string backup_saved_at;  // that backup's savedAt, for "Restore the version saved on …"
  std::string quarantine_key;   // damaged: where the raw text is kept (exportable)

  // A notice that is only words.
  static StoreNotice say(Kind kind, std::string message, std::string detail = {}) {
    StoreNotice notice;
    notice.kind = kind;
    notice.message = std::move(message);
    notice.detail = std::move(detail);
    return notice;
  }
};

// A plan file loaded and waiting for the user to confirm it should replace the open plan.
struct PendingImport {
  std::string file_name;
  Plan plan;
  ImportPreview preview;
};

class PlanKeeper {
 public:
  // Seconds after the last change before saving: long enough that a burst of edits is one write,
  // short enough that closing the tab right after an edit rarely meets unsaved work (and the
  // page-hide flush covers that). While a widget is held (typing, dragging) the pause is longer.
  static constexpr double kPause = 0.5;
  static constexpr double kPauseWhileHeld = 3.0;

  // `storage` and `catalogue` must outlive the keeper; `new_plan_id` makes fresh plan ids.
  PlanKeeper(Storage& storage, const Catalogue& catalogue, std::function<std::string()> new_plan_id);

  // Starts the store and opens the plan opened last (into `document`), collecting what the user
  // must be told (`today` for the export reminder). Call once.
  void start(Document& document, std::string_view now, Date today);

  // After every frame's edits: notes changes and, once the user paused, takes the save's steps
  // (save_step), one a frame. `time` is a monotonic clock in seconds; `widget_held` is true while
  // typing or dragging.
  void after_frame(Document& document, double time, bool widget_held, std::string_view now);
  // The next step of the save that waits: encode the plan, back up the version it replaces, write
  // (on a large plan any two together can take longer than a frame). Returns whether another step
  // follows. The web build runs the steps in tasks of their own when wake_in() is over, so that
  // no frame is drawn for them. Does nothing when no save waits.
  bool save_step(Document& document, std::string_view now);
  // Seconds from `time` until a save is due; nothing when none is waiting.
  std::optional<double> wake_in(const Document& document, double time, bool widget_held) const;
  // Saves now whatever waits (the page is being hidden or closed; "Try again").
  void save_now(Document& document, std::string_view now);
  // A key another tab changed (empty: it cleared everything).
  void notice_change(std::string_view key, Document& document, std::string_view now);

  SaveState state(const Document& document) const;
  // Whether this window has stored one of the user's plans (made, edited or imported here): from
  // then on there is something of theirs in the browser worth asking it to keep.
  bool stored_a_plan() const { return stored_a_plan_; }
  bool read_only() const { return store_.read_only(); }
  bool available() const { return store_.available(); }
  PlanStore& store() { return store_; }
  const PlanStore& store() const { return store_; }

  // ---- files ---------------------------------------------------------------------------------
  // A plan file chosen or dropped by the user: loaded by the core's strict loader and, when good,
  // held for the user to confirm (pending_import()); when not, a bad_file notice says why and
  // nothing changes. Returns whether it is waiting for confirmation.
  bool receive_file(std::string_view file_name, std::string_view text, const Plan& current);
  // Any file the user chose or dropped that cannot be taken in (a plan file above; a mentor's
  // review file, which the app previews itself): a bad_file notice names it and says `why`, with
  // the problems found as its detail; nothing changes.
  void refuse_file(std::string_view file_name, std::string_view why, const std::vector<LoadProblem>& problems = {});
  const std::optional<PendingImport>& pending_import() const { return pending_; }
  void cancel_import() { pending_.reset(); }
  // The user confirmed: the current plan is saved and backed up, then replaced (one undo step).
  StoreResult confirm_import(Document& document, std::string_view now);
  // window.planner.load(text): the same import without the preview and its confirmation. A bad
  // text is refused as a chosen file is (the bad_file notice; not ok, its message), and neither
  // the document nor a preview the user has open changes.
  StoreResult import_now(std::string_view text, Document& document, std::string_view now);
  // The open plan as a plan file, exactly as "Export plan" downloads it; the export is recorded
  // (for the export reminder, whose notice it clears).
  std::string export_plan(const Plan& plan, std::string_view now);

  // ---- notices -------------------------------------------------------------------------------
  const std::vector<StoreNotice>& notices() const { return notices_; }
  void dismiss(std::size_t index);
  void add_notice(StoreNotice notice);
  // The one-file planner, opened from a file: says at start where its plans are kept (this
  // browser, not the file) with "Export plan" beside it, in place of the export reminder.
  void note_opened_from_file();
  // Restores the backup of the plan a damaged or missing notice is about, and clears the notice.
  void restore_backup(std::size_t notice_index, Document& document, std::string_view now);

 private:
  void report_open(const OpenResult& opened, std::string_view id);
  // A plan file through the core's strict loader: the plan with its preview, or why it was refused.
  std::variant<PendingImport, StoreNotice> read_plan_file(std::string_view file_name, std::string_view text,
                                                          const Plan& current) const;
  // Saves and backs up the open plan, then replaces it with `incoming` (one undo step).
  StoreResult import_plan(PendingImport incoming, Document& document, std::string_view now);
  // The document holds a plan made in this window that the store does not hold yet (first run's
  // "Suggest a plan", possibly after undoing back to the first-run screen and starting again).
  bool unstored(const Document& document) const;
  // Stores a plan made in this window (first run, an import with nothing open).
  void keep_new(Document& document, std::string_view now);
  void save(Document& document, std::string_view now);
  // A save waits: the document changed since the last save, which has not been tried for it.
  bool save_waiting(const Document& document) const;
  // Whether the plan is encoded for the save that is due.
  bool encoded_for(const Document& document) const {
    return encoded_ && encoded_->document_revision == document.revision();
  }

  PlanStore store_;
  const Catalogue& catalogue_;
  std::function<std::string()> new_plan_id_;
  std::vector<StoreNotice> notices_;
  std::optional<PendingImport> pending_;

  std::uint64_t seen_revision_ = 0;       // the document revision last seen by after_frame
  double changed_at_ = 0;                 // when it changed (after_frame's clock)
  bool widget_was_held_ = false;          // in the last frame
  std::uint64_t attempted_revision_ = 0;  // the revision the last save tried: a failed save is
                                          // retried by the next change or save_now, not every frame
  bool attempted_ = false;
  // The save that is due, in three steps (save_step).
  std::optional<EncodedPlan> encoded_;
  bool backed_up_ = false;                     // for encoded_
  std::optional<SaveState> new_plan_failure_;  // why a plan made here could not be stored
  bool stored_a_plan_ = false;
};

}  // namespace planner
