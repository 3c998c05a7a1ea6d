#pragma once
// Keyboard input for the headless UI, as the browser glue sends it: key presses with modifiers,
// and typing into a field found by its accessible name.
#include <string>
#include <string_view>

#include "headless_ui.hpp"
#include "imgui.h"

namespace planner::testing {

// Presses and releases `key` with the modifiers held (ImGuiMod_Ctrl, ImGuiMod_Shift).
inline void press(HeadlessUi& ui, ImGuiKey key, ImGuiKeyChord modifiers = 0) {
  ImGuiIO& io = ImGui::GetIO();
  const auto hold = [&io, modifiers](bool down) {
    if (modifiers & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, down);
    if (modifiers & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, down);
  };
  hold(true);
  io.AddKeyEvent(key, true);
  ui.frame();
  io.AddKeyEvent(key, false);
  hold(false);
  ui.frame();
  ui.frame();
}

// Clicks the field and types `text` at the end of what it holds.
inline void type_into(HeadlessUi& ui, std::string_view label, std::string_view text) {
  ui.click(label);
  ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
  ui.frame();
  ui.frame();
}

// Clicks the field, selects everything in it and types `text` over it.
inline void replace_text(HeadlessUi& ui, std::string_view label, std::string_view text) {
  ui.click(label);
  press(ui, ImGuiKey_A, ImGuiMod_Ctrl);
  ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
  ui.frame();
  ui.frame();
}

// Scrolls the area under the item `over` with the mouse wheel until the item `label` is wholly in
// view (a person scrolling a long form down to what they want).
inline void scroll_to(HeadlessUi& ui, std::string_view label, std::string_view over) {
  const automation::Item* anchor = ui.find(over);
  ASSERT_NE(anchor, nullptr) << "nothing to scroll over labelled " << over;
  const ImVec2 at((anchor->min.x + anchor->max.x) / 2, (anchor->min.y + anchor->max.y) / 2);
  const float bottom = ImGui::GetIO().DisplaySize.y - 40;  // above the status bar
  ImGuiIO& io = ImGui::GetIO();
  for (int step = 0; step < 60; ++step) {
    const automation::Item* item = ui.find(label);
    if (item != nullptr && item->min.y >= 0 && item->max.y <= bottom) return;
    const bool below = item == nullptr || item->max.y > bottom;
    io.AddMousePosEvent(at.x, at.y);
    io.AddMouseWheelEvent(0, below ? -1.0f : 1.0f);
    ui.frame();
    ui.frame();
  }
  FAIL() << "could not scroll " << label << " into view";
}

// A few frames for what a click set going (scrolling to an item, focusing a field) to land.
inline void settle(HeadlessUi& ui) {
  for (int i = 0; i < 3; ++i) ui.frame();
}

// Finishes typing: clicks the navigation entry of the view shown, which takes no text.
inline void leave_field(HeadlessUi& ui) {
  ui.click(view_name(ui.app().view()));
}

}  // namespace planner::testing
