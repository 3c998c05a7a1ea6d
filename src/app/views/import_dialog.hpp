#pragma once
// The import preview: a plan file that loaded cleanly, shown read-only (name, apprentice, start,
// modules in order, how many items of each kind) beside what it would replace, with an explicit
// choice. Nothing changes until "Replace my plan" (or, with no plan open, "Open this plan") is
// pressed; the plan it replaces is saved and kept as the backup first (PlanKeeper::confirm_import).
#include <optional>

#include "app/plan_keeper.hpp"
#include "app/view_context.hpp"

namespace planner {

enum class ImportChoice { confirm, cancel };

// Draws the dialog while an import is pending; returns the user's choice when made.
std::optional<ImportChoice> draw_import_dialog(const ViewContext& context, const PendingImport& pending);

}  // namespace planner
