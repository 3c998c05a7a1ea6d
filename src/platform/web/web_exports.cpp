// Exports and share links in the browser: the C++ half of app/export_port.hpp.
//
// Implements: downloads and the printable report's tab (Blob URLs), the clipboard, the page's
// address, gzip both ways with CompressionStream / DecompressionStream, and window.planner's
// shareLink() answers, all through planner_exports.js. What JavaScript reports back (bytes,
// text, a link the page was opened with) is queued here and taken by the app at its next frame.
// Does not: decide anything (the app and the core do), or keep a JavaScript object alive.
#include "platform/web/web_exports.hpp"

#include <emscripten/emscripten.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "platform/web/js_bridge.hpp"
#include "platform/web/web_runtime.hpp"

extern "C" {
// planner_exports.js. Byte buffers are (pointer, length): files and gzip are not NUL-terminated.
void planner_js_exports_init(void);
void planner_js_download(const char* file_name, const char* mime_type, const char* data, int length);
void planner_js_open_document(const char* html, int length);
char* planner_js_page_url(void);  // malloc'd UTF-8, freed here
void planner_js_forget_link(void);
void planner_js_gzip(int kind, const char* data, int length);
void planner_js_gunzip(const char* data, int length, int max_text_bytes);
void planner_js_share_answer(int ok, const char* text);
}

namespace planner::web {
namespace {

int number_of(ShareKind kind) { return kind == ShareKind::review ? 1 : 0; }

}  // namespace

static WebExportPort* g_port = nullptr;

// The kinds as JavaScript passes them: 0 a plan, 1 a review.
static ShareKind kind_of(int kind) { return kind == 1 ? ShareKind::review : ShareKind::plan; }

WebExportPort::WebExportPort() {
  g_port = this;
  planner_js_exports_init();  // reports a link the page was opened with, before the first frame
}

WebExportPort::~WebExportPort() { g_port = nullptr; }

void WebExportPort::download(const std::string& file_name, const std::string& mime_type, const std::string& content) {
  planner_js_download(file_name.c_str(), mime_type.c_str(), content.data(), static_cast<int>(content.size()));
}

void WebExportPort::open_document(const std::string& html) {
  planner_js_open_document(html.data(), static_cast<int>(html.size()));
}

void WebExportPort::copy_text(const std::string& text) { planner_js_write_clipboard(text.c_str()); }

std::string WebExportPort::page_url() const {
  char* url = planner_js_page_url();
  std::string out = url != nullptr ? url : "";
  std::free(url);
  return out;
}

void WebExportPort::forget_link() { planner_js_forget_link(); }

void WebExportPort::gzip(ShareKind kind, const std::string& text) {
  planner_js_gzip(number_of(kind), text.data(), static_cast<int>(text.size()));
}

void WebExportPort::gunzip(const std::string& bytes, std::size_t max_text_bytes) {
  planner_js_gunzip(bytes.data(), static_cast<int>(bytes.size()), static_cast<int>(max_text_bytes));
}

void WebExportPort::share_answer(bool ok, const std::string& link_or_error) {
  planner_js_share_answer(ok ? 1 : 0, link_or_error.c_str());
}

std::vector<PortEvent> WebExportPort::take_events() {
  std::vector<PortEvent> taken;
  taken.swap(events_);
  return taken;
}

void WebExportPort::push(PortEvent event) {
  events_.push_back(std::move(event));
  wake_for_event();
}

}  // namespace planner::web

using planner::PortEvent;
using planner::web::g_port;

extern "C" {

EMSCRIPTEN_KEEPALIVE void planner_link_opened(const char* address) {
  if (g_port != nullptr) g_port->push({PortEvent::Type::link_opened, planner::ShareKind::plan, address, {}});
}

EMSCRIPTEN_KEEPALIVE void planner_share_asked(int kind) {
  if (g_port != nullptr) g_port->push({PortEvent::Type::share_asked, planner::web::kind_of(kind), {}, {}});
}

EMSCRIPTEN_KEEPALIVE void planner_compressed(int kind, const char* data, int length) {
  if (g_port == nullptr) return;
  g_port->push({PortEvent::Type::compressed,
                planner::web::kind_of(kind),
                {},
                std::string(data, static_cast<std::size_t>(length))});
}

EMSCRIPTEN_KEEPALIVE void planner_compress_failed(int kind, const char* why) {
  if (g_port != nullptr) g_port->push({PortEvent::Type::compress_failed, planner::web::kind_of(kind), why, {}});
}

EMSCRIPTEN_KEEPALIVE void planner_decompressed(const char* data, int length) {
  if (g_port == nullptr) return;
  g_port->push({PortEvent::Type::decompressed,
                planner::ShareKind::plan,
                std::string(data, static_cast<std::size_t>(length)),
                {}});
}

EMSCRIPTEN_KEEPALIVE void planner_decompress_failed(const char* why) {
  if (g_port != nullptr) g_port->push({PortEvent::Type::decompress_failed, planner::ShareKind::plan, why, {}});
}

}  // extern "C"
