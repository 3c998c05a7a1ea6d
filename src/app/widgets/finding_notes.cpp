#include "app/widgets/finding_notes.hpp"

#include <string>

#include "app/icons.hpp"
#include "app/widgets/controls.hpp"

namespace planner::ui {

const char* severity_icon(Severity severity) {
  switch (severity) {
    case Severity::error: return icons::kCross;
    case Severity::warning: return icons::kWarning;
    case Severity::note: return icons::kInfo;
  }
  return icons::kInfo;
}

ImVec4 severity_colour(Severity severity) {
  switch (severity) {
    case Severity::error: return colours().error;
    case Severity::warning: return colours().warning;
    case Severity::note: return colours().note;
  }
  return colours().note;
}

const Edit* finding_notes(const std::vector<const Finding*>& findings, bool read_only) {
  const Edit* chosen = nullptr;
  int index = 0;
  for (const Finding* finding : findings) {
    ImGui::PushID(index++);
    const ImVec4 colour = severity_colour(finding->severity);
    // The icon in a column of its own, the reason wrapped beside it.
    coloured_text(colour, severity_icon(finding->severity));
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    wrapped_text(finding->message);
    ImGui::PopStyleColor();
    if (finding->fix && !read_only) {
      if (ImGui::SmallButton(finding->fix->label.c_str())) chosen = &*finding->fix;
      ImGui::SetItemTooltip("Fix: %s (undo with Ctrl+Z)", finding->fix->label.c_str());
    }
    ImGui::EndGroup();
    ImGui::PopID();
  }
  return chosen;
}

}  // namespace planner::ui
