#include "app/views/modules.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "app/automation.hpp"
#include "app/icons.hpp"
#include "app/view_context.hpp"
#include "app/views/module_details.hpp"
#include "app/views/module_sequence.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/list_detail.hpp"
#include "core/plan/edits.hpp"
#include "core/planning/autoplan.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr const char* kReplanDialog = "Suggest a plan again?";
constexpr float kCreditsBarWidth = 320;  // CSS pixels at text scale 1
constexpr float kDialogWidth = 480;
constexpr ui::ListDetailWidths kPaneWidths{.list = 440, .detail = 420};

// The module selected (or whose session is), if any.
const ModuleSummary* selected_module(const ViewContext& context, const ModuleOverview& overview) {
  const std::string& selected = context.navigation.selected;
  return overview.find(std::string_view(selected).substr(0, selected.find('/')));
}

struct Credits {
  int total = 0;         // the programme's 180
  int module_total = 0;  // seven modules of 20
  int modules_placed = 0;
  int modules_submitted = 0;
  int dissertation = 0;               // 40
  bool dissertation_planned = false;  // it has milestones
  bool dissertation_done = false;     // its final submission is done
  int planned() const { return modules_placed + (dissertation_planned ? dissertation : 0); }
  int submitted() const { return modules_submitted + (dissertation_done ? dissertation : 0); }
};

Credits count_credits(const Catalogue& catalogue, const Plan& plan) {
  Credits credits{.total = catalogue.credits, .dissertation = catalogue.dissertation.credits};
  for (const Module& module : catalogue.modules) {
    credits.module_total += module.credits;
    const ModulePlacement* placement = plan.placement(module.id);
    if (placement == nullptr) continue;
    credits.modules_placed += module.credits;
    if (placement->completed) credits.modules_submitted += module.credits;
  }
  const std::vector<Milestone>& milestones = plan.dissertation.milestones;
  credits.dissertation_planned = !milestones.empty();
  credits.dissertation_done = std::any_of(milestones.begin(), milestones.end(), [](const Milestone& milestone) {
    return milestone.id == kFinalSubmissionMilestone && milestone.status == MilestoneStatus::done;
  });
  return credits;
}

// A bar of the programme's credits: submitted, then planned, then what is not planned yet.
void credits_bar(const Credits& credits, float width) {
  const Palette& colours = ui::colours();
  const float height = ui::space(10);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const float offset = (ImGui::GetTextLineHeight() - height) / 2;
  const ImVec2 top(min.x, min.y + offset);
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const float rounding = height / 2;
  const auto x_at = [&](int value) {
    return top.x + width * static_cast<float>(value) / static_cast<float>(std::max(1, credits.total));
  };
  draw_list->AddRectFilled(top, ImVec2(top.x + width, top.y + height), ImGui::GetColorU32(colours.border), rounding);
  const ImVec4 planned(colours.accent.x, colours.accent.y, colours.accent.z, 0.45f);
  if (credits.planned() > 0)
    draw_list->AddRectFilled(top, ImVec2(x_at(credits.planned()), top.y + height), ImGui::GetColorU32(planned),
                             rounding);
  if (credits.submitted() > 0)
    draw_list->AddRectFilled(top, ImVec2(x_at(credits.submitted()), top.y + height),
                             ImGui::GetColorU32(colours.success), rounding);
  ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
}

// Returns whether the "Suggest a plan again" button was pressed.
bool draw_credits_and_actions(const ViewContext& context) {
  const Credits credits = count_credits(context.catalogue, context.plan);
  const std::string replan = std::string(icons::kRefresh) + " Suggest a plan again";
  const float button_width = ImGui::CalcTextSize(replan.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
  const float available = ImGui::GetContentRegionAvail().x;
  // The button sits beside the tally when the view is wide, under it when not.
  const bool button_beside = available >= ui::space(640) + button_width;

  ImGui::BeginGroup();
  ImGui::PushFont(context.fonts.bold);
  ImGui::TextUnformatted("Credits");
  ImGui::PopFont();
  ImGui::SameLine();
  credits_bar(credits, std::min(ui::space(kCreditsBarWidth), available * 0.4f));
  ImGui::SameLine();
  ImGui::Text("%d of %d planned, %d submitted", credits.planned(), credits.total, credits.submitted());
  ImGui::PushTextWrapPos(button_beside ? ImGui::GetCursorPosX() + available - button_width - ui::space(ui::kSpaceM)
                                       : 0.0f);
  const std::string dissertation = std::to_string(credits.dissertation) + " for the dissertation" +
                                   (credits.dissertation_done      ? ", submitted"
                                    : credits.dissertation_planned ? ", planned"
                                                                   : ", not planned yet");
  ui::muted_text(std::to_string(credits.modules_placed) + " of " + std::to_string(credits.module_total) +
                 " module credits on the calendar (" + std::to_string(credits.modules_submitted) + " submitted), " +
                 dissertation + ".");
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
    ImGui::SetTooltip(
        "180 credits: seven 20-credit modules and the 40-credit, 10,000-word dissertation.\n"
        "Green: submitted. Blue: on the calendar. Grey: not planned yet.");

  if (context.read_only) return false;
  if (button_beside) ImGui::SameLine(ImGui::GetCursorPosX() + available - button_width);
  const bool pressed = ImGui::Button(replan.c_str());
  automation::name_last_item("Suggest a plan again");
  ImGui::SetItemTooltip("Rebuild the whole plan from your profile and leave, as on the first day");
  return pressed;
}

// "Suggest a plan again": the auto-planner's plan from the profile, leave and busy periods, in
// place of the current one, as one undo step. What records what happened (the plan's name, the
// dissertation's title, logged hours) and the check settings stay.
bool suggest_plan_again(const ViewContext& context, ModulesState& state) {
  const Plan& plan = context.plan;
  AutoplanRequest request{.start = plan.profile.start,
                          .periods = plan.periods,
                          .max_concurrent_modules = plan.settings.max_concurrent_modules,
                          .profile = plan.profile};
  AutoplanResult result = autoplan(context.catalogue, request);
  if (!result.plan) {
    state.replan_failure = result.failure;
    return false;
  }
  state.replan_failure.clear();
  Plan replacement = std::move(*result.plan);
  replacement.id = plan.id;
  replacement.name = plan.name;
  replacement.dissertation.title = plan.dissertation.title;
  replacement.hours_log = plan.hours_log;
  replacement.settings = plan.settings;
  context.apply(edits::replace_plan(std::move(replacement), "Suggest a plan again"));
  context.states.plan_explanation = std::move(result.explanation);
  return true;
}

void draw_replan_dialog(const ViewContext& context, ModulesState& state) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(ui::space(kDialogWidth), viewport->Size.x - ui::space(ui::kSpaceL)), 0));
  if (!ImGui::BeginPopupModal(kReplanDialog, nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove))
    return;
  const Plan& plan = context.plan;
  ui::wrapped_text("The planner builds a new, complete plan from your start on " + plan.profile.start.display() +
                   ", your leave and busy periods and at most " + std::to_string(plan.settings.max_concurrent_modules) +
                   " modules at once, as it did on the first day.");
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  ui::wrapped_text(
      "It replaces the module dates (and dates set by hand), the dissertation milestones, the activities "
      "and the progress reviews. Your profile, leave, logged hours and the dissertation's title stay.");
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  ImGui::PushTextWrapPos(0);
  ui::coloured_text(ui::colours().note, std::string(icons::kUndo) + " Undo (Ctrl+Z) brings your current plan back.");
  ImGui::PopTextWrapPos();
  if (!state.replan_failure.empty()) {
    ImGui::PushTextWrapPos(0);
    ui::coloured_text(ui::colours().error, "No plan fits: " + state.replan_failure);
    ImGui::PopTextWrapPos();
  }
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceS)));
  if (ui::primary_button("Replace my plan")) {
    if (suggest_plan_again(context, state)) ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Keep my plan") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    state.replan_failure.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

// The sequence beside the details of the module selected (or, side by side, of the first listed
// when none is); on a narrow view one at a time, the details as a page with the way back.
void draw_sequence_and_details(const ViewContext& context, ModulesState& state, const ModuleOverview& overview) {
  const ModuleSummary* selected = selected_module(context, overview);
  ui::ListDetail layout("##modules", selected != nullptr, kPaneWidths);
  const ModuleSummary* shown = selected;
  if (shown == nullptr && layout.side_by_side() && !overview.modules.empty()) shown = &overview.modules.front();
  const std::string_view shown_id = shown != nullptr ? std::string_view(shown->module->id) : std::string_view();
  handle_sequence_keys(context, overview, shown_id);
  if (layout.begin_list()) {
    ImGui::BeginChild("##sequence");
    draw_module_sequence(context, overview, shown_id, state.reveal.id());
    ImGui::EndChild();
  }
  layout.end_list();
  if (layout.begin_detail() && shown != nullptr) {
    if (layout.back_button("All modules")) context.navigation.selected.clear();
    else draw_module_details(context, state, *shown);
  }
  layout.end_detail();
}

}  // namespace

void draw_modules(const ViewContext& context) {
  ModulesState& state = context.states.modules;
  state.reveal.take(context.navigation.reveal);
  const ModuleOverview& overview =
      state.overview.get(context.catalogue, context.plan, context.derived, context.revision, context.today);
  ui::view_header(context.fonts.heading, "Modules",
                  "The seven modules in the order you take them. Drag a module to another place in the sequence, or "
                  "use its arrows: the modules trade start dates. Select one to see its sessions and deadlines and "
                  "set the dates the university publishes. Every change is checked at once.");
  if (draw_credits_and_actions(context)) {
    state.replan_failure.clear();
    ImGui::OpenPopup(kReplanDialog);
  }
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceS)));

  draw_sequence_and_details(context, state, overview);
  draw_replan_dialog(context, state);
  state.reveal.end_frame();
}

}  // namespace planner
