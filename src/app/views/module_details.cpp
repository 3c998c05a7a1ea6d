#include "app/views/module_details.hpp"

#include <string>

#include "app/display_text.hpp"
#include "app/event_colours.hpp"
#include "app/icons.hpp"
#include "app/view_context.hpp"
#include "app/views/item_comments.hpp"
#include "app/views/module_status.hpp"
#include "app/views/modules.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/fields.hpp"
#include "app/widgets/finding_notes.hpp"
#include "app/widgets/list_detail.hpp"
#include "app/widgets/review_notes.hpp"
#include "core/plan/edits.hpp"
#include "core/review/mentor_review.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr float kLabelWidth = 110;  // the form's label column, CSS pixels at text scale 1

// The day the timetable gives an entry of a module starting on `start` (as the schedule places
// it before any hand-set date).
Date timetable_day(Date start, int week, int weekday) { return start.plus_days(7 * (week - 1) + weekday - 1); }

// "Park House" from "Park House, University of Birmingham": rows are narrow.
std::string short_location(const std::string& location) { return location.substr(0, location.find(',')); }

std::string weeks_text(int week, int weeks) {
  if (weeks <= 1) return "Week " + std::to_string(week);
  return "Weeks " + std::to_string(week) + "\xE2\x80\x93" + std::to_string(week + weeks - 1);
}

std::string session_when(const SessionTemplate& session, const std::string& location) {
  if (session.kind != EventKind::f2f) return weeks_text(session.week, session.weeks) + " \xC2\xB7 online";
  const std::string length = session.days >= 1 ? "full day" : "half day";
  return weeks_text(session.week, 1) + " \xC2\xB7 " + length + " at " + short_location(location);
}

std::string word_limit(const DeadlineTemplate& deadline) {
  std::string words = deadline.words_min == deadline.words_max ? std::to_string(deadline.words_max) + " words"
                                                               : std::to_string(deadline.words_min) + "\xE2\x80\x93" +
                                                                     std::to_string(deadline.words_max) + " words";
  if (deadline.formative) words += ", submitted once to the tutor for formative feedback";
  return "Week " + std::to_string(deadline.week) + " \xC2\xB7 " + words;
}

ui::DateFieldOptions date_options(const ViewContext& context) {
  return {.holidays = &context.catalogue.holidays, .today = context.today};
}

// The width of a date field with its calendar button.
float date_field_width() {
  const ImGuiStyle& style = ImGui::GetStyle();
  return ImGui::CalcTextSize("0000-00-00").x + style.FramePadding.x * 2 + 6 + style.ItemInnerSpacing.x +
         ImGui::CalcTextSize(icons::kDown).x + style.FramePadding.x * 2;
}

// Sets a module's start from a typed or picked day, moving it to that week's Monday with a word
// of explanation when it is not one.
void start_on(const ViewContext& context, ModulesState& state, const Module& module, Date typed, bool placed) {
  const Date monday = typed.monday_on_or_before();
  state.snapped_module = module.id;
  state.snapped_note = monday == typed ? ""
                                       : typed.display() +
                                             " is not a Monday: modules start on the Monday of their first "
                                             "week, so it starts on " +
                                             monday.display() + ".";
  context.apply(placed ? edits::move_module(context.catalogue, module.id, monday)
                       : edits::place_module(context.catalogue, module.id, monday));
  context.navigation.selected = module.id;
}

void draw_heading(const ViewContext& context, const ModuleSummary& summary, const ModulePlacement* placement) {
  const Module& module = *summary.module;
  ui::muted_text("Module " + std::to_string(module.number) + " \xC2\xB7 " + std::to_string(module.credits) +
                 " credits");
  ImGui::PushFont(context.fonts.heading);
  ui::wrapped_text(module.title);
  ImGui::PopFont();
  const ModuleStatus status = module_status(summary, placement, context.today);
  ui::chip(status.text, status.colour);
  ImGui::SetItemTooltip("%s", status.explanation.c_str());
  if (module.yields_dissertation_proposal) {
    ImGui::SameLine();
    ui::chip("Ends in the dissertation proposal", event_colour(EventKind::dissertation_milestone, context.theme));
    ImGui::SetItemTooltip(
        "Its final assignment is the dissertation proposal: plan it early, the dissertation starts after it.");
  }
}

void draw_findings(const ViewContext& context, const ModuleSummary& summary) {
  if (summary.findings.empty()) return;
  ui::section_title(context.fonts.bold, "Checks on this module");
  if (const Edit* fix = ui::finding_notes(summary.findings, context.read_only)) context.apply(*fix);
}

void draw_placement(const ViewContext& context, ModulesState& state, const ModuleSummary& summary,
                    const ModulePlacement& placement) {
  const Module& module = *summary.module;
  ui::section_title(context.fonts.bold, "Dates");
  const float label_width = ui::space(kLabelWidth);
  ui::form_label("Starts on", label_width);
  if (auto change = ui::date_field("Start date", placement.start, context.buffers, date_options(context)))
    start_on(context, state, module, *change->value, true);
  if (state.snapped_module == module.id && !state.snapped_note.empty()) {
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + label_width);
    ImGui::PushTextWrapPos(0);
    ui::coloured_text(ui::colours().note, std::string(icons::kInfo) + " " + state.snapped_note);
    ImGui::PopTextWrapPos();
  }
  if (summary.span != nullptr) {
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + label_width);
    const int weeks = (days_between(summary.span->start, summary.span->end) + 7) / 7;
    ImGui::PushTextWrapPos(0);
    ui::muted_text("Runs " + short_range(summary.span->start, summary.span->end) + ": " + std::to_string(weeks) +
                   " weeks to the final submission. Dates set by hand move with the start.");
    ImGui::PopTextWrapPos();
  }
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + label_width);
  bool submitted = placement.completed;
  if (ImGui::Checkbox("Submitted", &submitted))
    context.apply(edits::set_module_completed(context.catalogue, module.id, submitted));
  ImGui::SetItemTooltip("Tick once the final assignment is handed in");
  ImGui::SameLine(0, ui::space(ui::kSpaceL));
  if (ui::danger_button("Take off the calendar")) {
    context.apply(edits::unplace_module(context.catalogue, module.id));
  }
  ImGui::SetItemTooltip("Removes its dates from the plan (undo with Ctrl+Z brings them back)");
}

// One session or deadline: what and when on the left, its date field on the right.
struct TimetableRow {
  std::string event_id;  // "M3/f2f-2"
  EventKind kind;
  const std::string* title;
  std::string when;                // "Week 4 · full day at Park House", "Week 7 · 500–1000 words, …"
  const Event* event;              // its place in the schedule
  Date timetable_date;             // what the timetable gives
  const std::string* description;  // tooltip, may be null
};

// Returns the new date (or nullopt inside to reset) when the user changes it.
std::optional<std::optional<Date>> draw_timetable_row(const ViewContext& context, const ui::RevealRequest& reveal,
                                                      const TimetableRow& row) {
  std::optional<std::optional<Date>> change;
  ImGui::TableNextRow();
  ImGui::PushID(row.event_id.c_str());
  if (context.navigation.selected == row.event_id)
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_Header));
  ImGui::TableNextColumn();
  if (reveal.wants(row.event_id)) ImGui::SetScrollHereY(0.3f);
  ui::coloured_text(event_colour(row.kind, context.theme), icons::kDot);
  ImGui::SameLine();
  ImGui::BeginGroup();
  ui::wrapped_text(*row.title);
  if (row.description != nullptr && !row.description->empty()) ImGui::SetItemTooltip("%s", row.description->c_str());
  ImGui::PushTextWrapPos(0);
  const std::string day = row.event != nullptr ? day_range(row.event->start, row.event->end) : "";
  ui::muted_text(row.when + " \xC2\xB7 " + day);
  ImGui::PopTextWrapPos();
  ui::comment_marker(comments_on_item(context.plan, row.event_id), *row.title);
  if (row.event != nullptr && row.event->overridden) {
    ui::coloured_text(ui::colours().note, std::string(icons::kEdit) + " Set by hand");
    ImGui::SetItemTooltip("The timetable gives %s", row.timetable_date.display().c_str());
    if (!context.read_only) {
      ImGui::SameLine();
      if (ImGui::SmallButton("Use timetable date")) change = std::optional<Date>{};
      ImGui::SetItemTooltip("Back to %s, as the module's timetable gives it", row.timetable_date.display().c_str());
    }
  }
  ImGui::EndGroup();
  ImGui::TableNextColumn();
  ImGui::BeginDisabled(context.read_only);
  const std::optional<Date> shown = row.event != nullptr ? std::optional<Date>(row.event->start) : std::nullopt;
  if (auto typed = ui::date_field(*row.title, shown, context.buffers, date_options(context))) change = typed->value;
  ImGui::EndDisabled();
  ImGui::PopID();
  return change;
}

bool begin_timetable_table(const char* id) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX))
    return false;
  ImGui::TableSetupColumn("What", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, date_field_width());
  return true;
}

void draw_sessions(const ViewContext& context, const ModulesState& state, const ModuleSummary& summary,
                   const ModulePlacement& placement) {
  const ModuleTimetable& timetable = context.catalogue.timetable;
  ui::section_title(context.fonts.bold, "Sessions");
  ImGui::PushTextWrapPos(0);
  ui::muted_text("Face-to-face days at " + timetable.location +
                 ", online study between them. The university "
                 "publishes the real dates for each cohort: type them in to replace the timetable's.");
  ImGui::PopTextWrapPos();
  if (!begin_timetable_table("##sessions")) return;
  for (std::size_t i = 0; i < timetable.sessions.size(); ++i) {
    const SessionTemplate& session = timetable.sessions[i];
    const TimetableRow row{.event_id = summary.module->id + "/" + session.id,
                           .kind = session.kind,
                           .title = &session.title,
                           .when = session_when(session, timetable.location),
                           .event = summary.sessions[i],
                           .timetable_date = timetable_day(placement.start, session.week, session.weekday),
                           .description = nullptr};
    if (auto change = draw_timetable_row(context, state.reveal, row))
      context.apply(edits::set_session_date(context.catalogue, summary.module->id, session.id, *change));
  }
  ImGui::EndTable();
}

void draw_deadlines(const ViewContext& context, const ModulesState& state, const ModuleSummary& summary,
                    const ModulePlacement& placement) {
  const ModuleTimetable& timetable = context.catalogue.timetable;
  ui::section_title(context.fonts.bold, "Assessment");
  if (!begin_timetable_table("##deadlines")) return;
  for (std::size_t i = 0; i < timetable.deadlines.size(); ++i) {
    const DeadlineTemplate& deadline = timetable.deadlines[i];
    const TimetableRow row{.event_id = summary.module->id + "/" + deadline.id,
                           .kind = deadline.kind,
                           .title = &deadline.title,
                           .when = word_limit(deadline),
                           .event = summary.deadlines[i],
                           .timetable_date = timetable_day(placement.start, deadline.week, deadline.weekday),
                           .description = &deadline.description};
    if (auto change = draw_timetable_row(context, state.reveal, row))
      context.apply(edits::set_deadline_date(context.catalogue, summary.module->id, deadline.id, *change));
  }
  ImGui::EndTable();
}

void draw_unplaced(const ViewContext& context, ModulesState& state, const ModuleSummary& summary) {
  const Module& module = *summary.module;
  ui::section_title(context.fonts.bold, "Dates");
  ImGui::PushTextWrapPos(0);
  if (summary.suggested_start) {
    ImGui::TextUnformatted(summary.suggestion_fits
                               ? ("It fits from " + summary.suggested_start->display() +
                                  ", the first Monday where it breaks no rule of the programme.")
                                     .c_str()
                               : ("No Monday in the next three years keeps every rule; " +
                                  summary.suggested_start->display() +
                                  " comes after the last module, and Checks will say what to change.")
                                     .c_str());
  }
  ImGui::PopTextWrapPos();
  if (context.read_only) return;
  if (summary.suggested_start) {
    const std::string place = "Place on " + summary.suggested_start->display();
    if (ui::primary_button(place.c_str())) start_on(context, state, module, *summary.suggested_start, false);
  }
  const float label_width = ui::space(kLabelWidth);
  ui::form_label("Or start on", label_width);
  if (auto change = ui::date_field("Start date", summary.suggested_start, context.buffers, date_options(context)))
    start_on(context, state, module, *change->value, false);
}

void draw_about(const ViewContext& context, const Module& module) {
  ui::section_title(context.fonts.bold, "What it covers");
  ui::wrapped_text(module.summary);
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  ImGui::PushFont(context.fonts.bold);
  ImGui::TextUnformatted("Learning outcomes");
  ImGui::PopFont();
  for (const std::string& outcome : module.outcomes) {
    ImGui::Bullet();
    ui::wrapped_text(outcome);
  }
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  ImGui::PushFont(context.fonts.bold);
  ImGui::TextUnformatted("L7 Senior Leader standards it maps to");
  ImGui::PopFont();
  for (const std::string& id : module.standards) {
    const Standard* standard = context.catalogue.standard(id);
    ImGui::Bullet();
    ui::wrapped_text(standard != nullptr ? standard->text : id);
  }
}

}  // namespace

void draw_module_details(const ViewContext& context, ModulesState& state, const ModuleSummary& summary) {
  const ModulePlacement* placement = context.plan.placement(summary.module->id);
  ImGui::PushID(summary.module->id.c_str());
  draw_heading(context, summary, placement);
  ui::ListDetail::begin_body();
  draw_findings(context, summary);
  draw_item_comments(context, summary.module->id, true);
  // The overview can be a frame behind the plan (the top bar's undo): trust the plan for placing.
  if (placement != nullptr && summary.placed) {
    ImGui::BeginDisabled(context.read_only);
    draw_placement(context, state, summary, *placement);
    ImGui::EndDisabled();
    draw_sessions(context, state, summary, *placement);
    draw_deadlines(context, state, summary, *placement);
  } else if (placement == nullptr) {
    draw_unplaced(context, state, summary);
  }
  draw_about(context, *summary.module);
  ui::ListDetail::end_body();
  ImGui::PopID();
}

}  // namespace planner
