#pragma once
// "All plans": the plans kept in this browser (a mentor may keep several apprentices' plans),
// with open, rename, duplicate and delete (to the trash, after confirmation), the trash with
// restore, and the open plan's backup. The choices come back as an action for the app to carry
// out through the PlanStore after the frame.
#include <optional>
#include <string>

#include "app/view_context.hpp"
#include "core/storage/plan_index.hpp"

namespace planner {

struct PlanListState {
  bool open = false;           // the dialog is shown
  std::string renaming;        // id of the plan being renamed; empty: none
  std::string new_name;        // what is typed for it
  std::string confirm_delete;  // id of the plan waiting for "Delete" to be confirmed
};

struct PlanListAction {
  enum class Kind { open, rename, duplicate, remove, restore_from_trash, restore_backup, new_plan };
  Kind kind = Kind::open;
  std::string id;
  std::string name;  // rename: the new name
};

std::optional<PlanListAction> draw_plan_list(const ViewContext& context, PlanListState& state, const PlanIndex& index,
                                             const std::string& open_id);

}  // namespace planner
