#include "app/views/timeline.hpp"

#include <algorithm>
#include <string>

#include "app/automation.hpp"
#include "app/event_colours.hpp"
#include "app/icons.hpp"
#include "app/item_location.hpp"
#include "app/theme.hpp"
#include "app/view_context.hpp"
#include "app/views/timeline_day_data.hpp"
#include "app/views/timeline_moves.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/finding_notes.hpp"
#include "app/widgets/timeline_canvas.hpp"
#include "core/planning/event_details.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace planner {
namespace {

const Event& event_of(const ViewContext& context, const ui::TimelineMark& mark) {
  return context.derived.schedule.events[static_cast<std::size_t>(mark.tag)];
}

// ---- what the chart is built from, once per revision ------------------------------------------

void colour_background(TimelineBackground& background, Theme theme) {
  const Palette& p = palette(theme);
  const bool light = theme == Theme::light;
  const bool high_contrast = theme == Theme::high_contrast;
  background.base = p.surface;
  background.weekend = with_alpha(p.text, light ? 0.045f : high_contrast ? 0.11f : 0.06f);
  background.bank_holiday = with_alpha(p.warning, light ? 0.17f : 0.22f);
  background.leave = with_alpha(event_colour(EventKind::leave, theme), light ? 0.22f : 0.30f);
  background.busy = with_alpha(event_colour(EventKind::busy, theme), light ? 0.09f : 0.13f);
  background.grid = with_alpha(p.border, high_contrast ? 0.35f : 0.6f);
  background.month_grid = with_alpha(p.text_muted, high_contrast ? 0.6f : 0.5f);
  background.today_line = p.error;
  // One hue, darker when busier: reads as "more" in every theme without competing with the
  // red and amber of the findings.
  background.heat_low = with_alpha(p.accent, high_contrast ? 0.25f : 0.12f);
  background.heat_high = with_alpha(p.accent, 0.9f);
}

void refresh(const ViewContext& context, TimelineState& state) {
  const bool plan_changed = !state.built || state.revision != context.revision || state.today != context.today;
  if (!plan_changed && state.theme == context.theme) return;
  const DateRange days = timeline_days(context.derived.schedule, context.plan.profile.start, context.today);
  // The chart's first day follows the plan: keep the view on the same dates when it moves.
  if (state.built && days.first != state.model.chart.first_day)
    ui::shift_days(state.canvas, days_between(days.first, state.model.chart.first_day));
  state.model = build_timeline_model(context.catalogue, context.plan, context.derived, context.theme, days);
  if (plan_changed) {
    TimelineDayData data = build_timeline_day_data(context.catalogue, context.plan, context.derived.schedule, days);
    use_day_data(state.canvas.background, days.first, data);
    state.planned_hours = std::move(data.planned_hours);
  }
  colour_background(state.canvas.background, context.theme);
  state.built = true;
  state.revision = context.revision;
  state.theme = context.theme;
  state.today = context.today;
}

// ---- the toolbar --------------------------------------------------------------------------------

bool toggle_button(const char* label, bool on) {
  const Palette& p = ui::colours();
  if (on) {
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent);
    ImGui::PushStyleColor(ImGuiCol_Text, p.on_accent);
  }
  const bool pressed = ImGui::Button(label);
  if (on) ImGui::PopStyleColor(3);
  return pressed;
}

// A small swatch in the shape the chart draws, then its meaning.
void key_entry(const char* text, ImVec4 colour, ui::MarkShape shape) {
  const float size = ImGui::GetFontSize();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImU32 fill = ImGui::ColorConvertFloat4ToU32(colour);
  const ImVec2 c(at.x + size * 0.6f, at.y + size * 0.55f);
  const float r = size * 0.36f;
  switch (shape) {
    case ui::MarkShape::diamond:
      draw_list->AddQuadFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r), ImVec2(c.x - r, c.y),
                               fill);
      break;
    case ui::MarkShape::dot: draw_list->AddCircleFilled(c, r * 0.8f, fill); break;
    default: draw_list->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), fill, 2.0f); break;
  }
  ImGui::Dummy(ImVec2(size * 1.3f, size));
  ImGui::SameLine();
  ImGui::TextUnformatted(text);
}

void draw_key(const ViewContext& context) {
  if (!ImGui::BeginPopup("##timeline-key")) return;
  const Theme theme = context.theme;
  const TimelineBackground& bg = context.states.timeline.canvas.background;
  ImGui::SeparatorText("On the chart");
  key_entry("Module (its whole span)", event_fill(EventKind::module, theme), ui::MarkShape::span);
  key_entry("Online study", with_alpha(event_colour(EventKind::online, theme), 0.45f), ui::MarkShape::band);
  key_entry("Face-to-face day at Park House", event_colour(EventKind::f2f, theme), ui::MarkShape::block);
  key_entry("Work-based assignment due", event_colour(EventKind::wba_due, theme), ui::MarkShape::diamond);
  key_entry("Assignment due", event_colour(EventKind::assignment_due, theme), ui::MarkShape::diamond);
  key_entry("Dissertation milestone", event_colour(EventKind::dissertation_milestone, theme), ui::MarkShape::diamond);
  key_entry("Activity, in its kind's colour", event_colour(EventKind::shadowing, theme), ui::MarkShape::dot);
  key_entry("Progress review", event_colour(EventKind::review, theme), ui::MarkShape::dot);
  key_entry("Gateway and end-point assessment", event_colour(EventKind::gateway, theme), ui::MarkShape::diamond);
  key_entry("Involved in an error (red outline)", ui::colours().error, ui::MarkShape::dot);
  key_entry("Involved in a warning (amber outline)", ui::colours().warning, ui::MarkShape::dot);
  ImGui::SeparatorText("Behind it");
  key_entry("Weekend", with_alpha(ui::colours().text, 0.25f), ui::MarkShape::span);
  key_entry("Bank holiday", with_alpha(bg.bank_holiday, 0.7f), ui::MarkShape::span);
  key_entry("Leave (hatched)", bg.leave, ui::MarkShape::span);
  key_entry("Busy at work", with_alpha(bg.busy, 0.5f), ui::MarkShape::span);
  key_entry("Today", bg.today_line, ui::MarkShape::span);
  key_entry("Workload: planned off-the-job hours, darker when busier", bg.heat_high, ui::MarkShape::span);
  ImGui::EndPopup();
}

void draw_toolbar(const ViewContext& context, TimelineState& state) {
  ui::TimelineCanvasState& canvas = state.canvas;
  const std::optional<ZoomLevel> zoom = zoom_level_of(canvas.scale.px_per_day, static_cast<double>(canvas.chart_width));
  struct Preset {
    const char* label;
    ZoomLevel level;
    const char* tooltip;
  };
  static constexpr Preset kPresets[] = {{"Weeks", ZoomLevel::weeks, "Show about six weeks, day by day"},
                                        {"Months", ZoomLevel::months, "Show about six months, week by week"},
                                        {"Terms", ZoomLevel::terms, "Show about two years, month by month"}};
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ui::space(2), ImGui::GetStyle().ItemSpacing.y));
  for (const Preset& preset : kPresets) {
    if (preset.level != ZoomLevel::weeks) ImGui::SameLine();
    if (toggle_button(preset.label, zoom == preset.level)) canvas.zoom_request = preset.level;
    ImGui::SetItemTooltip("%s (Ctrl + wheel or pinch zooms too)", preset.tooltip);
  }
  ImGui::PopStyleVar();

  ImGui::SameLine(0, ui::space(ui::kSpaceM));
  const ui::TimelineChart& chart = state.model.chart;
  const int today = days_between(chart.first_day, context.today);
  const bool today_in_chart = today >= 0 && today < chart.day_count;
  ImGui::BeginDisabled(!today_in_chart);
  if (ImGui::Button("Today")) canvas.centre_request = today + 0.5;
  ImGui::EndDisabled();
  ImGui::SetItemTooltip(today_in_chart ? "Bring today (%s) to the middle" : "Today (%s) is outside this plan's dates",
                        context.today.display().c_str());

  ImGui::SameLine(0, ui::space(ui::kSpaceM));
  if (ImGui::Button((std::string(icons::kInfo) + " Key").c_str())) ImGui::OpenPopup("##timeline-key");
  ImGui::SetItemTooltip("What the colours, shapes and shading mean");
  draw_key(context);

  if (context.plan.modules.empty()) {
    ImGui::SameLine(0, ui::space(ui::kSpaceM));
    ui::muted_text("No modules are on the calendar yet: place them in Modules.");
  }
}

// ---- details on hover ------------------------------------------------------------------------

std::string dates_of(const Event& event) {
  if (event.start == event.end) return event.start.display();
  const int days = days_between(event.start, event.end) + 1;
  // A module's twelve weeks end on a Friday: counted in weeks, that is twelve, not 82 days.
  const int weeks = (days + 2) / 7;
  const std::string length = days >= 14 ? std::to_string(weeks) + " weeks" : std::to_string(days) + " days";
  return event.start.display() + " to " + event.end.display() + " (" + length + ")";
}

// Where the date comes from, for the events that have a default: a timetable or the programme.
std::string date_source(const Event& event) {
  if (!event.module.empty() && event.kind != EventKind::module)
    return event.overridden ? "Date set by hand" : "Date from the module timetable";
  if (event.kind == EventKind::induction || event.kind == EventKind::gateway || event.kind == EventKind::epa)
    return event.overridden ? "Date set by hand" : "Date from the programme's usual timing";
  return {};
}

std::string module_name(const ViewContext& context, const std::string& module_id) {
  const Module* module = context.catalogue.module(module_id);
  return module != nullptr ? "Module " + std::to_string(module->number) + ": " + module->title : module_id;
}

void describe_event(const ViewContext& context, const TimelineState& state, const ui::TimelineMark& mark) {
  const Event& event = event_of(context, mark);
  ImGui::PushFont(context.fonts.bold);
  ImGui::TextUnformatted(event.title.c_str());
  ImGui::PopFont();
  ui::coloured_text(event_colour(event.kind, context.theme),
                    std::string(icons::kDot) + " " + std::string(kind_label(event.kind)));
  if (!event.module.empty() && event.kind != EventKind::module) ui::muted_text(module_name(context, event.module));
  ImGui::TextUnformatted(dates_of(event).c_str());
  if (const std::string source = date_source(event); !source.empty()) ui::muted_text(source);
  for (int index : state.model.findings_of_event[static_cast<std::size_t>(mark.tag)]) {
    const Finding& finding = context.derived.findings[static_cast<std::size_t>(index)];
    ui::coloured_text(ui::severity_colour(finding.severity),
                      std::string(ui::severity_icon(finding.severity)) + " " + finding.message);
  }
}

// The details of what is under the pointer: every marker sharing the spot, topmost first.
void draw_event_details(const ViewContext& context, const TimelineState& state, const ui::TimelineInteraction& input) {
  constexpr std::size_t kMostDescribed = 4;
  const ui::TimelineMark& top = *input.hovered;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
  for (std::size_t i = 0; i < input.hovered_stack.size() && i < kMostDescribed; ++i) {
    if (i > 0) ImGui::Separator();
    describe_event(context, state, *input.hovered_stack[i]);
  }
  if (input.hovered_stack.size() > kMostDescribed)
    ui::muted_text("and " + std::to_string(input.hovered_stack.size() - kMostDescribed) + " more on this day");
  if (!context.read_only) {
    if (top.moves_with != 0) ui::muted_text("Drag to move the whole module.");
    else if (top.movable)
      ui::muted_text(event_of(context, top).kind == EventKind::module ? "Drag to move the module, a week at a time."
                                                                      : "Drag to move it to another working day.");
  }
  ImGui::PopTextWrapPos();
  // Named for tests and scripts: the details shown are findable like any item.
  const ImGuiWindow* window = ImGui::GetCurrentWindow();
  automation::add_custom_item(ImGui::GetID("##details"), "Details of " + event_of(context, top).title, window->Pos,
                              ImVec2(window->Pos.x + window->Size.x, window->Pos.y + window->Size.y));
  ImGui::EndTooltip();
}

void draw_workload_details(const TimelineState& state, int day) {
  const float hours = state.planned_hours[static_cast<std::size_t>(day)];
  const float busiest = *std::max_element(state.planned_hours.begin(), state.planned_hours.end());
  const Date date = state.model.chart.first_day.plus_days(day);
  if (hours <= 0) {
    ImGui::SetTooltip("%s: no off-the-job training planned", date.display().c_str());
  } else {
    ImGui::SetTooltip("%s: %.1f hours of off-the-job training planned\n(the busiest day of the plan has %.1f)",
                      date.display().c_str(), static_cast<double>(hours), static_cast<double>(busiest));
  }
}

// ---- under the chart: what is selected and what the keys do, or how to use the chart ----------

std::string footer_text(const ViewContext& context, const ui::TimelineMark* selected) {
  if (selected == nullptr) {
    return context.read_only ? "Drag the background or use the wheel to scroll, Ctrl + wheel or pinch to zoom."
                             : "Drag a bar or marker to move it. Drag the background or use the wheel to scroll, "
                               "Ctrl + wheel or pinch to zoom. Click an item to select it.";
  }
  const Event& event = event_of(context, *selected);
  std::string text = event.title + ", " + dates_of(event) + ".";
  if (!context.read_only && selected->movable)
    text += event.kind == EventKind::module ? " Left and Right move it a week (with Shift, four weeks)."
                                            : " Left and Right move it a working day (with Shift, a week).";
  const View home = view_for_item(context.catalogue, event.id);
  if (home != View::timeline) text += " Enter opens it in " + std::string(view_name(home)) + ".";
  text += " Escape deselects.";
  return text;
}

// ---- turning what happened into edits and navigation -------------------------------------------

void act(const ViewContext& context, TimelineState& state, const ui::TimelineInteraction& input) {
  Navigation& navigation = context.navigation;
  const BankHolidays& holidays = context.catalogue.holidays;
  if (input.pressed != nullptr) navigation.selected = event_of(context, *input.pressed).id;
  if (input.pressed_nothing || input.deselect) navigation.selected.clear();
  if (input.select != nullptr) navigation.selected = event_of(context, *input.select).id;

  if (input.dragged != nullptr && !context.read_only) {
    const Event& event = event_of(context, *input.dragged);
    if (state.drag_event != event.id) {
      state.drag_event = event.id;
      state.drag_origin = move_origin(context.plan, event);
      state.drag_last = state.drag_origin;
    }
    const Date target = drag_target(holidays, event, state.drag_origin, input.drag_days);
    if (target != state.drag_last) {
      if (std::optional<Edit> edit = move_edit(context.catalogue, context.plan, event, target)) {
        // Every step of one drag merges into one undo step; the checks follow each step.
        edit->merge_key = "timeline-drag:" + event.id;
        context.apply(std::move(*edit));
      }
      state.drag_last = target;
    }
  } else {
    state.drag_event.clear();
  }

  if (input.nudge != 0) {
    const ui::TimelineMark* mark = ui::find_mark(state.model.chart, ui::timeline_mark_id(navigation.selected));
    if (mark != nullptr && mark->movable) {
      const Event& event = event_of(context, *mark);
      const Date target =
          nudge_target(holidays, event, move_origin(context.plan, event), input.nudge, input.nudge_large);
      if (std::optional<Edit> edit = move_edit(context.catalogue, context.plan, event, target))
        context.apply(std::move(*edit));
    }
  }
  if (input.open && !navigation.selected.empty()) {
    const View home = view_for_item(context.catalogue, navigation.selected);
    if (home != View::timeline) navigation.go_to(home, navigation.selected);
  }
}

// The day the chart opens on: a week before today while the plan runs, else a week before it starts.
double initial_day(const ViewContext& context, const ui::TimelineChart& chart) {
  const int today = days_between(chart.first_day, context.today);
  const int start = days_between(chart.first_day, context.plan.profile.start);
  const int end = days_between(chart.first_day, gateway_date(context.catalogue, context.plan));
  return (today >= start && today <= end ? today : start) - 7;
}

}  // namespace

void draw_timeline(const ViewContext& context) {
  TimelineState& state = context.states.timeline;
  refresh(context, state);
  const ui::TimelineChart& chart = state.model.chart;

  ui::view_header(context.fonts.heading, "Timeline",
                  "Everything in the plan on one chart. Drag anything to move it: the checks update as you drag.");
  draw_toolbar(context, state);

  Navigation& navigation = context.navigation;
  if (!navigation.reveal.empty()) {
    if (ui::find_mark(chart, ui::timeline_mark_id(navigation.reveal)) != nullptr)
      state.canvas.reveal_request = ui::timeline_mark_id(navigation.reveal);
    navigation.reveal.clear();
  }

  ui::TimelineCanvasOptions options;
  options.selected = navigation.selected.empty() ? 0 : ui::timeline_mark_id(navigation.selected);
  options.initial_day = initial_day(context, chart);
  const int today = days_between(chart.first_day, context.today);
  if (today >= 0 && today < chart.day_count) options.today = today;
  options.read_only = context.read_only;
  options.painter = context.host.timeline_painter();
  options.drag_target = [&context, &state](const ui::TimelineMark& mark, double days) {
    const Event& event = event_of(context, mark);
    const Date origin = state.drag_event == event.id ? state.drag_origin : move_origin(context.plan, event);
    return days_between(state.model.chart.first_day, drag_target(context.catalogue.holidays, event, origin, days));
  };

  const ui::TimelineMark* selected = ui::find_mark(chart, options.selected);
  const std::string footer = footer_text(context, selected);
  const float width = ImGui::GetContentRegionAvail().x;
  const float footer_height =
      ImGui::CalcTextSize(footer.c_str(), nullptr, false, width).y + ImGui::GetStyle().ItemSpacing.y;
  const ImVec2 size(width,
                    std::min(ImGui::GetContentRegionAvail().y - footer_height, ui::timeline_canvas_full_height(chart)));
  const ui::TimelineInteraction input = ui::timeline_canvas("##Timeline chart", state.canvas, chart, options, size);

  if (input.hovered != nullptr) draw_event_details(context, state, input);
  else if (input.hovered_workload_day && !state.planned_hours.empty())
    draw_workload_details(state, *input.hovered_workload_day);
  act(context, state, input);

  ImGui::PushTextWrapPos(0);
  ui::muted_text(footer);
  ImGui::PopTextWrapPos();
}

}  // namespace planner
