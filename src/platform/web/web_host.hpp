#pragma once
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
  WebExportPort exports_;
  Storage& storage() override;
  StoragePersistence storage_persistence() const override;
  void request_persistent_storage() override;
  void choose_file() override;
};

}  // namespace planner::web
