// The browser app's entry point and frame loop.
//
// Implements: the WebGL2 context (gl_imgui_renderer.hpp draws Dear ImGui into it), the display size
// and pixel ratio (the canvas backing store is CSS size × devicePixelRatio; fonts are rebuilt for
// each ratio), one frame on demand, and the idle policy of app/frame_pacer.hpp: no frame is drawn
// while nothing changes. Hands other tabs' storage changes, chosen and dropped files and the
// page-hide flush to the app. Exports window.planner's state(), items(), load() and export().
// Does not: read input (web_input.cpp), touch the DOM (planner_page.js and the other planner_*.js
// files), or draw anything itself.
//
// Why not Emscripten's GLFW: 3.1.6's JavaScript GLFW has no system clipboard, no cursor shapes, no
// high-DPI support, no touch source, and calls requestFullscreen() when the window size equals the
// screen's (headless and kiosk browsers): a small HTML5 layer of our own avoids all of it.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>

#include "app/app.hpp"
#include "app/automation.hpp"
#include "app/fonts.hpp"
#include "app/frame_pacer.hpp"
#include "core/plan/plan_limits.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform/web/gl_imgui_renderer.hpp"
#include "platform/web/js_bridge.hpp"
#include "platform/web/web_host.hpp"
#include "platform/web/web_runtime.hpp"
#include "platform/web/web_storage.hpp"

namespace planner::web {
namespace {

struct Display {
  float css_width = 1;  // canvas size in CSS pixels
  float css_height = 1;
  int pixel_width = 1;  // backing store in device pixels
  int pixel_height = 1;
  float pixel_ratio = 1;  // device pixels per CSS pixel (devicePixelRatio, with browser zoom)
  bool known = false;     // set by the first resize: nothing is drawn before
};

struct Runtime {
  WebHost host;
  std::unique_ptr<App> app;
  ImGuiRenderer renderer;
  FramePacer pacer;
  Display display;
  FontScale font_scale{0, 0};  // what the atlas was built for (none yet)
  double last_frame_time = 0;
  // CPU time of the most recent frames in milliseconds (ImGui, the app and issuing the GL
  // commands; not the GPU), for window.planner.frameTimes() and the benchmark.
  std::array<float, 256> frame_ms{};
  std::size_t frames_timed = 0;
  // The same for the autosave's steps, which run outside frames (planner_save_step).
  std::array<float, 64> save_step_ms{};
  std::size_t save_steps_timed = 0;
  ImGuiID hovered_id = 0;
  double hovered_since = 0;
  ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;
};

Runtime* g_runtime = nullptr;

// Fonts follow the pixel ratio and the text size; rebuilding also re-uploads the atlas texture.
void rebuild_fonts_if_needed(Runtime& rt) {
  const FontScale wanted = rt.app->wanted_font_scale(rt.display.pixel_ratio);
  if (wanted == rt.font_scale) return;
  rt.app->use_fonts(build_fonts(wanted));
  rt.renderer.upload_font_atlas();
  rt.font_scale = wanted;
}

FrameActivity read_activity(Runtime& rt, double now) {
  const ImGuiContext& g = *GImGui;
  const ImGuiIO& io = g.IO;
  FrameActivity activity;
  activity.input_pending = g.InputEventsQueue.Size > 0;
  activity.button_or_key_held = ImGui::IsAnyMouseDown();
  for (int key = ImGuiKey_NamedKey_BEGIN; key < ImGuiKey_NamedKey_END && !activity.button_or_key_held; ++key)
    activity.button_or_key_held =
        ImGui::IsKeyDown(static_cast<ImGuiKey>(key)) && !(key >= ImGuiKey_LeftCtrl && key <= ImGuiKey_RightSuper);
  if (g.HoveredId != rt.hovered_id) {
    rt.hovered_id = g.HoveredId;
    rt.hovered_since = now;
  }
  activity.hovering_item = g.HoveredId != 0;
  activity.hovered_for = now - rt.hovered_since;
  activity.text_input_active = io.WantTextInput;
  activity.app_animating = rt.app->settling();
  return activity;
}

// A due save runs in tasks of its own (planner_save_step), not in frames: no frame is drawn for
// it, and its storage writes do not share the main thread with drawing (under a software GPU, a
// 90 KB setItem beside a frame took ten times as long as alone).
void schedule_save(Runtime& rt) {
  const std::optional<double> due = rt.app->wake_in();
  planner_js_save_after(due ? *due * 1000.0 : -1.0);
}

void schedule_next(Runtime& rt, double now) {
  const FramePlan plan = rt.pacer.after_frame(read_activity(rt, now));
  if (plan.draw_next) planner_js_request_frame();
  else if (plan.wake_in) planner_js_wake_after(*plan.wake_in * 1000.0);
  schedule_save(rt);
}

// The most recent of `count` times kept in `ring`, oldest first, as a JSON array of milliseconds.
template <std::size_t N>
const char* recent_times(const std::array<float, N>& ring, std::size_t count) {
  static std::string text;
  nlohmann::json times = nlohmann::json::array();
  for (std::size_t i = count - std::min(count, N); i < count; ++i) times.push_back(ring[i % N]);
  text = times.dump();
  return text.c_str();
}

void draw_frame(Runtime& rt) {
  const double started_ms = emscripten_get_now();
  const double now = started_ms / 1000.0;
  ImGuiIO& io = ImGui::GetIO();
  // Long idle gaps are not animation time: cap the step so timers do not jump.
  io.DeltaTime = static_cast<float>(std::clamp(now - rt.last_frame_time, 1.0 / 240.0, 1.0));
  rt.last_frame_time = now;
  io.DisplaySize = ImVec2(rt.display.css_width, rt.display.css_height);
  io.DisplayFramebufferScale = ImVec2(static_cast<float>(rt.display.pixel_width) / rt.display.css_width,
                                      static_cast<float>(rt.display.pixel_height) / rt.display.css_height);
  rebuild_fonts_if_needed(rt);
  // Other tabs' changes are read before drawing, so this frame already shows what they mean.
  for (const std::string& key : browser_storage().take_changed_keys()) rt.app->notice_storage_change(key);

  ImGui::NewFrame();
  automation::begin_frame();
  rt.app->draw();
  ImGui::Render();
  automation::end_frame();

  const ImGuiMouseCursor cursor = io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
  if (cursor != rt.cursor) {
    rt.cursor = cursor;
    planner_js_set_cursor(cursor);
  }

  rt.renderer.render(*ImGui::GetDrawData(), palette(rt.app->theme()).background);
  rt.frame_ms[rt.frames_timed++ % rt.frame_ms.size()] = static_cast<float>(emscripten_get_now() - started_ms);
  planner_js_frame_drawn();
  schedule_next(rt, now);
}

void set_ime_data(ImGuiViewport*, ImGuiPlatformImeData* data) {
  planner_js_text_input(data->WantVisible ? 1 : 0, data->InputPos.x, data->InputPos.y, data->InputLineHeight);
}

bool create_gl_context() {
  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.minorVersion = 0;
  attributes.alpha = EM_FALSE;
  attributes.depth = EM_FALSE;
  attributes.stencil = EM_FALSE;
  attributes.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
  attributes.preserveDrawingBuffer = EM_FALSE;
  // WebGL 2 has all the app draws with. Enabling every extension the browser offers (the default)
  // costs a synchronous GPU-process round trip each: a second of the first frame under SwiftShader.
  attributes.enableExtensionsByDefault = EM_FALSE;
  const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context("#planner-canvas", &attributes);
  if (context <= 0) return false;
  emscripten_webgl_make_context_current(context);
  return true;
}

}  // namespace

void wake_for_event() {
  if (g_runtime == nullptr) return;
  g_runtime->pacer.on_event();
  planner_js_request_frame();
}

}  // namespace planner::web

using planner::web::g_runtime;

extern "C" {

EMSCRIPTEN_KEEPALIVE void planner_frame() {
  if (g_runtime != nullptr && g_runtime->display.known) planner::web::draw_frame(*g_runtime);
}

// The canvas changed size or the pixel ratio changed: the backing store was resized by the glue,
// which cleared it, so draw now rather than at the next animation frame (no blank flash).
EMSCRIPTEN_KEEPALIVE void planner_resize(float css_width, float css_height, int pixel_width, int pixel_height,
                                         float pixel_ratio) {
  if (g_runtime == nullptr) return;
  planner::web::Display& display = g_runtime->display;
  display.css_width = std::max(css_width, 1.0f);
  display.css_height = std::max(css_height, 1.0f);
  display.pixel_width = std::max(pixel_width, 1);
  display.pixel_height = std::max(pixel_height, 1);
  display.pixel_ratio = std::max(pixel_ratio, 0.25f);
  display.known = true;
  g_runtime->pacer.on_event();
  planner::web::draw_frame(*g_runtime);
}

EMSCRIPTEN_KEEPALIVE void planner_color_scheme(int prefers_dark) {
  if (g_runtime == nullptr) return;
  g_runtime->app->set_system_prefers_dark(prefers_dark != 0);
  planner::web::wake_for_event();
}

// window.planner.state() and items(): JSON text, valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* planner_state() {
  static std::string text;
  text = g_runtime != nullptr ? g_runtime->app->state().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                              : "null";
  return text.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* planner_items(float page_x, float page_y) {
  static std::string text;
  text = planner::automation::items_json(page_x, page_y);
  return text.c_str();
}

// Input the browser has delivered that no frame has consumed yet: Dear ImGui takes a key press
// or a click per frame, so typed text reaches a field over several frames (tests wait for this).
EMSCRIPTEN_KEEPALIVE int planner_input_pending() { return GImGui != nullptr && GImGui->InputEventsQueue.Size > 0; }

// The CPU times of the most recent frames, oldest first, as a JSON array of milliseconds.
EMSCRIPTEN_KEEPALIVE const char* planner_frame_times() {
  if (g_runtime == nullptr) return "[]";
  return planner::web::recent_times(g_runtime->frame_ms, g_runtime->frames_timed);
}

// The main-thread times of the autosave's most recent steps, the same way.
EMSCRIPTEN_KEEPALIVE const char* planner_save_step_times() {
  if (g_runtime == nullptr) return "[]";
  return planner::web::recent_times(g_runtime->save_step_ms, g_runtime->save_steps_timed);
}

// The pause after the last change is over (planner_js_save_after): the save's next step, then
// the one after in a task of its own; after the last, a frame shows what the save did.
EMSCRIPTEN_KEEPALIVE void planner_save_step() {
  if (g_runtime == nullptr || !g_runtime->app->wake_in()) return;  // a frame took the step already
  auto& rt = *g_runtime;
  const double started_ms = emscripten_get_now();
  const bool more = rt.app->save_step();
  rt.save_step_ms[rt.save_steps_timed++ % rt.save_step_ms.size()] =
      static_cast<float>(emscripten_get_now() - started_ms);
  if (more) planner_js_save_after(0);
  else planner_js_request_frame();
}

// The page is being hidden or closed (pagehide, visibilitychange): save what waits, now.
EMSCRIPTEN_KEEPALIVE void planner_save_now() {
  if (g_runtime != nullptr) g_runtime->app->save_now();
}

// Files larger than this are refused unread; the glue reads one byte more, so the core's size cap
// reports them.
EMSCRIPTEN_KEEPALIVE int planner_max_file_bytes() { return static_cast<int>(planner::limits::kMaxFileBytes); }

// A file the user chose or dropped: UTF-8 with exact byte lengths.
EMSCRIPTEN_KEEPALIVE void planner_file_received(const char* name, int name_bytes, const char* text, int text_bytes) {
  if (g_runtime == nullptr) return;
  g_runtime->app->receive_file(std::string_view(name, static_cast<std::size_t>(name_bytes)),
                               std::string_view(text, static_cast<std::size_t>(text_bytes)));
  planner::web::wake_for_event();
}

// window.planner.load(text): {"ok", "error"} as JSON text.
EMSCRIPTEN_KEEPALIVE const char* planner_load(const char* text, int text_bytes) {
  static std::string result;
  if (g_runtime == nullptr) return "{\"ok\":false,\"error\":\"The planner has not started.\"}";
  result = g_runtime->app->load_plan(std::string_view(text, static_cast<std::size_t>(text_bytes))).dump();
  planner::web::wake_for_event();
  return result.c_str();
}

// window.planner.export(): the plan file's text (empty on the first-run screen).
EMSCRIPTEN_KEEPALIVE const char* planner_export() {
  static std::string text;
  text = g_runtime != nullptr ? g_runtime->app->export_plan() : std::string();
  planner::web::wake_for_event();  // the export is recorded: the export reminder may change
  return text.c_str();
}

EMSCRIPTEN_KEEPALIVE int planner_text_field_at(float x, float y) {
  return planner::automation::text_field_at(ImVec2(x, y)) != nullptr ? 1 : 0;
}

}  // extern "C"

int main() {
  if (!planner::web::create_gl_context()) {
    planner_js_startup_failed("webgl2");
    return 1;
  }
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout settings are kept in browser storage, not a file
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  io.BackendPlatformName = "planner_web";
  io.SetPlatformImeDataFn = planner::web::set_ime_data;
  static planner::web::Runtime runtime;
  if (!runtime.renderer.init()) {
    planner_js_startup_failed("webgl2");
    return 1;
  }
  // ?demo: the demo never reads or writes the user's stored plans (App::keeps_plan()).
  const planner::AppMode mode = planner_js_demo_requested() != 0 ? planner::AppMode::demo : planner::AppMode::edit;
  runtime.app = std::make_unique<planner::App>(runtime.host, planner::default_catalogue(), mode);
  runtime.last_frame_time = emscripten_get_now() / 1000.0;
  g_runtime = &runtime;
  planner_js_init();
  return 0;
}
