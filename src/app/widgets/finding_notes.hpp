#pragma once
// Findings shown beside the items they are about (a module's details, a milestone's editor):
// each with its severity icon and colour, its plain-English reason and its fix as a button, the
// same words and fix the Checks panel gives.
#include <vector>

#include "core/rules/rules.hpp"
#include "imgui.h"

namespace planner::ui {

const char* severity_icon(Severity severity);  // ✗ error, ⚠ warning, ℹ note
ImVec4 severity_colour(Severity severity);     // the theme's error, warning or note colour

// Draws the findings; returns the fix the user pressed this frame, if any. With `read_only` the
// fixes are not offered.
const Edit* finding_notes(const std::vector<const Finding*>& findings, bool read_only);

}  // namespace planner::ui
