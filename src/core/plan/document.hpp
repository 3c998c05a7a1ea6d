#pragma once
// The plan being edited: the plan value, its revision and the undo history. Views never change a
// plan directly; they hand the document a named Edit, so undo/redo, autosave and the "unsaved"
// state follow from one place.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/plan/plan.hpp"

namespace planner {

struct Edit {
  // What the change is, as the undo menu shows it: "Move Module 3 to Mon 1 Mar 2027".
  std::string label;
  // Changes the plan in place, or returns why it cannot (the plan is then discarded unchanged).
  std::function<std::optional<std::string>(Plan&)> change;
  // Consecutive edits with the same non-empty key merge into one undo step (a drag, typing in a
  // field), until Document::seal() is called.
  std::string merge_key;
};

class Document {
 public:
  static constexpr std::size_t kMaxUndoSteps = 200;

  explicit Document(Plan plan = {});

  const Plan& plan() const { return plan_; }
  // Goes up by one with every change of the plan, including undo and redo; never down.
  std::uint64_t revision() const { return revision_; }

  // Applies the edit as one undo step; returns the reason when it cannot apply (the plan, the
  // revision and the history are then unchanged). An edit that leaves the plan equal to what it
  // was is accepted but adds no undo step and does not change the revision. Applying clears the
  // redo history; beyond kMaxUndoSteps the oldest step is forgotten.
  std::optional<std::string> apply(const Edit& edit);
  // Ends the current merge: the next edit starts a new undo step even with the same key.
  void seal();

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  const std::string& undo_label() const;  // empty when nothing to undo
  const std::string& redo_label() const;
  // Each returns false (and changes nothing) when there is nothing to undo or redo. Both end the
  // current merge, so the next edit is a step of its own.
  bool undo();
  bool redo();

  // Starts over with another plan (opening a stored plan): history cleared, revision + 1.
  void reset(Plan plan);

 private:
  struct Step {
    std::string label;
    Plan before;  // the plan this step restores; snapshots: plans are small, and a snapshot can never drift from the
                  // edit
  };
  Plan plan_;
  std::uint64_t revision_ = 0;
  std::vector<Step> undo_;
  std::vector<Step> redo_;
  std::string open_merge_key_;
};

}  // namespace planner
