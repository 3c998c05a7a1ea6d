// The app's Host in the browser: the clock, WebGL painting, localStorage and its persistence
// (web_storage.hpp), the file chooser through planner_files.js (the file arrives later), and
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

Date WebHost::today() const { return clock().today; }

bool WebHost::opened_from_file() const { return planner_js_opened_from_file() != 0; }

void WebHost::demo_left() { planner_js_forget_demo_request(); }

std::string WebHost::now_utc() const { return clock().utc; }

// Both are read every frame; they change at most once a second. std::chrono for the UTC text:
// Emscripten's strftime is a JavaScript string rewrite per call.
const WebHost::Clock& WebHost::clock() const {
  const std::time_t now = std::time(nullptr);
  if (now == clock_.second) return clock_;
  clock_.second = now;
  std::tm local{};
  localtime_r(&now, &local);
  clock_.today = Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                                static_cast<unsigned>(local.tm_mday))
                     .value_or(Date{});
  using namespace std::chrono;
  const sys_seconds utc{seconds{now}};
  const auto day = floor<days>(utc);
  const year_month_day date{day};
  const hh_mm_ss<seconds> time{utc - day};
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  clock_.utc = text;
  return clock_;
}

ImDrawCallback WebHost::timeline_painter() { return planner::web::timeline_painter(); }

Storage& WebHost::storage() { return browser_storage(); }

StoragePersistence WebHost::storage_persistence() const { return browser_storage().persistence(); }

void WebHost::request_persistent_storage() { browser_storage().request_persistence(); }

void WebHost::choose_file() { planner_js_choose_file(); }

}  // namespace planner::web
