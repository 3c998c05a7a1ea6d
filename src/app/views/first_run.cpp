#include "app/views/first_run.hpp"

#include <algorithm>
#include <string>

#include "app/icons.hpp"
#include "app/view_context.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/fields.hpp"
#include "app/widgets/otj_settings.hpp"
#include "core/plan/edits.hpp"
#include "core/planning/event_details.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr float kCardWidth = 660;  // CSS pixels at text scale 1
constexpr float kLabelWidth = 210;

void prefill(const ViewContext& context, FirstRunState& state) {
  state.prefilled = true;
  state.request.start = suggested_start(context.today);
  state.request.max_concurrent_modules = context.catalogue.rule_defaults.max_concurrent_modules;
  const OtjPolicy& policy = context.catalogue.otj_policy_for_start(state.request.start);
  state.request.profile.otj_policy = policy.id;
  state.request.profile.otj_figure = policy.default_figure;
}

void draw_people(FirstRunState& state, float label_width) {
  Profile& profile = state.request.profile;
  struct Row {
    const char* label;
    const char* name;
    std::string* value;
    const char* hint;
  };
  const Row rows[] = {{"Your name", "Apprentice", &profile.apprentice, "optional"},
                      {"Employer", "Employer", &profile.employer, "optional"},
                      {"Workplace mentor", "Mentor", &profile.mentor, "optional: mentor or line manager"},
                      {"Academic tutor", "Tutor", &profile.tutor, "optional"}};
  for (const Row& row : rows) {
    ui::form_label(row.label, label_width);
    if (auto text = ui::text_field(row.name, *row.value, {.hint = row.hint})) *row.value = *text;
  }
}

void draw_terms(const ViewContext& context, FirstRunState& state, float label_width) {
  AutoplanRequest& request = state.request;
  Profile& profile = request.profile;

  ui::otj_settings_fields(context.catalogue, profile, context.buffers, label_width);

  ui::form_label("Modules at once", label_width);
  if (auto most = ui::int_field("Modules at once", request.max_concurrent_modules, 1, 3, context.buffers, 0, 1))
    request.max_concurrent_modules = *most;
}

void draw_periods(const ViewContext& context, FirstRunState& state) {
  std::vector<Period>& periods = state.request.periods;
  ui::section_title(context.fonts.bold, "Leave and busy times");
  ui::wrapped_text("Add annual leave and busy periods at work: the plan keeps sessions and deadlines out of them.");
  std::vector<std::pair<PeriodKind, std::string>> kinds;
  for (const PeriodKind kind : {PeriodKind::leave, PeriodKind::busy})
    kinds.emplace_back(kind, std::string(kind_label(event_kind(kind))));
  const ui::DateFieldOptions date_options{.holidays = &context.catalogue.holidays, .today = context.today};
  for (std::size_t i = 0; i < periods.size();) {
    Period& period = periods[i];
    ImGui::PushID(static_cast<int>(i));
    if (auto kind = ui::choice_field("Kind", period.kind, kinds, ui::space(130))) period.kind = *kind;
    ImGui::SameLine();
    if (auto change = ui::date_field("From", period.first, context.buffers, date_options))
      period.first = *change->value;
    ImGui::SameLine();
    ImGui::TextUnformatted("to");
    ImGui::SameLine();
    if (auto change = ui::date_field("To", period.last, context.buffers, date_options)) period.last = *change->value;
    ImGui::SameLine();
    const bool removed = ui::icon_button(icons::kRemove, "Remove period", "Remove this period");
    if (auto label = ui::text_field("Label", period.label, {.hint = "what it is, e.g. Summer holiday"}))
      period.label = *label;
    if (period.last < period.first) ui::coloured_text(ui::colours().error, "The period ends before it starts.");
    ImGui::PopID();
    if (removed) periods.erase(periods.begin() + static_cast<std::ptrdiff_t>(i));
    else ++i;
  }
  const std::string add = std::string(icons::kAdd) + " Add leave";
  if (ImGui::Button(add.c_str())) {
    // A fortnight from the first Monday of the August after the start: the usual summer break.
    const Date start = state.request.start;
    Date august = Date::from_ymd(start.year(), 8, 1).value();
    if (august <= start) august = Date::from_ymd(start.year() + 1, 8, 1).value();
    const Date first = august.monday_on_or_after();
    periods.push_back(
        {.id = "", .kind = PeriodKind::leave, .label = "Summer holiday", .first = first, .last = first.plus_days(13)});
  }
}

void suggest_plan(const ViewContext& context, FirstRunState& state) {
  AutoplanRequest request = state.request;
  request.profile.start = request.start;
  for (Period& period : request.periods) {
    if (period.last < period.first) std::swap(period.first, period.last);
  }
  AutoplanResult result = autoplan(context.catalogue, request);
  if (!result.plan) {
    state.failure = result.failure;
    return;
  }
  state.failure.clear();
  Plan plan = std::move(*result.plan);
  plan.id = context.commands.new_plan_id();
  context.apply(edits::replace_plan(std::move(plan), "Suggest a plan"));
  context.states.plan_explanation = std::move(result.explanation);
}

}  // namespace

Date suggested_start(Date today) { return today.monday_on_or_after(); }

void draw_first_run(const ViewContext& context, FirstRunState& state) {
  if (!state.prefilled) prefill(context, state);
  const float card_width = std::min(ui::space(kCardWidth), ImGui::GetContentRegionAvail().x - ui::space(ui::kSpaceM));
  ImGui::SetCursorPosX(std::max(ui::space(ui::kSpaceM), (ImGui::GetContentRegionAvail().x - card_width) / 2));
  ImGui::BeginGroup();
  ImGui::PushItemWidth(card_width);
  ImGui::Dummy(ImVec2(card_width, ui::space(ui::kSpaceM)));
  ui::view_header(context.fonts.heading, "Plan my apprenticeship",
                  "Level 7 Senior Leader degree apprenticeship: MSc in Health and Care System Leadership, "
                  "University of Birmingham. Give your start date and anything you already know; the planner "
                  "builds a complete plan that keeps every programme rule. Your plan stays on this device.");

  const float label_width = ui::space(kLabelWidth);
  ImGui::BeginChild("##first-run-form", ImVec2(card_width, 0), ImGuiChildFlags_AutoResizeY);
  ui::form_label("Start date", label_width);
  const ui::DateFieldOptions date_options{.holidays = &context.catalogue.holidays, .today = context.today};
  if (auto change = ui::date_field("Start date", state.request.start, context.buffers, date_options)) {
    state.request.start = *change->value;
    // The off-the-job rule depends on the start date, until the user picks one.
    const OtjPolicy& policy = context.catalogue.otj_policy_for_start(state.request.start);
    state.request.profile.otj_policy = policy.id;
    state.request.profile.otj_figure = policy.default_figure;
  }
  if (state.request.start.iso_weekday() != 1) {
    ImGui::SetCursorPosX(label_width);
    ui::muted_text("Modules start on Mondays: the first one will start on the Monday after.");
  }
  draw_people(state, label_width);
  draw_terms(context, state, label_width);
  draw_periods(context, state);
  ImGui::EndChild();

  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceS)));
  if (ui::primary_button("Suggest a plan")) suggest_plan(context, state);
  ImGui::SetItemTooltip("Builds a complete plan at once: modules, dissertation, reviews, activities, gateway");
  ImGui::SameLine();
  if (ImGui::Button("Explore the demo plan") && context.commands.explore_demo) context.commands.explore_demo();
  ImGui::SetItemTooltip("A realistic plan a few months in; your own data is not touched");
  if (!state.failure.empty()) {
    ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + card_width);
    ui::coloured_text(ui::colours().error, "No plan fits these dates:");
    ImGui::TextUnformatted(state.failure.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::PopItemWidth();
  ImGui::EndGroup();
}

}  // namespace planner
