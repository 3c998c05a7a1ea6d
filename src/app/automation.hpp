#pragma once
// What window.planner.items() reports: every interactive item drawn in the last frame, with its
// stable id (Dear ImGui's id: a hash of the label and the id stack, the same on every run), its
// visible label and its rectangle in CSS pixels relative to the canvas.
//
// Items arrive through Dear ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE in
// imgui_config.hpp), so every widget, ours or ImGui's, is seen without any per-widget code.
// Custom-drawn items (timeline bars) that are not ImGui items are added with add_custom_item().
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace planner::automation {

struct Item {
  ImGuiID id = 0;
  std::string label;        // accessible_label(): "Save" for "Save##toolbar", "Start date" for "##Start date"
  ImVec2 min, max;          // rectangle in CSS pixels relative to the canvas
  bool text_field = false;  // takes typed text (the on-screen keyboard opens for it)
  bool editing = false;     // the text field that typed keys go to now
  bool checkable = false;
  bool checked = false;
};

// Call right after ImGui::NewFrame() and right after ImGui::EndFrame()/Render().
void begin_frame();
void end_frame();

// Marks the item just submitted as a text field (the app's text-field widget calls it): on a
// touch screen, tapping it must open the on-screen keyboard within the tap's event handler.
void mark_last_item_text_field();

// Gives the item just submitted the name items() reports, when its visible label is an icon.
void name_last_item(std::string_view name);

// Registers an item that Dear ImGui does not know about (drawn directly on a draw list).
void add_custom_item(ImGuiID id, std::string_view label, ImVec2 min, ImVec2 max);

const std::vector<Item>& last_frame_items();
// The last frame's text field at this point (CSS pixels relative to the canvas), if any.
const Item* text_field_at(ImVec2 point);
// [{"id","label","x","y","w","h"}], offset by the canvas position on the page; a text field has
// "textField", and the one being typed into "editing" (tests wait for it before typing).
std::string items_json(float page_x, float page_y);

// The label as shown: everything before "##" ("###" too).
std::string_view visible_label(std::string_view label);
// The label items() reports: the visible label, or for a field whose label is drawn beside it
// ("##Start date"), the hidden part, which names it for tests and assistive scripts.
std::string_view accessible_label(std::string_view label);

}  // namespace planner::automation
