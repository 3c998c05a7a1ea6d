#include "app/views/coverage.hpp"

#include <algorithm>
#include <string>

#include "app/activity_names.hpp"
#include "app/automation.hpp"
#include "app/icons.hpp"
#include "app/item_location.hpp"
#include "app/view_context.hpp"
#include "app/views/activities.hpp"
#include "app/views/coverage_matrix.hpp"
#include "app/widgets/controls.hpp"
#include "core/planning/coverage.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace planner {
namespace {

// A table holds at most IMGUI_TABLE_MAX_COLUMNS columns; two are the sticky ones.
constexpr int kMaxEvidenceColumns = IMGUI_TABLE_MAX_COLUMNS - 12;
constexpr float kDetailsLines = 7;

// A filter's choice; `id` keeps a radio button's identity while its count changes.
template <typename Filter>
struct Choice {
  Filter value;
  const char* id;
  std::string label;
};

bool row_shown(const CoverageRow& row, CoverageState::Rows filter) {
  switch (filter) {
    case CoverageState::Rows::gaps: return row.gap();
    case CoverageState::Rows::not_done: return row.status != Evidence::done;
    case CoverageState::Rows::all: return true;
  }
  return true;
}

bool column_shown(const CoverageColumn& column, CoverageState::Columns filter) {
  switch (filter) {
    case CoverageState::Columns::done: return column.status == Evidence::done;
    case CoverageState::Columns::taught: return column.kind != CoverageColumn::Kind::activity;
    case CoverageState::Columns::activities: return column.kind == CoverageColumn::Kind::activity;
    case CoverageState::Columns::all: return true;
  }
  return true;
}

void refresh_layout(const ViewContext& context, CoverageState& state) {
  CoverageState::Layout& layout = state.layout;
  if (layout.revision == context.revision && layout.rows_filter == state.rows_filter &&
      layout.columns_filter == state.columns_filter)
    return;
  layout = {};
  layout.revision = context.revision;
  layout.rows_filter = state.rows_filter;
  layout.columns_filter = state.columns_filter;
  const Coverage& coverage = context.derived.coverage;
  bool section_added = false;
  for (std::size_t r = 0; r < coverage.rows.size(); ++r) {
    const CoverageRow& row = coverage.rows[r];
    if (row.gap()) ++layout.gaps;
    if (row.status != Evidence::done) ++layout.not_done;
    if (!row_shown(row, state.rows_filter)) continue;
    if (row.kind == CoverageRow::Kind::behaviour && !section_added) {
      layout.rows.push_back(CoverageState::Layout::kSection);
      section_added = true;
    }
    layout.rows.push_back(static_cast<int>(r));
  }
  for (std::size_t c = 0; c < coverage.columns.size(); ++c) {
    const CoverageColumn& column = coverage.columns[c];
    if (column.status == Evidence::done) ++layout.done_columns;
    if (column.kind == CoverageColumn::Kind::activity) ++layout.activity_columns;
    else ++layout.taught_columns;
    if (!column_shown(column, state.columns_filter)) continue;
    ++layout.columns_matching;
    if (static_cast<int>(layout.columns.size()) < kMaxEvidenceColumns) layout.columns.push_back(static_cast<int>(c));
  }
}

void take_reveal(const ViewContext& context, CoverageState& state) {
  Navigation& navigation = context.navigation;
  if (navigation.reveal.empty()) return;
  const CoverageRow* row = context.derived.coverage.row(navigation.reveal);
  if (row == nullptr) return;
  state.selected_row = row->id;
  state.scroll_to = row->id;
  if (!row_shown(*row, state.rows_filter)) state.rows_filter = CoverageState::Rows::all;
  navigation.reveal.clear();
}

// One figure of the portfolio's readiness: "5 of 18", what it counts, and a bar.
void readiness_tile(const ViewContext& context, const char* id, int done, int total, const std::string& caption,
                    float width) {
  ImGui::BeginChild(id, ImVec2(width, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
  ImGui::PushFont(context.fonts.heading);
  ImGui::Text("%d of %d", done, total);
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0);
  ui::muted_text(caption);
  ImGui::PopTextWrapPos();
  const float fraction = total > 0 ? std::min(1.0f, static_cast<float>(done) / static_cast<float>(total)) : 0.0f;
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, done >= total ? ui::colours().success : ui::colours().accent);
  ImGui::ProgressBar(fraction, ImVec2(-FLT_MIN, ui::space(6)), "");
  ImGui::PopStyleColor();
  ImGui::EndChild();
}

void draw_readiness(const ViewContext& context) {
  const PortfolioReadiness& portfolio = context.derived.coverage.portfolio;
  ui::section_title(context.fonts.bold, "Portfolio readiness for the gateway");
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float width = (ImGui::GetContentRegionAvail().x - spacing * 2) / 3;
  readiness_tile(context, "##pieces", portfolio.done, portfolio.target,
                 "pieces of evidence done (about " + std::to_string(portfolio.target) + " expected); " +
                     std::to_string(portfolio.planned) + " more planned",
                 width);
  ImGui::SameLine();
  readiness_tile(context, "##standards", portfolio.standards_done, portfolio.standards_total,
                 "standards evidenced by something done", width);
  ImGui::SameLine();
  readiness_tile(context, "##behaviours", portfolio.behaviours_done, portfolio.behaviours_total,
                 "behaviours evidenced by something done", width);

  ImGui::PushTextWrapPos(0);
  if (portfolio.ready) {
    ui::coloured_text(ui::colours().success, std::string(icons::kCheck) +
                                                 " Ready for the gateway: enough evidence done, and every standard and "
                                                 "behaviour evidenced by something done.");
  } else {
    std::string missing;
    const auto add = [&missing](int count, const char* one, const char* many) {
      if (count <= 0) return;
      missing += (missing.empty() ? "" : ", ") + std::to_string(count) + " " + (count == 1 ? one : many);
    };
    add(portfolio.target - portfolio.done, "piece of evidence to complete", "pieces of evidence to complete");
    add(portfolio.standards_total - portfolio.standards_done, "standard", "standards");
    add(portfolio.behaviours_total - portfolio.behaviours_done, "behaviour", "behaviours");
    ui::muted_text("Not ready for the gateway yet: " + missing +
                   " still to evidence with something done. Mark modules and activities done as you complete them.");
  }
  ImGui::PopTextWrapPos();
}

void next_in_row(float width) {
  ImGui::SameLine(0, ui::space(ui::kSpaceM));
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

void draw_legend_and_filters(const ViewContext& context, CoverageState& state) {
  const CoverageState::Layout& layout = state.layout;
  const EvidenceLook done = row_look(static_cast<int>(Evidence::done));
  const EvidenceLook planned = row_look(static_cast<int>(Evidence::planned));
  const EvidenceLook gap = row_look(static_cast<int>(Evidence::none));
  ImGui::AlignTextToFramePadding();
  ui::coloured_text(done.colour, std::string(done.symbol) + " done");
  ImGui::SameLine(0, ui::space(ui::kSpaceM));
  ui::coloured_text(planned.colour, std::string(planned.symbol) + " planned");
  ImGui::SameLine(0, ui::space(ui::kSpaceM));
  ui::coloured_text(gap.colour, std::string(gap.symbol) + " gap: " + std::to_string(layout.gaps) +
                                    (layout.gaps == 1 ? " standard or behaviour" : " standards or behaviours") +
                                    " with nothing planned");

  using Rows = CoverageState::Rows;
  using Columns = CoverageState::Columns;
  const Choice<Rows> rows[] = {{Rows::all, "", "All (" + std::to_string(context.derived.coverage.rows.size()) + ")"},
                               {Rows::gaps, "gaps", "Gaps (" + std::to_string(layout.gaps) + ")"},
                               {Rows::not_done, "not-done", "Not yet done (" + std::to_string(layout.not_done) + ")"}};
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Rows");
  for (const Choice<Rows>& choice : rows) {
    const std::string label = choice.label + "###rows-" + choice.id;
    next_in_row(ImGui::GetFrameHeight() + ImGui::CalcTextSize(choice.label.c_str()).x + ui::space(8));
    if (ImGui::RadioButton(label.c_str(), state.rows_filter == choice.value)) state.rows_filter = choice.value;
  }
  const Choice<Columns> columns[] = {
      {Columns::all, "", "All evidence (" + std::to_string(context.derived.coverage.columns.size()) + ")"},
      {Columns::done, "done", "Done (" + std::to_string(layout.done_columns) + ")"},
      {Columns::taught, "taught", "Modules and dissertation (" + std::to_string(layout.taught_columns) + ")"},
      {Columns::activities, "activities", "Activities (" + std::to_string(layout.activity_columns) + ")"}};
  std::string preview;
  for (const Choice<Columns>& choice : columns)
    if (state.columns_filter == choice.value) preview = choice.label;
  const float combo_width = ui::space(260);
  next_in_row(combo_width + ImGui::CalcTextSize("Columns").x + ui::space(8));
  ImGui::TextUnformatted("Columns");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(combo_width);
  const bool open = ImGui::BeginCombo("##Columns shown", preview.c_str());
  automation::name_last_item("Columns shown");  // combos report no label of their own (no-op while open)
  if (open) {
    for (const Choice<Columns>& choice : columns)
      if (ImGui::Selectable(choice.label.c_str(), state.columns_filter == choice.value))
        state.columns_filter = choice.value;
    ImGui::EndCombo();
  }
  if (layout.columns_matching > static_cast<int>(layout.columns.size())) {
    ui::muted_text("Showing the first " + std::to_string(layout.columns.size()) + " of " +
                   std::to_string(layout.columns_matching) + " columns: choose fewer columns above to see the rest.");
  }
}

// Under the matrix: the selected standard or behaviour in full, what evidences it (each a way
// there), and ways to plan more.
void draw_row_details(const ViewContext& context, CoverageState& state, float height) {
  const Coverage& coverage = context.derived.coverage;
  const CoverageRow* row = coverage.row(state.selected_row);
  if (row == nullptr) return;
  ImGui::BeginChild("##row-details", ImVec2(0, height), ImGuiChildFlags_Border);
  const EvidenceLook look = row_look(static_cast<int>(row->status));
  // The statement wraps short of the close button at the top right.
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() -
                         ImGui::GetStyle().ItemSpacing.x);
  ImGui::PushFont(context.fonts.bold);
  ImGui::TextUnformatted(row->label.c_str());
  ImGui::PopFont();
  ImGui::PopTextWrapPos();
  ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::GetFrameHeight());
  if (ui::icon_button(icons::kRemove, "Close details", "Close")) state.selected_row.clear();
  ImGui::PushTextWrapPos(0);
  if (const Standard* standard = context.catalogue.standard(row->id);
      standard != nullptr && !standard->evidence_note.empty())
    ui::muted_text("The programme asks for: " + standard->evidence_note);
  if (const Behaviour* behaviour = context.catalogue.behaviour(row->id)) ui::muted_text(behaviour->description);
  ui::coloured_text(look.colour, std::string(look.symbol) + " " +
                                     (row->gap() ? std::string(look.words)
                                                 : std::to_string(row->done) + " done, " +
                                                       std::to_string(row->planned) + " planned"));
  ImGui::PopTextWrapPos();
  if (!context.read_only) {
    if (ui::primary_button("Plan shadowing for this")) plan_activity_for(context, EventKind::shadowing, row->id);
    ImGui::SetItemTooltip("Opens a new shadowing activity that evidences this, ready to fill in");
    ImGui::SameLine();
    if (ImGui::Button("Plan another activity for this")) plan_activity_for(context, std::nullopt, row->id);
    ImGui::SetItemTooltip("Choose the kind of activity; it will evidence this");
  }
  if (!row->gap()) ui::muted_text("Evidenced by:");
  bool any = false;
  for (std::size_t c = 0; c < coverage.columns.size(); ++c) {
    if (row->cells[c] == Evidence::none) continue;
    const CoverageColumn& column = coverage.columns[c];
    const EvidenceLook cell = row_look(static_cast<int>(row->cells[c]));
    const std::string name = column.kind == CoverageColumn::Kind::activity
                                 ? activity_label(column.title, column.date.value_or(Date{}))
                                 : column.title;
    const std::string label = std::string(cell.symbol) + " " + name + "##" + column.id;
    if (any) next_in_row(ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ui::space(16));
    any = true;
    if (ImGui::SmallButton(label.c_str())) {
      if (column.kind == CoverageColumn::Kind::dissertation) context.navigation.go_to(View::dissertation, "");
      else context.navigation.go_to(view_for_item(context.catalogue, column.id), column.id);
    }
    ImGui::SetItemTooltip("Open it");
  }
  ImGui::EndChild();
  // Newly chosen: at large text sizes the details sit below the fold, so the page scrolls just
  // enough to show them (not at all when they are in view already).
  if (state.details_revealed != row->id) {
    ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY);
    state.details_revealed = row->id;
  }
}

}  // namespace

void draw_coverage(const ViewContext& context) {
  CoverageState& state = context.states.coverage;
  take_reveal(context, state);
  refresh_layout(context, state);
  ui::view_header(context.fonts.heading, "Coverage",
                  "Which L7 standards and behaviours your plan evidences, and where: the modules, the dissertation and "
                  "your workplace activities. Every gap needs something planned.");
  draw_readiness(context);
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  draw_legend_and_filters(context, state);

  const bool details = context.derived.coverage.row(state.selected_row) != nullptr;
  const float details_height = details ? ImGui::GetTextLineHeightWithSpacing() * kDetailsLines : 0;
  const float matrix_height =
      std::max(ImGui::GetFrameHeight() * 6,
               ImGui::GetContentRegionAvail().y - details_height - (details ? ImGui::GetStyle().ItemSpacing.y : 0));
  if (state.layout.rows.empty()) {
    if (state.rows_filter == CoverageState::Rows::gaps)
      ui::empty_state(std::string(icons::kCheck) + " No gaps",
                      "Every standard and behaviour has something planned that evidences it.");
    else
      ui::empty_state(std::string(icons::kCheck) + " Everything evidenced",
                      "Every standard and behaviour is evidenced by something done.");
  } else {
    draw_coverage_matrix(context, state, matrix_height);
  }
  if (details) draw_row_details(context, state, details_height);
  else state.details_revealed.clear();
}

}  // namespace planner
