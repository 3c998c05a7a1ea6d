#pragma once
// Where the planner keeps things in the browser's storage, all in one place.
//
//   planner/index                          the plan list (plan_index.hpp): entries and trash
//   planner/plan/<id>                      a plan's record (plan_record.hpp): revision + plan file
//   planner/backup/<id>                    the previous good record of that plan
//   planner/trash/<id>                     a deleted plan's record, until restored or emptied
//   planner/quarantine/<when>[~n]/<what>   damaged data moved aside, raw, e.g.
//                                          planner/quarantine/2027-01-04T09:30:00Z/plan/<id>
//   planner/settings/ui                    the app's appearance settings (text, the app's format)
//   planner/settings/imgui                 Dear ImGui's layout (its .ini text, from memory)
//   planner/probe                          the start-up test write, removed straight after
//
// Everything sits under one prefix because the offline one-file app runs from file://, where a
// browser may give every local HTML file the same storage: other pages' keys must never be
// mistaken for ours, and ours must be listable without reading anybody else's.
#include <string>
#include <string_view>

namespace planner::storage_keys {

inline constexpr std::string_view kPrefix = "planner/";
inline constexpr std::string_view kIndex = "planner/index";
inline constexpr std::string_view kPlanPrefix = "planner/plan/";
inline constexpr std::string_view kBackupPrefix = "planner/backup/";
inline constexpr std::string_view kTrashPrefix = "planner/trash/";
inline constexpr std::string_view kQuarantinePrefix = "planner/quarantine/";
inline constexpr std::string_view kUiSettings = "planner/settings/ui";
inline constexpr std::string_view kImguiLayout = "planner/settings/imgui";
inline constexpr std::string_view kProbe = "planner/probe";

inline std::string plan(std::string_view id) { return std::string(kPlanPrefix) + std::string(id); }
inline std::string backup(std::string_view id) { return std::string(kBackupPrefix) + std::string(id); }
inline std::string trash(std::string_view id) { return std::string(kTrashPrefix) + std::string(id); }

// Where damaged data from `key` goes when it is moved aside at `when` (an ISO 8601 timestamp).
// `nth` > 1 tells apart several moves within one second: "<when>~2/<what>".
inline std::string quarantine(std::string_view when, std::string_view key, int nth = 1) {
  const std::string_view what = key.starts_with(kPrefix) ? key.substr(kPrefix.size()) : key;
  std::string out = std::string(kQuarantinePrefix) + std::string(when);
  if (nth > 1) out += "~" + std::to_string(nth);
  return out + "/" + std::string(what);
}

}  // namespace planner::storage_keys
