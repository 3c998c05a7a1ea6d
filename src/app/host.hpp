#pragma once
// What the app needs from the platform it runs on: the clock and, as features arrive, files and
// links. The browser implements it in src/platform/web; the native app tests use a fake.
#include <string>

#include "core/date.hpp"

namespace planner {

class Host {
 public:
  virtual ~Host() = default;
  // Today in the user's time zone: the today line, "Next up", overdue items.
  virtual Date today() const = 0;
  // Now as an ISO 8601 UTC timestamp ("2026-11-25T14:03:00Z"): savedAt in plan files.
  virtual std::string now_utc() const = 0;
};

}  // namespace planner
