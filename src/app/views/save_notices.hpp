#pragma once
// What the user is told about keeping their plan, in banners above the view: the save state
// whenever it needs them (failed, unavailable, read-only, another tab's changes to choose from)
// and the plan keeper's notices (a damaged or missing stored plan, a refused file, changes taken
// from another tab), each with its way out. A problem's banner stays until it is resolved;
// notices stay until dismissed. The choices come back as an action for the app to carry out
// after the frame, so nothing changes under the views mid-frame.
#include <cstddef>
#include <optional>

#include "app/plan_keeper.hpp"
#include "app/view_context.hpp"
#include "core/storage/save_state.hpp"

namespace planner {

struct NoticeAction {
  enum class Kind {
    export_plan,        // "Export now"
    try_again,          // save again now
    keep_theirs,        // conflict: take the other tab's version
    keep_mine_as_copy,  // conflict: keep both, this window's as a new plan
    keep_mine,          // conflict: this window's version replaces theirs (theirs becomes the backup)
    restore_backup,     // notice: open the previous good version
    export_damaged,     // notice: download the damaged data as it was found
    undo_other_tab,     // notice: go back to the version shown before another tab's changes
    dismiss,            // notice: hide it
  };
  Kind kind = Kind::dismiss;
  std::size_t notice = 0;  // the notice concerned (restore_backup, export_damaged, undo_other_tab, dismiss)
};

// Draws nothing when all is well.
std::optional<NoticeAction> draw_save_notices(const ViewContext& context, const SaveState& state,
                                              const PlanKeeper& keeper);

// "Mon 4 Jan 2027, 09:30 UTC" for an ISO 8601 UTC timestamp ("2027-01-04T09:30:00Z"); the text
// itself when it is not one.
std::string display_timestamp(std::string_view timestamp);

}  // namespace planner
