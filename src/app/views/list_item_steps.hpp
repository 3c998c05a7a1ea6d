#pragma once
// What the list views (Activities, Reviews) do alike when an item is added or deleted.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/icons.hpp"
#include "app/view_context.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/notice.hpp"
#include "core/plan/find_by_id.hpp"
#include "core/plan/plan.hpp"
#include "imgui.h"

namespace planner {

// An item not in the plan yet (the edit applies after this frame) is selected and scrolled to
// once it exists.
inline void select_when_added(const ViewContext& context, const std::string& id) {
  context.navigation.selected = id;
  context.navigation.reveal = id;
}

// "Delete activity", "Delete review": on the details header's line, at its right edge; nothing when
// the plan is read-only. Returns whether it was clicked.
inline bool delete_button_at_right(const ViewContext& context, std::string_view what) {
  if (context.read_only) return false;
  const std::string label = std::string(icons::kRemove) + " Delete " + std::string(what);
  const float width = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - width));
  const bool clicked = ui::danger_button(label.c_str());
  ImGui::SetItemTooltip("Takes it out of the plan; Restore or Ctrl+Z brings it back");
  return clicked;
}

// The notice a delete leaves under the list, "Deleted …. Restore it, or press Ctrl+Z.", until
// the item is back (Restore, or Ctrl+Z) or the notice is dismissed. Restore adds the item as it
// was, under a new id when one added since took its id, and selects it. `add` makes the edit.
template <typename Item, typename AddEdit>
void draw_restore_notice(const ViewContext& context, std::optional<Item>& removed, const std::vector<Item>& items,
                         std::string_view notice_name, const std::string& message, std::string_view id_prefix,
                         AddEdit add) {
  if (!removed) return;
  if (const Item* back = find_by_id(items, removed->id); back != nullptr && *back == *removed) {
    removed.reset();  // Ctrl+Z brought it back: nothing left to offer
    return;
  }
  switch (ui::notice(notice_name, message, "Restore", ui::colours().note)) {
    case ui::NoticeResponse::action: {
      Item restored = *removed;
      if (find_by_id(items, restored.id) != nullptr) restored.id = next_item_id(context.plan, id_prefix);
      context.apply(add(restored));
      select_when_added(context, restored.id);
      removed.reset();
      break;
    }
    case ui::NoticeResponse::dismiss: removed.reset(); break;
    case ui::NoticeResponse::none: break;
  }
}

}  // namespace planner
