#include "app/views/hours.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "app/automation.hpp"
#include "app/icons.hpp"
#include "app/view_context.hpp"
#include "app/views/hours_text.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/edit_steps.hpp"
#include "app/widgets/otj_settings.hpp"
#include "core/plan/edits.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr float kSettingsLabelWidth = 190;  // CSS pixels at text scale 1
constexpr float kTotalsLabelWidth = 130;
constexpr float kBarWidth = 220;
constexpr std::string_view kGapRule = "otj-active-learning-gap";

std::string weeks_text(double weeks) {
  const long whole = std::lround(weeks);
  return std::to_string(whole) + (whole == 1 ? " week" : " weeks");
}

bool has_programme(const OtjRequirement& requirement) { return requirement.weeks > 0; }

void refresh_so_far(const ViewContext& context, HoursState& state) {
  HoursState::SoFar& so_far = state.so_far;
  if (so_far.revision == context.revision && so_far.today == context.today) return;
  so_far = {.revision = context.revision, .today = context.today};
  const Date this_week = context.today.monday_on_or_before();
  for (const WeekHours& week : context.derived.hours.weeks) {
    if (week.monday > this_week) break;
    if (!week.on_programme) continue;
    so_far.planned += week.planned;
    so_far.logged += week.logged;
  }
}

// The rule in plain English: the total, how it is reached, and when.
void draw_requirement(const ViewContext& context) {
  const OtjRequirement& requirement = context.derived.hours.requirement;
  ui::section_title(context.fonts.bold, "What your rule asks for");
  if (!has_programme(requirement)) {
    std::string basis = requirement.basis;
    if (!basis.empty()) basis.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(basis.front())));
    ui::coloured_text(ui::colours().warning, std::string(icons::kWarning) + " " + basis +
                                                 ". Set a gateway after the start to work out the hours.");
  } else {
    ImGui::PushFont(context.fonts.bold);
    ui::wrapped_text("At least " + hours_text(requirement.total) + " of off-the-job training before the gateway.");
    ImGui::PopFont();
    if (requirement.measure == OtjMeasure::total_hours) {
      ui::wrapped_text("The figure in your training plan: about " + hours_text(requirement.per_week) + " a week over " +
                       weeks_text(requirement.weeks) + " on programme.");
    } else {
      ui::wrapped_text(requirement.basis + " = " + hours_text(requirement.total));
    }
    std::string when = "On programme from " + requirement.on_programme.first.display() + " to " +
                       requirement.on_programme.last.display() +
                       ", the day before the gateway. Time on leave is not counted.";
    if (requirement.active_learning_weeks > 0)
      when += " Some active learning is needed at least every " + std::to_string(requirement.active_learning_weeks) +
              " weeks.";
    ImGui::PushTextWrapPos(0);
    ui::muted_text(when);
    ImGui::PopTextWrapPos();
  }

  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  if (!ImGui::CollapsingHeader("Off-the-job settings: rule, target and contracted hours")) return;
  Profile profile = context.plan.profile;
  // A plan made before a rule was chosen follows the one for its start date: show that one.
  if (context.catalogue.otj_policy(profile.otj_policy) == nullptr) profile.otj_policy = requirement.policy;
  ImGui::BeginDisabled(context.read_only);
  if (ui::otj_settings_fields(context.catalogue, profile, context.buffers, ui::space(kSettingsLabelWidth)))
    context.apply(ui::one_step_unless_typing(edits::set_profile(context.catalogue, profile)));
  ImGui::EndDisabled();
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
}

struct TotalRow {
  const char* label;
  double value;
  double of;            // the bar is full at this
  ImVec4 colour;        // of the bar
  std::string figures;  // "612 of 735 h"
  std::string status;   // what it means
  ImVec4 status_colour;
};

void draw_total(const TotalRow& row) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(row.label);
  ImGui::TableNextColumn();
  const float fraction = row.of > 0 ? static_cast<float>(std::clamp(row.value / row.of, 0.0, 1.0)) : 0;
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, row.colour);
  ImGui::ProgressBar(fraction, ImVec2(-FLT_MIN, 0), "");
  ImGui::PopStyleColor();
  ImGui::SetItemTooltip("%s: %.0f%%", row.label, static_cast<double>(fraction) * 100);
  // A progress bar is no item of its own to automation: report it with its figures, as a screen
  // reader would read it ("Logged: 3.5 of 624 h").
  automation::add_custom_item(ImGui::GetID(row.label), std::string(row.label) + ": " + row.figures,
                              ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(row.figures.c_str());
  ImGui::SameLine();
  ui::coloured_text(row.status_colour, row.status);
  ImGui::PopTextWrapPos();
}

void draw_totals(const ViewContext& context, HoursState& state) {
  const HoursSummary& summary = context.derived.hours;
  const OtjRequirement& requirement = summary.requirement;
  const Palette& palette = ui::colours();
  ui::section_title(context.fonts.bold, "Totals");
  if (!ImGui::BeginTable("##hours-totals", 3, ImGuiTableFlags_SizingFixedFit)) return;
  ImGui::TableSetupColumn("What", ImGuiTableColumnFlags_WidthFixed, ui::space(kTotalsLabelWidth));
  ImGui::TableSetupColumn("Bar", ImGuiTableColumnFlags_WidthFixed,
                          std::min(ui::space(kBarWidth), ImGui::GetContentRegionAvail().x * 0.3f));
  ImGui::TableSetupColumn("Figures", ImGuiTableColumnFlags_WidthStretch);

  const std::string of_total = " of " + hours_text(requirement.total);
  const bool planned_short = summary.planned_shortfall > 0.05;
  draw_total({.label = "Planned",
              .value = summary.planned_total,
              .of = requirement.total,
              .colour = palette.note,
              .figures = hours_number(summary.planned_total) + of_total,
              .status = planned_short ? std::string(icons::kWarning) + " " + hours_text(summary.planned_shortfall) +
                                            " short: plan more study or activities before the gateway."
                                      : std::string(icons::kCheck) + " The plan meets the rule.",
              .status_colour = planned_short ? palette.warning : palette.success});

  const bool logged_short = summary.logged_shortfall > 0.05;
  draw_total({.label = "Logged",
              .value = summary.logged_total,
              .of = requirement.total,
              .colour = palette.success,
              .figures = hours_number(summary.logged_total) + of_total,
              .status = logged_short ? hours_text(summary.logged_shortfall) + " still to log before the gateway."
                                     : std::string(icons::kCheck) + " Enough logged to meet the rule.",
              .status_colour = logged_short ? palette.text_muted : palette.success});

  refresh_so_far(context, state);
  const HoursState::SoFar& so_far = state.so_far;
  if (has_programme(requirement) && context.today >= requirement.on_programme.first) {
    // Logged against what the plan has up to now: the way to tell whether the record keeps pace.
    const double behind = so_far.planned - so_far.logged;
    const bool on_track = behind <= std::max(1.0, so_far.planned * 0.1);
    draw_total({.label = "Up to this week",
                .value = so_far.logged,
                .of = so_far.planned,
                .colour = palette.success,
                .figures = hours_text(so_far.logged) + " logged of " + hours_text(so_far.planned) + " planned",
                .status = on_track ? std::string(icons::kCheck) + " Keeping pace with the plan."
                                   : std::string(icons::kWarning) + " " + hours_text(behind) + " behind the plan.",
                .status_colour = on_track ? palette.success : palette.warning});
  }
  ImGui::EndTable();
}

// The stretches without active learning, each with its dates, the check's fix and a way to see it.
void draw_active_learning(const ViewContext& context, HoursState& state) {
  const HoursSummary& summary = context.derived.hours;
  const int every = summary.requirement.active_learning_weeks;
  if (every <= 0) return;
  ui::section_title(context.fonts.bold, "Active learning");
  ImGui::PushTextWrapPos(0);
  ui::muted_text("Your rule asks for some active learning at least every " + std::to_string(every) +
                 " weeks: teaching, study, shadowing, mentoring or an action learning set. Leave stops the clock.");
  ImGui::PopTextWrapPos();
  if (summary.active_learning_gaps.empty()) {
    ui::coloured_text(ui::colours().success, std::string(icons::kCheck) + " Active learning at least every " +
                                                 std::to_string(every) + " weeks from the start to the gateway.");
    return;
  }
  int index = 0;
  for (const DateRange& gap : summary.active_learning_gaps) {
    ImGui::PushID(index++);
    ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
    ImGui::PushTextWrapPos(0);
    ui::coloured_text(ui::colours().warning, std::string(icons::kWarning) + " " + gap.first.display() + " to " +
                                                 gap.last.display() + ": " + weeks_text(gap.length_in_days() / 7) +
                                                 " with no active learning.");
    ui::muted_text(
        "Plan a mentoring meeting, shadowing or an action learning set in this stretch, or log active "
        "learning you did then.");
    ImGui::PopTextWrapPos();
    const auto finding = std::find_if(context.derived.findings.begin(), context.derived.findings.end(),
                                      [&](const Finding& f) { return f.rule == kGapRule && f.date == gap.first; });
    if (finding != context.derived.findings.end() && finding->fix && !context.read_only) {
      if (ui::primary_button(finding->fix->label.c_str())) context.apply(*finding->fix);
      ImGui::SetItemTooltip("Fix: %s (undo with Ctrl+Z)", finding->fix->label.c_str());
      ImGui::SameLine();
    }
    if (ImGui::Button("Show in chart")) state.chart.bring_into_view = gap.first;
    ImGui::PopID();
  }
}

}  // namespace

void draw_hours(const ViewContext& context) {
  HoursState& state = context.states.hours;
  ui::view_header(context.fonts.heading, "Off-the-job hours",
                  "Learning in paid working hours, away from everyday duties: what your plan provides, what you "
                  "have logged, and what your off-the-job rule asks for.");
  draw_requirement(context);
  draw_totals(context, state);
  if (!context.read_only) {
    ui::section_title(context.fonts.bold, "Log hours");
    draw_hours_form(context, state.log);
  }
  ui::section_title(context.fonts.bold, "Week by week");
  draw_hours_chart(context, state.chart);
  draw_active_learning(context, state);
  ui::section_title(context.fonts.bold, "Your log");
  draw_hours_table(context, state.log);
}

}  // namespace planner
