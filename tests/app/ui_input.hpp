#pragma once
// Keyboard and mouse input for the headless UI beyond a click, sent through ImGuiIO as the browser
// glue sends it: typing into a field, key chords, scrolling, drags, taps. The one place tests get
// input from: a second header with the same inline names would silently replace these at link time.
#include <string>
#include <string_view>

#include "app/automation.hpp"
#include "app/view.hpp"
#include "headless_ui.hpp"
#include "imgui.h"

namespace planner::testing {

// Holds `mods` while pressing and releasing `key`, a frame for each change.
inline void press(HeadlessUi& ui, ImGuiKey key, ImGuiKeyChord mods = 0) {
  ImGuiIO& io = ImGui::GetIO();
  const auto hold = [&](bool down) {
    if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, down);
    if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, down);
    if (mods & ImGuiMod_Alt) io.AddKeyEvent(ImGuiMod_Alt, down);
  };
  hold(true);
  ui.frame();
  io.AddKeyEvent(key, true);
  ui.frame();
  io.AddKeyEvent(key, false);
  ui.frame();
  hold(false);
  ui.frame();
  ui.frame();
}

// Clicks the field, selects what it holds and types `text` over it.
inline void replace_text(HeadlessUi& ui, std::string_view label, std::string_view text) {
  ui.click(label);
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, true);
  io.AddKeyEvent(ImGuiKey_A, true);
  ui.frame();
  io.AddKeyEvent(ImGuiKey_A, false);
  io.AddKeyEvent(ImGuiMod_Ctrl, false);
  ui.frame();
  if (text.empty()) {
    io.AddKeyEvent(ImGuiKey_Backspace, true);
    ui.frame();
    io.AddKeyEvent(ImGuiKey_Backspace, false);
  } else {
    io.AddInputCharactersUTF8(std::string(text).c_str());
  }
  ui.frame();
  ui.frame();
}

// Clicks the field and types `text` at the end of what it holds.
inline void append_text(HeadlessUi& ui, std::string_view label, std::string_view text) {
  ui.click(label);
  ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
  ui.frame();
  ui.frame();
}

// Types `text` into the field that has the keyboard a character per frame, as a browser delivers
// keystrokes: the field passes through every prefix of it.
inline void type_per_frame(HeadlessUi& ui, std::string_view text) {
  for (const char c : text) {
    ImGui::GetIO().AddInputCharacter(static_cast<unsigned char>(c));
    ui.frame();
  }
  ui.frame();
}

// Finishes typing in a one-line field with Enter (Escape would put back what it held).
inline void press_enter(HeadlessUi& ui) { press(ui, ImGuiKey_Enter); }

// Finishes typing by clicking the navigation entry of the view shown, which takes no text.
inline void leave_field(HeadlessUi& ui) { ui.click(view_name(ui.app().view())); }

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

// The first item whose label starts with `prefix` ("Checks" for "Checks  ✗ 0  ⚠ 3").
inline const automation::Item* find_starting(std::string_view prefix) {
  for (const automation::Item& item : automation::last_frame_items())
    if (item.label.rfind(prefix, 0) == 0) return &item;
  return nullptr;
}

inline ImVec2 centre_of(const automation::Item& item) {
  return ImVec2((item.min.x + item.max.x) / 2, (item.min.y + item.max.y) / 2);
}

// Clicks an item found any way (its centre: move, press, release, a frame each).
inline void click_item(HeadlessUi& ui, const automation::Item* item) {
  ASSERT_NE(item, nullptr);
  const ImVec2 centre = centre_of(*item);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(centre.x, centre.y);
  ui.frame();
  io.AddMouseButtonEvent(0, true);
  ui.frame();
  io.AddMouseButtonEvent(0, false);
  ui.frame();
  ui.frame();
}

// A tap on a touch screen: the pointer arrives and presses in the same frame, with no hover
// before it.
inline void tap(HeadlessUi& ui, std::string_view label) {
  const automation::Item* item = ui.find(label);
  ASSERT_NE(item, nullptr) << "no item labelled " << label;
  const ImVec2 centre = centre_of(*item);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(centre.x, centre.y);
  io.AddMouseButtonEvent(0, true);
  ui.frame();
  io.AddMouseButtonEvent(0, false);
  ui.frame();
  ui.frame();
}

// Turns the mouse wheel over `at`: positive `notches` scroll down.
inline void scroll(HeadlessUi& ui, ImVec2 at, float notches) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(at.x, at.y);
  ui.frame();
  io.AddMouseWheelEvent(0, -notches);
  ui.frame();
  ui.frame();
}

// Presses the mouse on `from`, moves it in steps to `to` and lets go there.
inline void drag(HeadlessUi& ui, ImVec2 from, ImVec2 to) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(from.x, from.y);
  ui.frame();
  io.AddMouseButtonEvent(0, true);
  ui.frame();
  constexpr int kSteps = 8;
  for (int step = 1; step <= kSteps; ++step) {
    const float t = static_cast<float>(step) / kSteps;
    io.AddMousePosEvent(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
    ui.frame();
  }
  io.AddMouseButtonEvent(0, false);
  ui.frame();
  ui.frame();
}

}  // namespace planner::testing
