#pragma once
// A one-line notice across a view with an action and a way to dismiss it: "Deleted “Shadowing a
// colleague” on Mon 3 May 2027. [Restore] [×]".
#include <string_view>

#include "imgui.h"

namespace planner::ui {

enum class NoticeResponse { none, action, dismiss };

// `name` tells notices apart and names the dismiss button ("Dismiss <name>").
NoticeResponse notice(std::string_view name, std::string_view message, const char* action, const ImVec4& colour);

}  // namespace planner::ui
