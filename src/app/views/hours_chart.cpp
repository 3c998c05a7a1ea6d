#include "app/views/hours_chart.hpp"

#include <algorithm>
#include <cmath>

#include "app/automation.hpp"
#include "app/event_colours.hpp"
#include "app/icons.hpp"
#include "app/view_context.hpp"
#include "app/views/hours_text.hpp"
#include "app/widgets/controls.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace planner {
namespace {

constexpr float kChartHeight = 230;    // CSS pixels at text scale 1: plot, gap strip, labels, scrollbar
constexpr float kMaxColumnWidth = 64;  // zoomed in as far as it goes
constexpr float kMinColumnWidth = 3;   // a plan so long that its weeks fit no better scrolls
constexpr float kZoomStep = 1.5f;      // per button press or wheel notch

const char* const kMonthShort[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kMonthLong[] = {"January", "February", "March",     "April",   "May",      "June",
                                  "July",    "August",   "September", "October", "November", "December"};

// Weeks belong to the month of their Thursday, as ISO weeks belong to the year of theirs, so no
// week is split between two months.
Date thursday_of(Date monday) { return monday.plus_days(3); }
int month_key(Date day) { return day.year() * 12 + static_cast<int>(day.month()) - 1; }

std::string month_name(Date day) { return std::string(kMonthLong[day.month() - 1]) + " " + std::to_string(day.year()); }

// The y axis: a round step (1, 2, 5 × 10ⁿ hours) giving about four gridlines, and a top on it.
struct Scale {
  double step = 5;
  double top = 20;
};

Scale scale_for(double highest) {
  Scale scale;
  const double rough = std::max(highest, 4.0) / 4;
  const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
  for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
    scale.step = factor * magnitude;
    if (scale.step >= rough) break;
  }
  scale.top = std::ceil(highest / scale.step) * scale.step;
  if (scale.top < highest * 1.08) scale.top += scale.step;  // room above the highest bar
  return scale;
}

ImU32 u32(const ImVec4& colour, float alpha = 1) {
  return ImGui::GetColorU32(ImVec4(colour.x, colour.y, colour.z, colour.w * alpha));
}

void refresh(const ViewContext& context, HoursChartState& state) {
  HoursChartState::Columns& cache = state.cache;
  if (cache.revision == context.revision && cache.grouping == state.grouping) return;
  cache.revision = context.revision;
  cache.grouping = state.grouping;
  cache.columns = hours_columns(context.derived.hours, state.grouping);
  double highest = 0;
  for (const HoursColumn& column : cache.columns)
    highest = std::max({highest, column.planned, column.logged, column.target});
  cache.top = highest;
}

// The colours of the chart, the same in the legend: planned and logged read apart in every theme
// (blue and green; cyan and green in high contrast) and neither is the warning colour.
struct ChartColours {
  ImVec4 planned, planned_fill, logged, target, leave, gap, today, grid, text;
};

ChartColours chart_colours(const ViewContext& context) {
  const Palette& p = ui::colours();
  const auto tint = [&p](const ImVec4& colour, float amount) {
    return ImVec4(p.surface.x + (colour.x - p.surface.x) * amount, p.surface.y + (colour.y - p.surface.y) * amount,
                  p.surface.z + (colour.z - p.surface.z) * amount, 1);
  };
  return {.planned = p.note,
          .planned_fill = tint(p.note, context.theme == Theme::light ? 0.28f : 0.4f),
          .logged = p.success,
          .target = p.text,
          .leave = event_fill(EventKind::leave, context.theme),
          .gap = p.warning,
          .today = p.error,
          .grid = p.border,
          .text = p.text_muted};
}

enum class Swatch { bar, outlined_bar, line, band, strip, rule };

void legend_entry(const char* label, Swatch swatch, const ImVec4& colour, const ImVec4& fill) {
  const float size = ImGui::GetTextLineHeight();
  const float width = size * 1.2f + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
  ImGui::SameLine(0, ui::space(ui::kSpaceM));
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImVec2 min(at.x, at.y + size * 0.15f), max(at.x + size * 1.2f, at.y + size * 0.85f);
  switch (swatch) {
    case Swatch::bar: draw_list->AddRectFilled(min, max, u32(colour)); break;
    case Swatch::outlined_bar:
      draw_list->AddRectFilled(min, max, u32(fill));
      draw_list->AddRect(min, max, u32(colour), 0, 0, 1.5f);
      break;
    case Swatch::line:
      draw_list->AddLine(ImVec2(min.x, at.y + size / 2), ImVec2(max.x, at.y + size / 2), u32(colour), 2.5f);
      break;
    case Swatch::band: draw_list->AddRectFilled(min, max, u32(colour)); break;
    case Swatch::strip: draw_list->AddRectFilled(ImVec2(min.x, max.y - ui::space(5)), max, u32(colour)); break;
    case Swatch::rule:
      draw_list->AddLine(ImVec2((min.x + max.x) / 2, at.y), ImVec2((min.x + max.x) / 2, at.y + size), u32(colour), 2);
      break;
  }
  ImGui::Dummy(ImVec2(size * 1.2f, size));
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::TextUnformatted(label);
}

bool has_weekly_target(const OtjRequirement& requirement) {
  return requirement.measure == OtjMeasure::percent_of_contracted || requirement.measure == OtjMeasure::hours_per_week;
}

void draw_legend(const ViewContext& context, const ChartColours& colours) {
  ImGui::NewLine();
  legend_entry("Planned", Swatch::outlined_bar, colours.planned, colours.planned_fill);
  legend_entry("Logged", Swatch::bar, colours.logged, colours.logged);
  if (has_weekly_target(context.derived.hours.requirement))
    legend_entry("Weekly target", Swatch::line, colours.target, {});
  legend_entry("Leave", Swatch::band, colours.leave, {});
  if (context.derived.hours.requirement.active_learning_weeks > 0)
    legend_entry("No active learning for too long", Swatch::strip, colours.gap, {});
  legend_entry("Today", Swatch::rule, colours.today, {});
}

// Where the chart's columns lie on screen this frame.
struct Layout {
  float column_width = 0;
  float gutter = 0;  // the y axis labels, left of the columns (they do not scroll)
  float content_width = 0;
};

float gutter_width() { return ImGui::CalcTextSize("000 h").x + ui::space(ui::kSpaceS); }

// The column width at which every column fits the chart's width (less its border).
float fitting_width(float width, std::size_t count) {
  return std::max(1.0f, width - gutter_width() - 2) / static_cast<float>(std::max<std::size_t>(count, 1));
}

Layout layout_for(const HoursChartState& state, float width, std::size_t count) {
  Layout layout;
  layout.gutter = gutter_width();
  layout.column_width = std::max(fitting_width(width, count) * state.zoom, ui::space(kMinColumnWidth));
  layout.content_width = layout.gutter + layout.column_width * static_cast<float>(count);
  return layout;
}

float largest_zoom(float width, std::size_t count) {
  return std::max(1.0f, ui::space(kMaxColumnWidth) / fitting_width(width, count));
}

// The column holding `day`, if the chart runs to it.
std::optional<std::size_t> column_of(const std::vector<HoursColumn>& columns, Date day) {
  const auto after = std::upper_bound(columns.begin(), columns.end(), day,
                                      [](Date d, const HoursColumn& column) { return d < column.days.first; });
  if (after == columns.begin()) return std::nullopt;
  const auto found = std::prev(after);
  if (day > found->days.last) return std::nullopt;
  return static_cast<std::size_t>(found - columns.begin());
}

// Where `day` falls along the content, in columns from the first (fractional within a column).
float column_position(const HoursColumn& column, std::size_t index, Date day) {
  const float days = static_cast<float>(column.days.length_in_days());
  return static_cast<float>(index) + (static_cast<float>(days_between(column.days.first, day)) + 0.5f) / days;
}

void draw_controls(const ViewContext& context, HoursChartState& state, float view_width) {
  const std::size_t count = state.cache.columns.size();
  if (ImGui::RadioButton("By week", state.grouping == HoursGrouping::weeks) && state.grouping != HoursGrouping::weeks) {
    state.grouping = HoursGrouping::weeks;
    state.zoom = 1;
  }
  ImGui::SameLine();
  if (ImGui::RadioButton("By month", state.grouping == HoursGrouping::months) &&
      state.grouping != HoursGrouping::months) {
    state.grouping = HoursGrouping::months;
    state.zoom = 1;
  }
  ImGui::SameLine(0, ui::space(ui::kSpaceL));
  const float most = largest_zoom(view_width, count);
  const Layout now = layout_for(state, view_width, count);
  // Buttons zoom about the middle of what is in view.
  const auto zoom_to = [&](float zoom) {
    const float middle = (state.shown_scroll + view_width / 2 - now.gutter) / now.column_width;
    state.zoom = std::clamp(zoom, 1.0f, most);
    const Layout next = layout_for(state, view_width, count);
    state.scroll_x = std::max(0.0f, middle * next.column_width - (view_width / 2 - now.gutter));
  };
  ImGui::BeginDisabled(state.zoom <= 1);
  if (ImGui::Button("-##Zoom out")) zoom_to(state.zoom / kZoomStep);
  automation::name_last_item("Zoom out");
  ImGui::SetItemTooltip("Zoom out (Ctrl+wheel or pinch)");
  ImGui::EndDisabled();
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::BeginDisabled(state.zoom >= most);
  if (ImGui::Button("+##Zoom in")) zoom_to(state.zoom * kZoomStep);
  automation::name_last_item("Zoom in");
  ImGui::SetItemTooltip("Zoom in (Ctrl+wheel or pinch)");
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(state.zoom <= 1);
  if (ImGui::Button("Whole plan")) state.zoom = 1;
  ImGui::SetItemTooltip("Fit every week of the plan in the chart");
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Today")) state.bring_into_view = context.today;
  ImGui::SetItemTooltip("Bring this week into view");
}

void draw_tooltip(const ViewContext& context, const HoursChartState& state, const HoursColumn& column) {
  const OtjRequirement& requirement = context.derived.hours.requirement;
  ImGui::BeginTooltip();
  ImGui::PushFont(context.fonts.bold);
  if (state.grouping == HoursGrouping::weeks) {
    ImGui::Text("Week %s", column.name.c_str());
    ImGui::PopFont();
    ImGui::Text("%s to %s", column.days.first.display().c_str(), column.days.last.display().c_str());
  } else {
    ImGui::TextUnformatted(column.name.c_str());
    ImGui::PopFont();
    ImGui::Text("%d weeks: %s to %s", column.weeks, column.days.first.display().c_str(),
                column.days.last.display().c_str());
  }
  ImGui::Separator();
  ImGui::Text("Planned: %s", hours_text(column.planned).c_str());
  ImGui::Text("Logged: %s", hours_text(column.logged).c_str());
  if (column.target > 0) {
    ImGui::Text("%s: %s", state.grouping == HoursGrouping::weeks ? "Weekly target" : "Target for these weeks",
                hours_text(column.target).c_str());
  }
  if (!column.on_programme) ui::muted_text("Outside the time on programme (start to gateway).");
  if (column.weeks_on_leave == column.weeks) ui::muted_text("On leave: not counted in the requirement.");
  else if (column.weeks_on_leave > 0)
    ui::muted_text(std::to_string(column.weeks_on_leave) + (column.weeks_on_leave == 1 ? " week" : " weeks") +
                   " on leave.");
  if (requirement.active_learning_weeks > 0 && column.on_programme) {
    if (column.in_gap)
      ui::coloured_text(ui::colours().warning, std::string(icons::kWarning) +
                                                   " Part of a stretch with no active learning for over " +
                                                   std::to_string(requirement.active_learning_weeks) + " weeks.");
    else if (!column.active_learning)
      ui::muted_text("No active learning this " +
                     std::string(state.grouping == HoursGrouping::weeks ? "week." : "month."));
  }
  ImGui::EndTooltip();
}

void draw_columns(const ViewContext& context, HoursChartState& state, const Layout& layout,
                  const ChartColours& colours) {
  const std::vector<HoursColumn>& columns = state.cache.columns;
  const Scale scale = scale_for(state.cache.top);
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImRect inner = ImGui::GetCurrentWindow()->InnerRect;        // less the border and the scrollbar
  const ImRect visible = ImGui::GetCurrentWindow()->InnerClipRect;  // and less what the view scrolls away
  const float scroll = ImGui::GetScrollX();
  const float line = ImGui::GetTextLineHeight();

  const float left = inner.Min.x + layout.gutter;  // where columns start to show
  const float right = inner.Max.x;
  const float origin = inner.Min.x + layout.gutter - scroll;  // column 0's left edge
  const float plot_top = inner.Min.y + line * 0.5f + ui::space(ui::kSpaceXs);
  const float strip_top = inner.Max.y - line - ui::space(ui::kSpaceS) - ui::space(5);
  const float plot_bottom = strip_top - ui::space(2);
  const float strip_bottom = strip_top + ui::space(5);
  const float labels_top = strip_bottom + ui::space(ui::kSpaceXs);
  const auto y_of = [&](double hours) {
    return plot_bottom - static_cast<float>(hours / scale.top) * (plot_bottom - plot_top);
  };
  const float width = layout.column_width;
  const std::size_t first = static_cast<std::size_t>(std::max(0.0f, std::floor(scroll / width)));
  const std::size_t last =
      std::min(columns.size(), static_cast<std::size_t>(std::ceil((scroll + right - left) / width)) + 1);

  // Which column the pointer is over.
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  std::optional<std::size_t> hovered;
  if (ImGui::IsWindowHovered() && mouse.x >= left && mouse.x < right && mouse.y >= plot_top && mouse.y < labels_top) {
    const auto index = static_cast<std::size_t>(std::floor((mouse.x - origin) / width));
    if (index < columns.size()) hovered = index;
  }

  // Gridlines under everything.
  for (double hours = scale.step; hours <= scale.top + 1e-9; hours += scale.step)
    draw_list->AddLine(ImVec2(left, y_of(hours)), ImVec2(right, y_of(hours)), u32(colours.grid, 0.6f));
  draw_list->AddLine(ImVec2(left, plot_bottom), ImVec2(right, plot_bottom), u32(colours.grid));

  draw_list->PushClipRect(ImVec2(left, inner.Min.y), inner.Max, true);
  const float inset = width >= 6 ? width * 0.12f : 0;
  const float logged_inset = width >= 6 ? width * 0.3f : width * 0.2f;
  float last_label_right = -1e9f;
  for (std::size_t i = first; i < last; ++i) {
    const HoursColumn& column = columns[i];
    const float x0 = origin + width * static_cast<float>(i), x1 = x0 + width;
    const float dim = column.on_programme ? 1.0f : 0.45f;
    if (column.weeks_on_leave > 0) {
      const float share = static_cast<float>(column.weeks_on_leave) / static_cast<float>(column.weeks);
      draw_list->AddRectFilled(ImVec2(x0, plot_top), ImVec2(x1, plot_bottom), u32(colours.leave, share));
    }
    if (column.in_gap) {
      draw_list->AddRectFilled(ImVec2(x0, plot_top), ImVec2(x1, plot_bottom), u32(colours.gap, 0.10f));
      draw_list->AddRectFilled(ImVec2(x0, strip_top), ImVec2(x1, strip_bottom), u32(colours.gap));
    }
    if (hovered == i) draw_list->AddRectFilled(ImVec2(x0, plot_top), ImVec2(x1, plot_bottom), u32(colours.grid, 0.45f));
    if (column.planned > 0) {
      draw_list->AddRectFilled(ImVec2(x0 + inset, y_of(column.planned)), ImVec2(x1 - inset, plot_bottom),
                               u32(colours.planned_fill, dim));
      if (width >= 6)
        draw_list->AddRect(ImVec2(x0 + inset, y_of(column.planned)), ImVec2(x1 - inset, plot_bottom + 1),
                           u32(colours.planned, dim));
    }
    if (column.logged > 0)
      draw_list->AddRectFilled(ImVec2(x0 + logged_inset, y_of(column.logged)), ImVec2(x1 - logged_inset, plot_bottom),
                               u32(colours.logged, dim));
    if (column.target > 0) {
      const float y = y_of(column.target);
      draw_list->AddLine(ImVec2(x0, y), ImVec2(x1, y), u32(colours.target), 2);
      if (i > 0 && columns[i - 1].target > 0 && columns[i - 1].target != column.target)
        draw_list->AddLine(ImVec2(x0, y_of(columns[i - 1].target)), ImVec2(x0, y), u32(colours.target), 2);
    }

    // The month (and the year where it turns, and on the first label) along the bottom.
    const Date thursday = thursday_of(column.days.first);
    const bool month_starts = i == 0 || month_key(thursday_of(columns[i - 1].days.first)) != month_key(thursday);
    if (month_starts) {
      const bool year_turns = thursday.month() == 1 || last_label_right < -1e8f;
      const std::string label =
          year_turns ? std::string(kMonthShort[thursday.month() - 1]) + " " + std::to_string(thursday.year())
                     : std::string(kMonthShort[thursday.month() - 1]);
      draw_list->AddLine(ImVec2(x0, strip_bottom), ImVec2(x0, labels_top + line * 0.5f), u32(colours.grid));
      if (thursday.month() == 1) draw_list->AddLine(ImVec2(x0, plot_top), ImVec2(x0, plot_bottom), u32(colours.grid));
      const float label_width = ImGui::CalcTextSize(label.c_str()).x;
      if (x0 + ui::space(3) > last_label_right + ui::space(ui::kSpaceS)) {
        draw_list->AddText(ImVec2(x0 + ui::space(3), labels_top), u32(colours.text), label.c_str());
        last_label_right = x0 + ui::space(3) + label_width;
      }
    }
    // Reported with the part of it on screen: the view may be scrolled so the chart is half hidden.
    ImRect shown(ImVec2(x0, plot_top), ImVec2(x1, plot_bottom));
    shown.ClipWithFull(ImRect(ImVec2(left, visible.Min.y), visible.Max));
    if (x0 >= left - 0.5f && x1 <= right + 0.5f && shown.GetWidth() > 0 && shown.GetHeight() > 0)
      automation::add_custom_item(ImGui::GetID(column.name.c_str()), column.name, shown.Min, shown.Max);
  }

  // Today, across the plot.
  if (const std::optional<std::size_t> today = column_of(columns, context.today)) {
    const float x = origin + width * column_position(columns[*today], *today, context.today);
    draw_list->AddLine(ImVec2(x, plot_top - ui::space(2)), ImVec2(x, plot_bottom), u32(colours.today), 2);
    draw_list->AddText(ImVec2(x + ui::space(3), plot_top - ui::space(2)), u32(colours.today), "Today");
  }
  draw_list->PopClipRect();

  // The y axis in the gutter, which stays put while the columns pan.
  draw_list->AddRectFilled(inner.Min, ImVec2(left, inner.Max.y), u32(ui::colours().surface));
  for (double hours = 0; hours <= scale.top + 1e-9; hours += scale.step) {
    const std::string label = hours_text(hours);
    const ImVec2 size = ImGui::CalcTextSize(label.c_str());
    draw_list->AddText(ImVec2(left - size.x - ui::space(ui::kSpaceXs), y_of(hours) - size.y / 2), u32(colours.text),
                       label.c_str());
  }

  if (hovered) draw_tooltip(context, state, columns[*hovered]);
}

// Ctrl+wheel (a pinch on touch screens) zooms about the pointer.
void zoom_with_wheel(HoursChartState& state, const Layout& layout, float view_width, std::size_t count) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!ImGui::IsWindowHovered() || !io.KeyCtrl || io.MouseWheel == 0) return;
  const float left = ImGui::GetCurrentWindow()->InnerRect.Min.x + layout.gutter;
  const float at = (io.MousePos.x - left + ImGui::GetScrollX()) / layout.column_width;  // in columns
  state.zoom = std::clamp(state.zoom * std::pow(kZoomStep, io.MouseWheel), 1.0f, largest_zoom(view_width, count));
  const Layout next = layout_for(state, view_width, count);
  state.scroll_x = std::max(0.0f, at * next.column_width - (io.MousePos.x - left));
}

}  // namespace

std::vector<HoursColumn> hours_columns(const HoursSummary& summary, HoursGrouping grouping) {
  const OtjRequirement& requirement = summary.requirement;
  const bool weekly_target = has_weekly_target(requirement);
  std::vector<HoursColumn> columns;
  auto gap = summary.active_learning_gaps.begin();
  int column_month = -1;
  for (const WeekHours& week : summary.weeks) {
    const DateRange days{week.monday, week.monday.plus_days(6)};
    const int month = month_key(thursday_of(week.monday));
    if (grouping == HoursGrouping::weeks || columns.empty() || month != column_month) {
      HoursColumn column;
      column.days = days;
      column.name = grouping == HoursGrouping::weeks ? iso_week(week.monday) : month_name(thursday_of(week.monday));
      columns.push_back(std::move(column));
      column_month = month;
    }
    HoursColumn& column = columns.back();
    column.days.last = days.last;
    column.planned += week.planned;
    column.logged += week.logged;
    if (weekly_target && week.on_programme && !week.on_leave) column.target += requirement.per_week;
    ++column.weeks;
    if (week.on_leave) ++column.weeks_on_leave;
    column.on_programme = column.on_programme || week.on_programme;
    column.active_learning = column.active_learning || week.active_learning;
    while (gap != summary.active_learning_gaps.end() && gap->last < days.first) ++gap;
    if (gap != summary.active_learning_gaps.end() && gap->overlaps(days)) column.in_gap = true;
  }
  return columns;
}

void draw_hours_chart(const ViewContext& context, HoursChartState& state) {
  const float view_width = ImGui::GetContentRegionAvail().x;
  const ChartColours colours = chart_colours(context);
  draw_controls(context, state, view_width);
  refresh(context, state);
  const std::vector<HoursColumn>& columns = state.cache.columns;
  draw_legend(context, colours);
  if (columns.empty()) return;

  const Layout layout = layout_for(state, view_width, columns.size());
  if (state.bring_into_view) {
    if (const std::optional<std::size_t> index = column_of(columns, *state.bring_into_view)) {
      const float x = column_position(columns[*index], *index, *state.bring_into_view) * layout.column_width;
      state.scroll_x = std::max(0.0f, x - (view_width - layout.gutter) / 3);
    }
    state.bring_into_view.reset();
  }
  ImGui::SetNextWindowContentSize(ImVec2(layout.content_width, 0));
  if (state.scroll_x) {
    ImGui::SetNextWindowScroll(ImVec2(*state.scroll_x, -1));
    state.scroll_x.reset();
  }
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::colours().surface);
  ImGui::BeginChild("##hours-chart", ImVec2(0, ui::space(kChartHeight)), ImGuiChildFlags_Border,
                    ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  state.shown_scroll = ImGui::GetScrollX();
  zoom_with_wheel(state, layout, view_width, columns.size());
  draw_columns(context, state, layout, colours);
  ImGui::EndChild();
}

}  // namespace planner
