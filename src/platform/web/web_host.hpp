#pragma once
#include "app/host.hpp"

namespace planner::web {

class WebHost final : public Host {
 public:
  Date today() const override;
  std::string now_utc() const override;
  ImDrawCallback timeline_painter() override;
};

}  // namespace planner::web
