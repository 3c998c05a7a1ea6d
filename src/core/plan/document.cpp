#include "core/plan/document.hpp"

#include <utility>

namespace planner {
namespace {

const std::string kNoLabel;

}  // namespace

Document::Document(Plan plan) : plan_(std::move(plan)) {}

std::optional<std::string> Document::apply(const Edit& edit) {
  if (!edit.change) return "\"" + edit.label + "\" has nothing to apply";

  // The edit works on a copy: a refused or throwing edit leaves the document exactly as it was.
  Plan changed = plan_;
  if (std::optional<std::string> refusal = edit.change(changed)) return refusal;
  // An edit that changes nothing (dropping an item where it was) is not worth an undo step and
  // must not mark the plan as unsaved.
  if (changed == plan_) return std::nullopt;

  const bool merges = !edit.merge_key.empty() && edit.merge_key == open_merge_key_ && !undo_.empty();
  if (merges) {
    // The step keeps the plan from before the first edit of the run; its label follows the last
    // one ("Move Module 3 to Mon 8 Mar" as the drag goes on).
    undo_.back().label = edit.label;
  } else {
    undo_.push_back(Step{edit.label, std::move(plan_)});
    if (undo_.size() > kMaxUndoSteps) undo_.erase(undo_.begin());
  }
  plan_ = std::move(changed);
  redo_.clear();
  open_merge_key_ = edit.merge_key;
  ++revision_;
  return std::nullopt;
}

void Document::seal() { open_merge_key_.clear(); }

const std::string& Document::undo_label() const { return undo_.empty() ? kNoLabel : undo_.back().label; }

const std::string& Document::redo_label() const { return redo_.empty() ? kNoLabel : redo_.back().label; }

bool Document::undo() {
  if (undo_.empty()) return false;
  Step step = std::move(undo_.back());
  undo_.pop_back();
  redo_.push_back(Step{step.label, std::move(plan_)});
  plan_ = std::move(step.before);
  // A drag after an undo is a new change, not a continuation of the undone one.
  open_merge_key_.clear();
  ++revision_;
  return true;
}

bool Document::redo() {
  if (redo_.empty()) return false;
  Step step = std::move(redo_.back());
  redo_.pop_back();
  undo_.push_back(Step{step.label, std::move(plan_)});
  plan_ = std::move(step.before);
  open_merge_key_.clear();
  ++revision_;
  return true;
}

void Document::reset(Plan plan) {
  plan_ = std::move(plan);
  undo_.clear();
  redo_.clear();
  open_merge_key_.clear();
  ++revision_;
}

}  // namespace planner
