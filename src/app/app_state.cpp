// App: window.planner.state() (app.hpp), what tests and scripted demos read of the app: the plan,
// the view and selection, the mode, the findings' counts, the save state and notices, undo and
// redo, the appearance, the tour and the review in progress.
#include <string>

#include "app/app.hpp"
#include "app/views/export_panel.hpp"
#include "app/views/review_session.hpp"
#include "app/views/tour.hpp"
#include "core/files/plan_json.hpp"
#include "core/version.hpp"

namespace planner {
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
