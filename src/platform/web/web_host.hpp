#pragma once
#include <ctime>
#include <string>

#include "app/host.hpp"
#include "platform/web/web_exports.hpp"

namespace planner::web {

class WebHost final : public Host {
 public:
  Date today() const override;
  std::string now_utc() const override;
  ImDrawCallback timeline_painter() override;
  ExportPort& exports() override { return exports_; }
  bool opened_from_file() const override;
  void demo_left() override;

 private:
  // The time as the app reads it, worked out once per second.
  struct Clock {
    std::time_t second = -1;
    Date today;
    std::string utc;  // "2026-11-25T14:03:00Z"
  };
  const Clock& clock() const;
  mutable Clock clock_;
  WebExportPort exports_;
  Storage& storage() override;
  StoragePersistence storage_persistence() const override;
  void request_persistent_storage() override;
  void choose_file() override;
};

}  // namespace planner::web
