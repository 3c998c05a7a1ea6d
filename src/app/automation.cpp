#include "app/automation.hpp"

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "imgui_internal.h"

namespace planner::automation {
namespace {

std::vector<Item> g_current;  // being collected this frame
std::vector<Item> g_last;     // the last complete frame

bool overlaps(const ImRect& a, const ImRect& b) {
  return a.Min.x < b.Max.x && b.Min.x < a.Max.x && a.Min.y < b.Max.y && b.Min.y < a.Max.y;
}

std::string hex_id(ImGuiID id) {
  char text[12];
  std::snprintf(text, sizeof text, "%08x", id);
  return text;
}

double rounded(float value) { return std::round(static_cast<double>(value) * 100.0) / 100.0; }

}  // namespace

std::string_view visible_label(std::string_view label) {
  const auto cut = label.find("##");
  return cut == std::string_view::npos ? label : label.substr(0, cut);
}

std::string_view accessible_label(std::string_view label) {
  const std::string_view visible = visible_label(label);
  if (!visible.empty() || label.size() < 2) return visible;
  const auto name = label.find_first_not_of('#');
  return name == std::string_view::npos ? std::string_view{} : label.substr(name);
}

void begin_frame() {
  GImGui->TestEngineHookItems = true;
  g_current.clear();
}

void end_frame() {
  // A click moves the keyboard to a field a frame or more later: keys typed before it would land
  // in the field that had it, so tests wait for the field they clicked to be the one editing.
  const ImGuiID active = GImGui->ActiveId;
  for (Item& item : g_current) item.editing = item.text_field && item.id == active;
  g_last.swap(g_current);
}

void mark_last_item_text_field() {
  // A multi-line field is reported twice under one id (the field, then its scrolling child's
  // frame): both are the field.
  const ImGuiID id = ImGui::GetItemID();
  for (Item& item : g_current)
    if (item.id == id) item.text_field = true;
}

void name_last_item(std::string_view name) {
  const ImGuiID id = ImGui::GetItemID();
  for (auto it = g_current.rbegin(); it != g_current.rend(); ++it) {
    if (it->id == id) {
      it->label = std::string(name);
      return;
    }
  }
}

void add_custom_item(ImGuiID id, std::string_view label, ImVec2 min, ImVec2 max) {
  g_current.push_back({.id = id, .label = std::string(accessible_label(label)), .min = min, .max = max});
}

const std::vector<Item>& last_frame_items() { return g_last; }

const Item* text_field_at(ImVec2 point) {
  for (const Item& item : g_last)
    if (item.text_field && point.x >= item.min.x && point.x < item.max.x && point.y >= item.min.y &&
        point.y < item.max.y)
      return &item;
  return nullptr;
}

std::string items_json(float page_x, float page_y) {
  nlohmann::json items = nlohmann::json::array();
  for (const Item& item : g_last) {
    nlohmann::json entry = {{"id", hex_id(item.id)},
                            {"label", item.label},
                            {"x", rounded(item.min.x + page_x)},
                            {"y", rounded(item.min.y + page_y)},
                            {"w", rounded(item.max.x - item.min.x)},
                            {"h", rounded(item.max.y - item.min.y)}};
    if (item.text_field) entry["textField"] = true;
    if (item.editing) entry["editing"] = true;
    if (item.checkable) entry["checked"] = item.checked;
    items.push_back(std::move(entry));
  }
  return items.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace planner::automation

// ---- Dear ImGui's test-engine hooks (declared in imgui_internal.h) --------------------------------

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
  ImGuiWindow* window = ctx->CurrentWindow;
  if (id == 0 || window == nullptr || id == window->ID) return;  // windows themselves are not items
  // Only what is on screen: an item scrolled out of its window was not drawn.
  if (!planner::automation::overlaps(bb, window->ClipRect)) return;
  planner::automation::g_current.push_back({.id = id, .label = {}, .min = bb.Min, .max = bb.Max});
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  auto& items = planner::automation::g_current;
  // ItemInfo follows its ItemAdd within the same widget call: the match is at the back.
  for (auto it = items.rbegin(); it != items.rend() && it - items.rbegin() < 4; ++it) {
    if (it->id != id) continue;
    if (label != nullptr) it->label = std::string(planner::automation::accessible_label(label));
    it->checkable = (flags & ImGuiItemStatusFlags_Checkable) != 0;
    it->checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
    return;
  }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
