#pragma once
// What the app needs from the platform it runs on: the clock, GPU painting, storage and files.
// The browser implements it in src/platform/web; the native app tests use a fake. Files leave
// the app one way only, through exports().download(): the plan file, the calendar, the
// spreadsheet, the report and the review file alike.
#include <string>

#include "app/export_port.hpp"
#include "core/calendar/date.hpp"
#include "core/storage/storage.hpp"
#include "core/storage/storage_persistence.hpp"
#include "imgui.h"

namespace planner {

class Host {
 public:
  virtual ~Host() = default;
  // Today in the user's time zone: the today line, "Next up", overdue items.
  virtual Date today() const = 0;
  // Now as an ISO 8601 UTC timestamp ("2026-11-25T14:03:00Z"): savedAt in plan files.
  virtual std::string now_utc() const = 0;
  // The draw callback that paints a TimelineBackground on the GPU, or nullptr to paint it with
  // ImGui rectangles (app/widgets/timeline_background.hpp).
  virtual ImDrawCallback timeline_painter() { return nullptr; }
  // Downloads, the clipboard, the address and gzip for exports and share links
  // (app/export_port.hpp).
  virtual ExportPort& exports() = 0;
  // Where plans and settings are kept (localStorage in the browser).
  virtual Storage& storage() = 0;
  // Whether that storage is kept until the user deletes it, as the browser last answered.
  virtual StoragePersistence storage_persistence() const { return StoragePersistence::not_offered; }
  // Asks the browser to keep storage for good (navigator.storage.persist(); Firefox asks the
  // user). The answer arrives later, through storage_persistence().
  virtual void request_persistent_storage() {}
  // Opens the system's file chooser for a plan or a review file; the chosen file arrives later
  // through App::receive_file (nothing arrives when the user cancels).
  virtual void choose_file() = 0;
  // The app was opened from a file (the one-file planner on a USB stick): its plans are kept by
  // this browser on this computer, not in the file, and the user must be told.
  virtual bool opened_from_file() const { return false; }
  // The user left the demo: an address that asked for it (`?demo`) stops asking, so a reload opens
  // their own plans.
  virtual void demo_left() {}
};

}  // namespace planner
