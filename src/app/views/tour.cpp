#include "app/views/tour.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "app/automation.hpp"
#include "app/view_context.hpp"
#include "app/widgets/controls.hpp"
#include "imgui_internal.h"

namespace planner {
namespace {

constexpr float kCalloutWidth = 340;  // CSS pixels at text scale 1
constexpr float kGap = 14;            // between the target and the callout
constexpr float kMargin = 12;         // the callout stays this far inside the screen
constexpr float kHighlightPadding = 4;
constexpr float kFirstCalloutHeight = 180;  // a fair guess, corrected from the next frame
constexpr const char* kCalloutName = "Guided tour";

constexpr std::array kSteps{
    TourStep{View::next_up, "Next up", "Start with Next up",
             "What is due in the coming weeks, what is overdue and how far along the plan is. The demo "
             "apprentice is six months in: Modules 1 and 2 done, Module 3 under way."},
    TourStep{View::timeline, "Timeline", "Everything on one timeline",
             "Modules with their sessions and deadlines, dissertation milestones, shadowing, reviews and "
             "leave. Drag a bar to move it; scroll to pan, Ctrl + scroll to zoom."},
    TourStep{View::modules, "Modules", "The module sequence",
             "Put the seven modules in order and on dates. Module 2 teaches research methods and ends in "
             "the dissertation proposal, so it comes early."},
    TourStep{View::modules, "Checks", "Checks, on every change",
             "Every change is checked against the programme's rules at once. Open Checks to see each "
             "finding in plain English, the items involved and, often, a one-click fix: the demo plan has "
             "two warnings and a note."},
    TourStep{View::reviews, "Reviews", "Progress reviews",
             "A tripartite review every 6 weeks with the tutor and the workplace mentor: notes, actions "
             "and a sign-off by each of the three."},
    TourStep{View::hours, "Hours", "Off-the-job hours",
             "Hours planned from the plan and hours logged, week by week, against the apprentice's "
             "off-the-job policy."},
    TourStep{View::next_up, "Reset demo", "Try anything",
             "Every change can be undone, and Reset demo brings the sample back. Nothing in the demo is "
             "kept: Leave demo returns to your own plan."},
};

// The item the step points at, as drawn in the last frame. A label matches exactly or as its start
// followed by a space: the Checks button's label goes on with its counts.
const automation::Item* find_target(std::string_view target) {
  for (const automation::Item& item : automation::last_frame_items()) {
    const std::string_view label = item.label;
    if (label == target || (label.starts_with(target) && label.size() > target.size() && label[target.size()] == ' '))
      return &item;
  }
  return nullptr;
}

void show_step(const ViewContext& context, TourState& state, std::size_t step) {
  state.step = step;
  state.focus_pending = true;
  context.navigation.view = kSteps[step].view;
}

// Everything but the highlighted rectangle dimmed, and the rectangle outlined, on a window of its
// own that takes no input: the app stays usable under it, and the callout sits above it.
void draw_spotlight(const ViewContext& context, const TourHighlight& highlight) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::Begin("##tour-spotlight", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoBackground |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImVec2 screen_min = viewport->Pos;
  const ImVec2 screen_max(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y);
  const float pad = ui::space(kHighlightPadding);
  const ImVec2 min(highlight.min.x - pad, highlight.min.y - pad);
  const ImVec2 max(highlight.max.x + pad, highlight.max.y + pad);
  const ImU32 dim = IM_COL32(0, 0, 0, context.theme == Theme::light ? 70 : 120);
  draw_list->AddRectFilled(screen_min, ImVec2(screen_max.x, min.y), dim);
  draw_list->AddRectFilled(ImVec2(screen_min.x, max.y), screen_max, dim);
  draw_list->AddRectFilled(ImVec2(screen_min.x, min.y), ImVec2(min.x, max.y), dim);
  draw_list->AddRectFilled(ImVec2(max.x, min.y), ImVec2(screen_max.x, max.y), dim);
  draw_list->AddRect(min, max, ImGui::GetColorU32(context.palette.accent), ui::space(6), 0, ui::space(3));
  ImGui::End();
}

// Beside the target when there is room on its right (navigation items), else under it, its right
// edge lined up with the target's (buttons in the top bar); centred when the target is not drawn.
void place_callout(const TourState& state, float width) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float margin = ui::space(kMargin);
  const float gap = ui::space(kGap);
  const float right = viewport->Pos.x + viewport->Size.x - margin;
  const float bottom = viewport->Pos.y + viewport->Size.y - margin;
  if (!state.highlight) {
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x / 2, viewport->Pos.y + viewport->Size.y / 2),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    return;
  }
  const TourHighlight& target = *state.highlight;
  ImVec2 pos;
  if (target.max.x + gap + width <= right)
    pos = ImVec2(target.max.x + gap, target.min.y - ui::space(kHighlightPadding));
  else pos = ImVec2(std::clamp(target.max.x - width, viewport->Pos.x + margin, right - width), target.max.y + gap);
  pos.y = std::max(viewport->Pos.y + margin, std::min(pos.y, bottom - state.callout_height));
  ImGui::SetNextWindowPos(pos);
}

void draw_callout(const ViewContext& context, TourState& state) {
  const float width = ui::space(kCalloutWidth);
  place_callout(state, width);
  // The height fits the text (0), except when the window is new: Dear ImGui hides a new window for
  // a frame to measure it when any of its size is left to fit, and an idle app may draw no more.
  const bool new_window = ImGui::FindWindowByName(kCalloutName) == nullptr;
  ImGui::SetNextWindowSize(ImVec2(width, new_window ? ui::space(kFirstCalloutHeight) : 0));
  if (state.focus_pending) ImGui::SetNextWindowFocus();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui::space(ui::kSpaceM), ui::space(ui::kSpaceM)));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, ui::space(2));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, ui::space(8));
  ImGui::PushStyleColor(ImGuiCol_Border, context.palette.accent);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, context.palette.surface);
  ImGui::Begin(kCalloutName, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar(3);

  const std::size_t count = kSteps.size();
  const TourStep& step = kSteps[state.step];
  const bool last = state.step + 1 == count;
  ui::muted_text("Guided tour \u00B7 step " + std::to_string(state.step + 1) + " of " + std::to_string(count));
  ImGui::PushFont(context.fonts.heading);
  ui::wrapped_text(step.title);
  ImGui::PopFont();
  ui::wrapped_text(step.text);
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));

  enum class Move { none, back, next, end } move = Move::none;
  ImGui::BeginDisabled(state.step == 0);
  if (ImGui::Button("Back")) move = Move::back;
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ui::primary_button(last ? "Finish" : "Next")) move = last ? Move::end : Move::next;
  if (state.focus_pending) {
    // Focus, not SetKeyboardFocusHere(): that also activates the item, which presses a button.
    ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
    GImGui->NavDisableHighlight = false;  // the focus ring shows keyboard users where Enter goes
  }
  if (!last) {
    const char* skip = "Skip tour";
    ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(skip).x -
                    ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::Button(skip)) move = Move::end;
  }
  state.focus_pending = false;

  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) {
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow, false)) move = last ? Move::end : Move::next;
    if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow, false) && state.step > 0) move = Move::back;
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) move = Move::end;
  }
  state.callout_height = ImGui::GetWindowHeight();
  ImGui::End();

  switch (move) {
    case Move::none: break;
    case Move::back: show_step(context, state, state.step - 1); break;
    case Move::next: show_step(context, state, state.step + 1); break;
    case Move::end: state = TourState{}; break;
  }
}

}  // namespace

std::span<const TourStep> tour_steps() { return kSteps; }

void start_tour(const ViewContext& context, TourState& state) {
  state = TourState{};
  state.active = true;
  show_step(context, state, 0);
}

void draw_tour(const ViewContext& context, TourState& state) {
  if (!state.active) return;
  const automation::Item* target = find_target(kSteps[state.step].target);
  state.highlight.reset();
  if (target != nullptr) state.highlight = TourHighlight{target->min, target->max};
  if (state.highlight) draw_spotlight(context, *state.highlight);
  draw_callout(context, state);
}

}  // namespace planner
