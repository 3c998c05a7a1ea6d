// The app's Host in the browser: the clock, WebGL painting, localStorage and its persistence
// (web_storage.hpp), the file chooser through planner_web.js (the file arrives later), and
// downloads, links and gzip through WebExportPort (web_exports.cpp). Emscripten's localtime_r asks
// JavaScript's Date, so "today" is the day in the user's own time zone.
#include "platform/web/web_host.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>

#include "platform/web/gl_timeline_painter.hpp"
#include "platform/web/js_bridge.hpp"
#include "platform/web/web_storage.hpp"

namespace planner::web {

Date WebHost::today() const {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                        static_cast<unsigned>(local.tm_mday))
      .value_or(Date{});
}

bool WebHost::opened_from_file() const { return planner_js_opened_from_file() != 0; }

void WebHost::demo_left() { planner_js_forget_demo_request(); }

// Called every frame (the plan keeper's clock): std::chrono in wasm, where strftime would be
// Emscripten's JavaScript implementation, a string rewrite per call.
std::string WebHost::now_utc() const {
  using namespace std::chrono;
  const auto now = floor<seconds>(system_clock::now());
  const auto day = floor<days>(now);
  const year_month_day date{day};
  const hh_mm_ss<seconds> time{now - day};
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return text;
}

ImDrawCallback WebHost::timeline_painter() { return planner::web::timeline_painter(); }

Storage& WebHost::storage() { return browser_storage(); }

StoragePersistence WebHost::storage_persistence() const { return browser_storage().persistence(); }

void WebHost::request_persistent_storage() { browser_storage().request_persistence(); }

void WebHost::choose_file() { planner_js_choose_file(); }

}  // namespace planner::web
