#pragma once
// The one rule for ids: the plan's items, the plan itself, reviews and their comments, and the
// programme's modules, sessions, standards, … (plan files, review files and links, the browser's
// plan list and the programme file all hold them).
//
//   1 to 64 of A-Z a-z 0-9 . _ -, starting with a letter or digit.
//
// Event ids, .ics UIDs, storage keys, JSON pointers and item references (item_ref.hpp) embed
// ids, so they stay plain: no spaces, quotes, slashes or control characters, and nothing that
// reads as a path ("..", "/x") or an option ("-x"). Every id the shipped programme, the demo plan
// and the frozen plan files hold meets it (unit tests load them all).
#include <string_view>

#include "core/plan/plan_limits.hpp"

namespace planner {

// The rule in words, for messages that refuse an id: "… is not a valid id (1 to 64 …)".
inline constexpr std::string_view kIdRule =
    "1 to 64 letters, digits, \".\", \"_\" or \"-\", starting with a letter or digit";
static_assert(limits::kMaxIdBytes == 64, "kIdRule states the length");

bool is_valid_id(std::string_view text);

// A character an id may hold anywhere (A-Z a-z 0-9 . _ -); the first must also be a letter or a
// digit (is_id_start).
bool is_id_character(char c);
bool is_id_start(char c);

}  // namespace planner
