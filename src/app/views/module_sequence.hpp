#pragma once
// The module sequence: every module of the programme in one list, the placed ones in start-date
// order with their dates, status and findings, then those not on the calendar yet with a "Place
// on the calendar" action at the first Monday where they break no rule.
//
// Reordering hands the placed modules' start dates out in the new order (edits::reorder_modules),
// one undo step each: drag a row onto another place, press the row's up and down buttons, or
// Alt+Up / Alt+Down for the selected row. Clicking a row selects it (navigation.selected).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/views/module_overview.hpp"

namespace planner {

struct ViewContext;

// `reveal`: an item id being revealed ("M3", "M3/f2f-2"): its module's row is scrolled into view.
void draw_module_sequence(const ViewContext& context, const ModuleOverview& overview, std::string_view selected_id,
                          std::string_view reveal);

// Alt+Up / Alt+Down move the selected module one place, as its row's buttons do. Called every
// frame the Modules view is shown, whether the sequence is drawn or, on a narrow screen, the
// module's details in its place.
void handle_sequence_keys(const ViewContext& context, const ModuleOverview& overview, std::string_view selected_id);

// The order after moving the module at `from` to `to` (indices into overview.sequence), or nothing
// when that is no move.
std::optional<std::vector<std::string>> moved_sequence(const std::vector<std::string>& sequence, std::size_t from,
                                                       std::size_t to);

}  // namespace planner
