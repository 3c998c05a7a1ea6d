#include "app/views/module_sequence.hpp"

#include <algorithm>
#include <string>

#include "app/display_text.hpp"
#include "app/event_colours.hpp"
#include "app/icons.hpp"
#include "app/view_context.hpp"
#include "app/views/module_status.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/finding_notes.hpp"
#include "app/widgets/review_notes.hpp"
#include "core/plan/edits.hpp"
#include "core/review/mentor_review.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace planner {
namespace {

// Dear ImGui's drag-and-drop payload type for a module row (at most 32 characters).
constexpr const char* kModulePayload = "planner-module";

std::string module_number(const Module& module) { return "Module " + std::to_string(module.number); }

std::optional<std::size_t> position_in(const std::vector<std::string>& sequence, std::string_view id) {
  const auto it = std::find(sequence.begin(), sequence.end(), id);
  if (it == sequence.end()) return std::nullopt;
  return static_cast<std::size_t>(it - sequence.begin());
}

void move_module_to(const ViewContext& context, const ModuleOverview& overview, std::size_t from, std::size_t to) {
  std::optional<std::vector<std::string>> order = moved_sequence(overview.sequence, from, to);
  if (!order) return;
  const Module* module = context.catalogue.module(overview.sequence[from]);
  Edit edit = edits::reorder_modules(context.catalogue, std::move(*order));
  edit.label = "Move " + module_number(*module) + " to place " + std::to_string(to + 1) + " in the sequence";
  context.apply(std::move(edit));
}

// The sizes of a row, at the current text size.
struct RowMetrics {
  float padding;  // above the first line and below the second
  float gap;      // between the lines
  float height;
};

RowMetrics row_metrics() {
  const float line = ImGui::GetTextLineHeight();
  RowMetrics metrics{.padding = ui::space(7), .gap = ui::space(4), .height = 0};
  metrics.height = metrics.padding * 2 + line + metrics.gap + line + ui::space(4);  // the second line holds a chip
  return metrics;
}

// Text cut with an ellipsis where the row's content ends.
void row_text(ImVec2 position, float right, const std::string& text, ImU32 colour) {
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::RenderTextEllipsis(draw_list, position, ImVec2(right, position.y + size.y), right, right, text.c_str(),
                            nullptr, &size);
  ImGui::PopStyleColor();
}

// A small chip drawn at `position`; returns its width.
float row_chip(ImVec2 position, const std::string& text, const ImVec4& colour) {
  const ImVec2 saved = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(position);
  ui::chip(text, colour);
  const float width = ImGui::GetItemRectSize().x;
  ImGui::SetCursorScreenPos(saved);
  return width;
}

class SequenceList {
 public:
  SequenceList(const ViewContext& context, const ModuleOverview& overview, std::string_view selected_id,
               std::string_view reveal)
      : context_(context), overview_(overview), selected_id_(selected_id), reveal_(reveal), metrics_(row_metrics()) {}

  void draw() {
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, ui::space(2)));
    std::size_t index = 0;
    bool unplaced_heading = false;
    for (const ModuleSummary& summary : overview_.modules) {
      if (!summary.placed && !unplaced_heading) {
        unplaced_heading = true;
        ImGui::PopStyleVar();
        ui::section_title(context_.fonts.bold, "Not on the calendar yet");
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, ui::space(2)));
      }
      draw_row(summary, index++);
    }
    ImGui::PopStyleVar();
    // Rows draw their content over themselves and put the cursor back: an item closes the list.
    ImGui::Dummy(ImVec2(0, 0));
  }

 private:
  void draw_row(const ModuleSummary& summary, std::size_t index) {
    const Module& module = *summary.module;
    ImGui::PushID(module.id.c_str());
    const bool selected = module.id == selected_id_;
    const ModulePlacement* placement = context_.plan.placement(module.id);
    const ImVec2 row_min = ImGui::GetCursorScreenPos();
    const ImVec2 row_max(row_min.x + ImGui::GetContentRegionAvail().x, row_min.y + metrics_.height);

    // The row's buttons are submitted before the row itself so that they, not the row, take the
    // mouse where they are (Dear ImGui gives hover to the first item under it; the alternative,
    // AllowOverlap, needs the row hovered a frame before a press, which a tap never is). They are
    // drawn in front of the row's highlight through a second draw channel.
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    splitter_.Split(draw_list, 2);
    splitter_.SetCurrentChannel(draw_list, 1);
    const float actions_left = draw_actions(summary, index, row_min, row_max);
    splitter_.SetCurrentChannel(draw_list, 0);
    ImGui::SetCursorScreenPos(row_min);
    const std::string row_label = "##" + module_number(module);
    if (ImGui::Selectable(row_label.c_str(), selected, ImGuiSelectableFlags_None,
                          ImVec2(row_max.x - row_min.x, metrics_.height)))
      context_.navigation.selected = module.id;
    const ImVec2 next_row = ImGui::GetCursorScreenPos();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal) && summary.placed)
      ImGui::SetTooltip("Drag to move it in the sequence, or use the arrows (Alt+Up / Alt+Down when selected)");
    if (summary.placed) {
      drag_source(module);
      drop_target(index, row_min, row_max);
    }
    if (reveal_.substr(0, reveal_.find('/')) == module.id) ImGui::SetScrollHereY(0.5f);
    splitter_.SetCurrentChannel(draw_list, 1);
    draw_content(summary, placement, index, row_min, actions_left);
    splitter_.Merge(draw_list);
    ImGui::SetCursorScreenPos(next_row);
    ImGui::PopID();
  }

  void drag_source(const Module& module) {
    if (context_.read_only || !ImGui::BeginDragDropSource(ImGuiDragDropFlags_None)) return;
    ImGui::SetDragDropPayload(kModulePayload, module.id.c_str(), module.id.size() + 1);
    ImGui::Text("%s: %s", module_number(module).c_str(), module.title.c_str());
    ui::muted_text("Drop it where it should come in the sequence");
    ImGui::EndDragDropSource();
  }

  void drop_target(std::size_t index, ImVec2 row_min, ImVec2 row_max) {
    if (!ImGui::BeginDragDropTarget()) return;
    const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(
        kModulePayload, ImGuiDragDropFlags_AcceptBeforeDelivery | ImGuiDragDropFlags_AcceptNoDrawDefaultRect);
    if (payload != nullptr) {
      // The upper half of a row drops before it, the lower half after it.
      const bool after = ImGui::GetMousePos().y > (row_min.y + row_max.y) / 2;
      const float y = after ? row_max.y : row_min.y;
      ImGui::GetWindowDrawList()->AddLine(ImVec2(row_min.x, y), ImVec2(row_max.x, y),
                                          ImGui::GetColorU32(ui::colours().accent), ui::space(3));
      if (payload->IsDelivery()) {
        const std::string id(static_cast<const char*>(payload->Data));
        if (const std::optional<std::size_t> from = position_in(overview_.sequence, id)) {
          const std::size_t insert = index + (after ? 1 : 0);
          move_module_to(context_, overview_, *from, insert > *from ? insert - 1 : insert);
          context_.navigation.selected = id;
        }
      }
    }
    ImGui::EndDragDropTarget();
  }

  // The row's buttons at its right end; returns where they start.
  float draw_actions(const ModuleSummary& summary, std::size_t index, ImVec2 row_min, ImVec2 row_max) {
    if (context_.read_only) return row_max.x - ui::space(ui::kSpaceS);
    const ImGuiStyle& style = ImGui::GetStyle();
    const std::string name = module_number(*summary.module);
    if (!summary.placed) {
      const char* label = "Place on the calendar";
      const float width = ImGui::CalcTextSize(label).x + style.FramePadding.x * 2;
      const float left = row_max.x - width - ui::space(ui::kSpaceS);
      ImGui::SetCursorScreenPos(ImVec2(left, (row_min.y + row_max.y - ImGui::GetFrameHeight()) / 2));
      if (ImGui::Button(label) && summary.suggested_start) {
        Edit edit = edits::place_module(context_.catalogue, summary.module->id, *summary.suggested_start);
        context_.apply(std::move(edit));
        context_.navigation.selected = summary.module->id;
      }
      if (summary.suggested_start)
        ImGui::SetItemTooltip("Start %s on %s%s", name.c_str(), summary.suggested_start->display().c_str(),
                              summary.suggestion_fits ? ", the first Monday where it breaks no rule"
                                                      : ", after the last module (no Monday fits every rule)");
      return left - style.ItemSpacing.x;
    }
    const float button = ImGui::CalcTextSize(icons::kUp).x + style.FramePadding.x * 2;
    const float left = row_max.x - 2 * button - style.ItemInnerSpacing.x - ui::space(ui::kSpaceXs);
    ImGui::SetCursorScreenPos(ImVec2(left, (row_min.y + row_max.y - ImGui::GetFrameHeight()) / 2));
    const std::size_t count = overview_.sequence.size();
    ImGui::BeginDisabled(index == 0);
    const std::string up = "Move " + name + " up";
    if (ui::icon_button(icons::kUp, up.c_str(),
                        "Earlier in the sequence: it takes the dates of the module above (Alt+Up)"))
      move_module_to(context_, overview_, index, index - 1);
    ImGui::EndDisabled();
    ImGui::SameLine(0, style.ItemInnerSpacing.x);
    ImGui::BeginDisabled(index + 1 >= count);
    const std::string down = "Move " + name + " down";
    if (ui::icon_button(icons::kDown, down.c_str(),
                        "Later in the sequence: it takes the dates of the module below (Alt+Down)"))
      move_module_to(context_, overview_, index, index + 1);
    ImGui::EndDisabled();
    return left - style.ItemSpacing.x;
  }

  void draw_content(const ModuleSummary& summary, const ModulePlacement* placement, std::size_t index, ImVec2 row_min,
                    float right) {
    const Module& module = *summary.module;
    const Palette& colours = ui::colours();
    const ImU32 text = ImGui::GetColorU32(colours.text);
    const ImU32 muted = ImGui::GetColorU32(colours.text_muted);
    const float line = ImGui::GetTextLineHeight();
    const float left = row_min.x + ui::space(ui::kSpaceS);
    const float first_y = row_min.y + metrics_.padding;
    const float second_y = first_y + line + metrics_.gap;

    // A grip and the place in the sequence; modules not on the calendar have no place.
    const std::string place = summary.placed ? std::to_string(index + 1) : std::string("\xE2\x80\x93");
    const float number_width = ImGui::CalcTextSize("00").x;
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    if (summary.placed) draw_list->AddText(ImVec2(left, second_y + ui::space(2)), muted, icons::kMenu);
    ImGui::PushFont(context_.fonts.bold);
    draw_list->AddText(ImVec2(left + (number_width - ImGui::CalcTextSize(place.c_str()).x) / 2, first_y), text,
                       place.c_str());
    const float title_left = left + number_width + ui::space(ui::kSpaceS);
    row_text(ImVec2(title_left, first_y), right, module_number(module) + ": " + module.title, text);
    ImGui::PopFont();

    float x = title_left;
    if (!summary.placed) {
      const std::string where = summary.suggested_start
                                    ? (summary.suggestion_fits ? "First free Monday: " : "After the last module: ") +
                                          summary.suggested_start->display()
                                    : std::string("No start found");
      row_text(ImVec2(x, second_y + ui::space(2)), right, where, muted);
      return;
    }
    draw_list->PushClipRect(ImVec2(x, row_min.y), ImVec2(right, row_min.y + metrics_.height), true);
    const std::string dates = summary.span != nullptr ? short_range(summary.span->start, summary.span->end) : "";
    const ImVec4 module_colour = event_colour(EventKind::module, context_.theme);
    draw_list->AddText(ImVec2(x, second_y + ui::space(2)), ImGui::GetColorU32(module_colour), dates.c_str());
    x += ImGui::CalcTextSize(dates.c_str()).x + ui::space(ui::kSpaceS);
    const ModuleStatus status = module_status(summary, placement, context_.today);
    x += row_chip(ImVec2(x, second_y), status.text, status.colour) + ui::space(ui::kSpaceS);
    const auto count = [&](int n, Severity severity) {
      if (n == 0) return;
      const std::string label = std::string(ui::severity_icon(severity)) + " " + std::to_string(n);
      draw_list->AddText(ImVec2(x, second_y + ui::space(2)), ImGui::GetColorU32(ui::severity_colour(severity)),
                         label.c_str());
      x += ImGui::CalcTextSize(label.c_str()).x + ui::space(ui::kSpaceS);
    };
    count(summary.counts.errors, Severity::error);
    count(summary.counts.warnings, Severity::warning);
    // The mentor's comments on the module and on its sessions and deadlines.
    ui::draw_comment_marker(draw_list, ImVec2(x, second_y), comments_on_item(context_.plan, module.id, true),
                            module_number(module) + ": " + module.title);
    draw_list->PopClipRect();
  }

  const ViewContext& context_;
  const ModuleOverview& overview_;
  std::string_view selected_id_;
  std::string_view reveal_;
  RowMetrics metrics_;
  ImDrawListSplitter splitter_;
};

}  // namespace

std::optional<std::vector<std::string>> moved_sequence(const std::vector<std::string>& sequence, std::size_t from,
                                                       std::size_t to) {
  if (from >= sequence.size() || to >= sequence.size() || from == to) return std::nullopt;
  std::vector<std::string> order = sequence;
  std::string moved = std::move(order[from]);
  order.erase(order.begin() + static_cast<std::ptrdiff_t>(from));
  order.insert(order.begin() + static_cast<std::ptrdiff_t>(to), std::move(moved));
  return order;
}

void handle_sequence_keys(const ViewContext& context, const ModuleOverview& overview, std::string_view selected_id) {
  if (context.read_only || ImGui::GetIO().WantTextInput) return;
  const std::optional<std::size_t> from = position_in(overview.sequence, selected_id);
  if (!from) return;
  const ImGuiID owner = ImGui::GetID("##sequence-keys");
  int step = 0;
  if (ImGui::Shortcut(ImGuiMod_Alt | ImGuiKey_UpArrow, owner, ImGuiInputFlags_Repeat | ImGuiInputFlags_RouteGlobal))
    step = -1;
  if (ImGui::Shortcut(ImGuiMod_Alt | ImGuiKey_DownArrow, owner, ImGuiInputFlags_Repeat | ImGuiInputFlags_RouteGlobal))
    step = 1;
  if (step == 0) return;
  // The arrow is ours: keyboard navigation must not also move the focus, and releasing Alt must
  // not toggle Dear ImGui's menu layer (which would take the focus off the row).
  ImGui::NavMoveRequestCancel();
  ImGui::SetKeyOwner(ImGuiMod_Alt, owner, ImGuiInputFlags_LockUntilRelease);
  if ((step < 0 && *from == 0) || (step > 0 && *from + 1 >= overview.sequence.size())) return;
  move_module_to(context, overview, *from, step < 0 ? *from - 1 : *from + 1);
}

void draw_module_sequence(const ViewContext& context, const ModuleOverview& overview, std::string_view selected_id,
                          std::string_view reveal) {
  SequenceList(context, overview, selected_id, reveal).draw();
}

}  // namespace planner
