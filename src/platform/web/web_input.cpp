// Browser input into Dear ImGui: pointer (mouse, pen, touch), wheel, keys, typed and composed text,
// the system clipboard and focus. planner_input.js listens to the DOM and calls these exports; each
// event is queued into ImGuiIO and wakes the frame loop.
//
// Keys: letters and digits follow the keyboard layout (event.key), so Ctrl+Z is Ctrl+Z on AZERTY;
// every other key is identified by its position (event.code).
// Clipboard: pasting arrives as the browser's paste event, which carries the text; it is handed to
// ImGui together with a synthetic Ctrl+V. Copying is answered from the browser's copy event with the
// active text field's selection, which works without clipboard permissions, even from file://.
// Not here: touch gestures (planner_input.js turns pans into wheel events before they arrive).
#include <emscripten/emscripten.h>

#include <string>
#include <string_view>

#include "imgui.h"
#include "imgui_internal.h"
#include "platform/web/web_runtime.hpp"

namespace planner::web {
namespace {

struct KeyName {
  std::string_view code;  // KeyboardEvent.code
  ImGuiKey key;
};

constexpr KeyName kKeysByCode[] = {
    {"Tab", ImGuiKey_Tab},
    {"ArrowLeft", ImGuiKey_LeftArrow},
    {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow},
    {"ArrowDown", ImGuiKey_DownArrow},
    {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown},
    {"Home", ImGuiKey_Home},
    {"End", ImGuiKey_End},
    {"Insert", ImGuiKey_Insert},
    {"Delete", ImGuiKey_Delete},
    {"Backspace", ImGuiKey_Backspace},
    {"Space", ImGuiKey_Space},
    {"Enter", ImGuiKey_Enter},
    {"NumpadEnter", ImGuiKey_KeypadEnter},
    {"Escape", ImGuiKey_Escape},
    {"ControlLeft", ImGuiKey_LeftCtrl},
    {"ControlRight", ImGuiKey_RightCtrl},
    {"ShiftLeft", ImGuiKey_LeftShift},
    {"ShiftRight", ImGuiKey_RightShift},
    {"AltLeft", ImGuiKey_LeftAlt},
    {"AltRight", ImGuiKey_RightAlt},
    {"MetaLeft", ImGuiKey_LeftSuper},
    {"MetaRight", ImGuiKey_RightSuper},
    {"ContextMenu", ImGuiKey_Menu},
    {"Quote", ImGuiKey_Apostrophe},
    {"Comma", ImGuiKey_Comma},
    {"Minus", ImGuiKey_Minus},
    {"Period", ImGuiKey_Period},
    {"Slash", ImGuiKey_Slash},
    {"Semicolon", ImGuiKey_Semicolon},
    {"Equal", ImGuiKey_Equal},
    {"BracketLeft", ImGuiKey_LeftBracket},
    {"Backslash", ImGuiKey_Backslash},
    {"BracketRight", ImGuiKey_RightBracket},
    {"Backquote", ImGuiKey_GraveAccent},
    {"F1", ImGuiKey_F1},
    {"F2", ImGuiKey_F2},
    {"F3", ImGuiKey_F3},
    {"F4", ImGuiKey_F4},
    {"F5", ImGuiKey_F5},
    {"F6", ImGuiKey_F6},
    {"F7", ImGuiKey_F7},
    {"F8", ImGuiKey_F8},
    {"F9", ImGuiKey_F9},
    {"F10", ImGuiKey_F10},
    {"F11", ImGuiKey_F11},
    {"F12", ImGuiKey_F12},
    {"Numpad0", ImGuiKey_Keypad0},
    {"Numpad1", ImGuiKey_Keypad1},
    {"Numpad2", ImGuiKey_Keypad2},
    {"Numpad3", ImGuiKey_Keypad3},
    {"Numpad4", ImGuiKey_Keypad4},
    {"Numpad5", ImGuiKey_Keypad5},
    {"Numpad6", ImGuiKey_Keypad6},
    {"Numpad7", ImGuiKey_Keypad7},
    {"Numpad8", ImGuiKey_Keypad8},
    {"Numpad9", ImGuiKey_Keypad9},
    {"NumpadDecimal", ImGuiKey_KeypadDecimal},
    {"NumpadDivide", ImGuiKey_KeypadDivide},
    {"NumpadMultiply", ImGuiKey_KeypadMultiply},
    {"NumpadSubtract", ImGuiKey_KeypadSubtract},
    {"NumpadAdd", ImGuiKey_KeypadAdd},
};

ImGuiKey key_from_event(std::string_view key, std::string_view code) {
  if (key.size() == 1) {
    const char c = key[0];
    if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
    if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
    if (c >= '0' && c <= '9' && code.substr(0, 5) == "Digit") return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
  }
  if (code.size() == 4 && code.substr(0, 3) == "Key") return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
  if (code.size() == 6 && code.substr(0, 5) == "Digit") return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
  for (const KeyName& entry : kKeysByCode)
    if (entry.code == code) return entry.key;
  return ImGuiKey_None;
}

void set_modifiers(ImGuiIO& io, int modifiers) {
  io.AddKeyEvent(ImGuiMod_Ctrl, (modifiers & 1) != 0);
  io.AddKeyEvent(ImGuiMod_Shift, (modifiers & 2) != 0);
  io.AddKeyEvent(ImGuiMod_Alt, (modifiers & 4) != 0);
  io.AddKeyEvent(ImGuiMod_Super, (modifiers & 8) != 0);
}

std::string g_clipboard;  // what ImGui copied last, or what the browser pasted last

const char* get_clipboard(void*) { return g_clipboard.c_str(); }
void set_clipboard(void*, const char* text) { g_clipboard = text != nullptr ? text : ""; }

}  // namespace
}  // namespace planner::web

extern "C" {

// type: 0 move, 1 down, 2 up; button: 0 left, 1 middle, 2 right; source: 0 mouse, 1 touch, 2 pen.
EMSCRIPTEN_KEEPALIVE void planner_pointer(int type, float x, float y, int button, int source) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(source == 1   ? ImGuiMouseSource_TouchScreen
                         : source == 2 ? ImGuiMouseSource_Pen
                                       : ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(x, y);
  // The browser numbers the middle button 1 and the right one 2; ImGui the other way round.
  const int imgui_button = button == 1 ? 2 : button == 2 ? 1 : button;
  if (type != 0 && imgui_button >= 0 && imgui_button < ImGuiMouseButton_COUNT)
    io.AddMouseButtonEvent(imgui_button, type == 1);
  planner::web::wake_for_event();
}

EMSCRIPTEN_KEEPALIVE void planner_pointer_leave() {
  ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  planner::web::wake_for_event();
}

// Wheel steps in ImGui's units (one notch ≈ 1); positive y scrolls up, positive x scrolls left.
EMSCRIPTEN_KEEPALIVE void planner_wheel(float steps_x, float steps_y, int modifiers) {
  ImGuiIO& io = ImGui::GetIO();
  planner::web::set_modifiers(io, modifiers);
  io.AddMouseWheelEvent(steps_x, steps_y);
  planner::web::wake_for_event();
}

// A finger panning by (dx, dy) CSS pixels at (x, y): scrolls whatever is under it by as much.
EMSCRIPTEN_KEEPALIVE void planner_pan(float x, float y, float dx, float dy) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(x, y);
  // ImGui scrolls 5 lines of text per wheel step: convert pixels back into steps.
  const float font_size = io.FontDefault != nullptr ? io.FontDefault->FontSize * io.FontGlobalScale : 15.0f;
  const float pixels_per_step = 5.0f * font_size;
  io.AddMouseWheelEvent(dx / pixels_per_step, dy / pixels_per_step);
  planner::web::wake_for_event();
}

// modifiers: bit 0 ctrl, 1 shift, 2 alt, 3 meta. Returns whether the key is one ImGui knows.
EMSCRIPTEN_KEEPALIVE int planner_key(const char* key, const char* code, int down, int modifiers) {
  ImGuiIO& io = ImGui::GetIO();
  planner::web::set_modifiers(io, modifiers);
  const ImGuiKey imgui_key = planner::web::key_from_event(key, code);
  if (imgui_key != ImGuiKey_None) io.AddKeyEvent(imgui_key, down != 0);
  planner::web::wake_for_event();
  return imgui_key != ImGuiKey_None ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void planner_text(const char* utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
  planner::web::wake_for_event();
}

EMSCRIPTEN_KEEPALIVE void planner_paste(const char* utf8) {
  planner::web::g_clipboard = utf8;
  ImGuiIO& io = ImGui::GetIO();
  const ImGuiKey shortcut_modifier = io.ConfigMacOSXBehaviors ? ImGuiMod_Super : ImGuiMod_Ctrl;
  io.AddKeyEvent(shortcut_modifier, true);
  io.AddKeyEvent(ImGuiKey_V, true);
  io.AddKeyEvent(ImGuiKey_V, false);
  io.AddKeyEvent(shortcut_modifier, false);
  planner::web::wake_for_event();
}

// The active text field's selection as UTF-8 (empty when there is none), for the copy event.
EMSCRIPTEN_KEEPALIVE const char* planner_selected_text() {
  static std::string text;
  text.clear();
  const ImGuiInputTextState* state = ImGui::GetInputTextState(ImGui::GetActiveID());
  if (state != nullptr && state->HasSelection()) {
    const int from = ImMin(state->GetSelectionStart(), state->GetSelectionEnd());
    const int to = ImMax(state->GetSelectionStart(), state->GetSelectionEnd());
    const ImWchar* begin = state->TextW.Data + from;
    const ImWchar* end = state->TextW.Data + to;
    text.resize(static_cast<size_t>(ImTextCountUtf8BytesFromStr(begin, end)) + 1);
    ImTextStrToUtf8(text.data(), static_cast<int>(text.size()), begin, end);
    text.pop_back();
  }
  return text.c_str();
}

EMSCRIPTEN_KEEPALIVE void planner_focus(int focused) {
  ImGui::GetIO().AddFocusEvent(focused != 0);
  planner::web::wake_for_event();
}

EMSCRIPTEN_KEEPALIVE void planner_configure_input(int mac_shortcuts) {
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigMacOSXBehaviors = mac_shortcuts != 0;
  io.GetClipboardTextFn = planner::web::get_clipboard;
  io.SetClipboardTextFn = planner::web::set_clipboard;
}

}  // extern "C"
