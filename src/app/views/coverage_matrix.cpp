#include "app/views/coverage_matrix.hpp"

#include <algorithm>
#include <string>

#include "app/activity_names.hpp"
#include "app/automation.hpp"
#include "app/event_colours.hpp"
#include "app/icons.hpp"
#include "app/view_context.hpp"
#include "app/views/activities.hpp"
#include "app/views/coverage.hpp"
#include "core/planning/coverage.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace planner {
namespace {

// CSS pixels at text scale 1.
constexpr float kLabelColumnWidth = 300;
constexpr float kEvidenceColumnWidth = 124;
constexpr float kCellWidth = 56;
constexpr float kCellPadding = 4;
constexpr int kFrozenColumns = 2;

ImVec4 tint(const ImVec4& colour, float amount) {
  const ImVec4 surface = ui::colours().surface;
  return ImVec4(surface.x + (colour.x - surface.x) * amount, surface.y + (colour.y - surface.y) * amount,
                surface.z + (colour.z - surface.z) * amount, 1.0f);
}

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// "3 May 27": a day that fits a narrow column.
std::string short_date(Date day) {
  return std::to_string(day.day()) + " " + kMonths[day.month() - 1] + " " + std::to_string(day.year() % 100);
}

const char* column_symbol(Evidence status) {
  switch (status) {
    case Evidence::done: return icons::kCheck;
    case Evidence::planned: return icons::kCircle;
    case Evidence::none: return "\xE2\x80\x93";  // en dash: not in the plan
  }
  return "";
}

// The column's short header (two lines), its accessible name and its colour.
struct ColumnHeading {
  std::string first;
  std::string second;
  std::string name;
  ImVec4 colour;
};

ColumnHeading heading_of(const ViewContext& context, const CoverageColumn& column) {
  switch (column.kind) {
    case CoverageColumn::Kind::module:
      return {column.id, column_symbol(column.status), column.title, event_colour(EventKind::module, context.theme)};
    case CoverageColumn::Kind::dissertation:
      return {"Diss.", column_symbol(column.status), column.title,
              event_colour(EventKind::dissertation_milestone, context.theme)};
    case CoverageColumn::Kind::activity: {
      const Date day = column.date.value_or(Date{});
      const EventKind kind = column.activity_kind.value_or(EventKind::shadowing);
      return {std::string(activity_short_type(kind)), short_date(day), activity_label(column.title, day),
              event_colour(kind, context.theme)};
    }
  }
  return {};
}

std::string status_words(Evidence status) {
  switch (status) {
    case Evidence::done: return "done";
    case Evidence::planned: return "planned";
    case Evidence::none: return "not in the plan";
  }
  return "";
}

void go_to_column(const ViewContext& context, const CoverageColumn& column) {
  switch (column.kind) {
    case CoverageColumn::Kind::module: context.navigation.go_to(View::modules, column.id); break;
    case CoverageColumn::Kind::dissertation: context.navigation.go_to(View::dissertation, ""); break;
    case CoverageColumn::Kind::activity: context.navigation.go_to(View::activities, column.id); break;
  }
}

void draw_column_header(const ViewContext& context, const CoverageColumn& column, float height) {
  const ColumnHeading heading = heading_of(context, column);
  ImGui::PushID(column.id.c_str());
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  if (ImGui::Selectable("##column", false, ImGuiSelectableFlags_None, ImVec2(width, height)))
    go_to_column(context, column);
  automation::name_last_item(heading.name);
  if (ImGui::BeginItemTooltip()) {
    ImGui::TextUnformatted(heading.name.c_str());
    ImGui::TextDisabled("%s %s. Click to open it.", column_symbol(column.status), status_words(column.status).c_str());
    ImGui::EndTooltip();
  }
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  draw_list->AddRectFilled(min, ImVec2(min.x + width, min.y + ui::space(3)), ImGui::GetColorU32(heading.colour));
  const float line = ImGui::GetTextLineHeight();
  // Centred, and cut with an ellipsis should a long type word not fit (large text sizes).
  const auto centred = [&](const std::string& text, float y, const ImVec4& colour, ImFont* font) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    const float text_width = ImGui::CalcTextSize(text.c_str()).x;
    ImGui::RenderTextEllipsis(draw_list, ImVec2(min.x + std::max(0.0f, (width - text_width) / 2), y),
                              ImVec2(min.x + width, y + line), min.x + width, min.x + width, text.c_str(), nullptr,
                              nullptr);
    ImGui::PopStyleColor();
    ImGui::PopFont();
  };
  centred(heading.first, min.y + ui::space(5), heading.colour, context.fonts.bold);
  centred(heading.second, min.y + ui::space(5) + line, ui::colours().text_muted, context.fonts.body);
  ImGui::PopID();
}

void draw_row_label(CoverageState& state, const CoverageRow& row, float height) {
  ImGui::PushID(row.id.c_str());
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  if (ImGui::Selectable("##row", state.selected_row == row.id, ImGuiSelectableFlags_None, ImVec2(width, height)))
    state.selected_row = state.selected_row == row.id ? std::string() : row.id;
  automation::name_last_item(row.label);
  const EvidenceLook look = row_look(static_cast<int>(row.status));
  if (ImGui::BeginItemTooltip()) {
    ImGui::PushTextWrapPos(ui::space(420));
    ImGui::TextUnformatted(row.label.c_str());
    ui::coloured_text(look.colour, std::string(look.symbol) + " " + look.words);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  if (state.scroll_to == row.id) {
    ImGui::SetScrollHereY(0.5f);
    state.scroll_to.clear();
  }
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const float symbol_width = ImGui::CalcTextSize(icons::kCross).x + ui::space(6);
  const float y = min.y + (height - ImGui::GetTextLineHeight()) / 2;
  draw_list->AddText(ImVec2(min.x, y), ImGui::GetColorU32(look.colour), look.symbol);
  ImGui::PushStyleColor(ImGuiCol_Text, row.gap() ? look.colour : ui::colours().text);
  ImGui::RenderTextEllipsis(draw_list, ImVec2(min.x + symbol_width, y),
                            ImVec2(min.x + width, y + ImGui::GetTextLineHeight()), min.x + width, min.x + width,
                            row.label.c_str(), nullptr, nullptr);
  ImGui::PopStyleColor();
  ImGui::PopID();
}

void draw_row_evidence(const ViewContext& context, const CoverageRow& row) {
  ImGui::PushID(row.id.c_str());
  if (row.gap()) {
    if (!context.read_only) {
      const std::string label = std::string(icons::kAdd) + " Plan shadowing";
      if (ImGui::SmallButton(label.c_str())) plan_activity_for(context, EventKind::shadowing, row.id);
      automation::name_last_item("Plan shadowing for " + row.label);
      ImGui::SetItemTooltip("Opens a new shadowing activity that evidences this, ready to fill in");
    } else {
      ui::coloured_text(ui::colours().error, std::string(icons::kCross) + " Gap");
    }
  } else {
    std::string text;
    if (row.done > 0) text += std::string(icons::kCheck) + " " + std::to_string(row.done) + " done";
    if (row.planned > 0)
      text += (text.empty() ? "" : "  ") + std::string(icons::kCircle) + " " + std::to_string(row.planned);
    ui::muted_text(text);
    ImGui::SetItemTooltip("%d done, %d planned", row.done, row.planned);
  }
  ImGui::PopID();
}

void draw_section_row(const ViewContext& context, const char* title) {
  ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(tint(ui::colours().border, 0.35f)));
  ImGui::TableSetColumnIndex(0);
  ImGui::PushFont(context.fonts.bold);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(title);
  ImGui::PopFont();
}

}  // namespace

EvidenceLook row_look(int status) {
  switch (static_cast<Evidence>(status)) {
    case Evidence::done: return {icons::kCheck, ui::colours().success, "evidenced by something done"};
    case Evidence::planned: return {icons::kCircle, ui::colours().note, "planned, nothing done yet"};
    case Evidence::none: return {icons::kCross, ui::colours().error, "gap: nothing in the plan evidences it"};
  }
  return {"", ui::colours().text, ""};
}

void draw_coverage_matrix(const ViewContext& context, CoverageState& state, float height) {
  const Coverage& coverage = context.derived.coverage;
  const CoverageState::Layout& layout = state.layout;
  const int data_columns = static_cast<int>(layout.columns.size());
  const ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_BordersOuter | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit |
                                ImGuiTableFlags_NoPadOuterX;
  // Narrow cell padding: more columns in view, and the short labels still breathe.
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(ui::space(kCellPadding), ui::space(kCellPadding)));
  const bool open = ImGui::BeginTable("##matrix", kFrozenColumns + data_columns, flags, ImVec2(0, height));
  ImGui::PopStyleVar();
  if (!open) return;
  const float available = ImGui::GetContentRegionAvail().x;
  const float label_width = std::min(ui::space(kLabelColumnWidth), std::max(ui::space(160), available * 0.36f));
  ImGui::TableSetupScrollFreeze(kFrozenColumns, 1);
  ImGui::TableSetupColumn("Standard or behaviour", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoHide,
                          label_width);
  ImGui::TableSetupColumn("Evidence", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoHide,
                          ui::space(kEvidenceColumnWidth));
  const float cell_width = ui::space(kCellWidth);
  for (int c = 0; c < data_columns; ++c) ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, cell_width);

  // Header: two short lines per column.
  const float header_height = ImGui::GetTextLineHeight() * 2 + ui::space(8);
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers, header_height);
  // Only the columns in view are drawn: with dozens of activities most are scrolled out.
  int first_visible = data_columns, last_visible = -1;
  for (int c = 0; c < data_columns; ++c) {
    if ((ImGui::TableGetColumnFlags(kFrozenColumns + c) & ImGuiTableColumnFlags_IsVisible) == 0) continue;
    first_visible = std::min(first_visible, c);
    last_visible = c;
  }
  ImGui::TableSetColumnIndex(0);
  ImGui::PushFont(context.fonts.bold);
  ImGui::TextUnformatted("Standard or behaviour");
  ImGui::PopFont();
  ImGui::TableSetColumnIndex(1);
  ImGui::PushFont(context.fonts.bold);
  ImGui::TextUnformatted("Evidence");
  ImGui::PopFont();
  for (int c = first_visible; c <= last_visible; ++c) {
    if (!ImGui::TableSetColumnIndex(kFrozenColumns + c)) continue;
    draw_column_header(context, coverage.columns[static_cast<std::size_t>(layout.columns[static_cast<std::size_t>(c)])],
                       header_height);
  }

  // A row holds one line of framed content (a small button, aligned text) within the cell padding.
  const float content_height = ImGui::GetFrameHeight();
  const float row_height = content_height + ImGui::GetStyle().CellPadding.y * 2;
  const int hovered_column = ImGui::TableGetHoveredColumn() - kFrozenColumns;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(layout.rows.size()), row_height);
  if (!state.scroll_to.empty()) {
    for (std::size_t r = 0; r < layout.rows.size(); ++r) {
      const int index = layout.rows[r];
      if (index != CoverageState::Layout::kSection &&
          coverage.rows[static_cast<std::size_t>(index)].id == state.scroll_to)
        clipper.IncludeItemByIndex(static_cast<int>(r));
    }
  }
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const int index = layout.rows[static_cast<std::size_t>(r)];
      ImGui::TableNextRow(ImGuiTableRowFlags_None, row_height);
      if (index == CoverageState::Layout::kSection) {
        draw_section_row(context, "Behaviours (evidenced in the workplace, by activities)");
        continue;
      }
      const CoverageRow& row = coverage.rows[static_cast<std::size_t>(index)];
      if (row.gap())
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(tint(ui::colours().error, 0.10f)));
      ImGui::TableSetColumnIndex(0);
      draw_row_label(state, row, content_height);
      ImGui::TableSetColumnIndex(1);
      ImGui::AlignTextToFramePadding();
      draw_row_evidence(context, row);
      for (int c = first_visible; c <= last_visible; ++c) {
        const int column_index = layout.columns[static_cast<std::size_t>(c)];
        const Evidence cell = row.cells[static_cast<std::size_t>(column_index)];
        if (!ImGui::TableSetColumnIndex(kFrozenColumns + c)) continue;
        const ImVec2 cell_min = ImGui::GetCursorScreenPos();
        if (c == hovered_column &&
            ImGui::IsMouseHoveringRect(cell_min, ImVec2(cell_min.x + cell_width, cell_min.y + content_height))) {
          const CoverageColumn& column = coverage.columns[static_cast<std::size_t>(column_index)];
          ImGui::SetTooltip("%s\n%s: %s", row.label.c_str(), heading_of(context, column).name.c_str(),
                            cell == Evidence::none   ? "does not evidence it"
                            : cell == Evidence::done ? "done"
                                                     : "planned");
        }
        if (cell == Evidence::none) continue;
        const EvidenceLook look = row_look(static_cast<int>(cell));
        ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg,
                               ImGui::GetColorU32(tint(look.colour, cell == Evidence::done ? 0.22f : 0.10f)));
        const float symbol_width = ImGui::CalcTextSize(look.symbol).x;
        ImGui::GetWindowDrawList()->AddText(ImVec2(cell_min.x + (ImGui::GetContentRegionAvail().x - symbol_width) / 2,
                                                   cell_min.y + (content_height - ImGui::GetTextLineHeight()) / 2),
                                            ImGui::GetColorU32(look.colour), look.symbol);
      }
    }
  }
  ImGui::EndTable();
}

}  // namespace planner
