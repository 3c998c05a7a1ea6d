// The app's Host in the browser: the clock, WebGL painting, localStorage (web_storage.hpp), the
// file chooser through planner_web.js (the file arrives later), and downloads, links and gzip
// through WebExportPort (web_exports.cpp). Emscripten's localtime_r asks JavaScript's Date, so
// "today" is the day in the user's own time zone.
#include "platform/web/web_host.hpp"

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

std::string WebHost::now_utc() const {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

ImDrawCallback WebHost::timeline_painter() { return planner::web::timeline_painter(); }

Storage& WebHost::storage() { return browser_storage(); }

void WebHost::choose_file() { planner_js_choose_file(); }

}  // namespace planner::web
