// planner-cli schedule: every dated event of a plan, as the timeline and the .ics export see it.
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/plan_command.hpp"
#include "cli/usage.hpp"
#include "core/planning/schedule.hpp"

namespace planner::cli {
namespace {

// {"events":[{"id","kind","title","start","end","module"?,"days"?}]}: module only for events of
// a module, days only for face-to-face teaching days.
std::string events_json(const Schedule& schedule) {
  nlohmann::ordered_json events = nlohmann::ordered_json::array();
  for (const Event& event : schedule.events) {
    nlohmann::ordered_json item{{"id", event.id},
                                {"kind", to_string(event.kind)},
                                {"title", event.title},
                                {"start", event.start.iso()},
                                {"end", event.end.iso()}};
    if (!event.module.empty()) item["module"] = event.module;
    if (event.days > 0) item["days"] = event.days;
    events.push_back(std::move(item));
  }
  return nlohmann::ordered_json{{"events", std::move(events)}}.dump(2) + "\n";
}

// One line an event: "2027-01-11  2027-01-11  f2f             M1/f2f-1  Face-to-face: …".
std::string events_text(const Schedule& schedule) {
  std::string out;
  for (const Event& event : schedule.events) {
    char kind[32];
    std::snprintf(kind, sizeof kind, "%-22.*s", static_cast<int>(to_string(event.kind).size()),
                  to_string(event.kind).data());
    out += event.start.iso() + "  " + event.end.iso() + "  " + kind + "  " + event.id + "  " + event.title + "\n";
  }
  return out;
}

}  // namespace

int run_schedule(std::span<const std::string_view> args) {
  return run_plan_command(args, [](const Catalogue&, const PlanInput& input, bool as_json) {
    std::cout << (as_json ? events_json(input.schedule) : events_text(input.schedule));
    return kExitOk;
  });
}

}  // namespace planner::cli
