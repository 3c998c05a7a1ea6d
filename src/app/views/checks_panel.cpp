#include "app/views/checks_panel.hpp"

#include <string>

#include "app/icons.hpp"
#include "app/item_location.hpp"
#include "app/view_context.hpp"
#include "app/views/item_comments.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/finding_notes.hpp"
#include "app/widgets/review_notes.hpp"
#include "core/plan/item_ref.hpp"
#include "core/review/mentor_review.hpp"
#include "imgui.h"

namespace planner {
namespace {

// A short, human name for an item: the event's title, else its id.
std::string item_name(const ViewContext& context, const std::string& id) {
  if (const Event* event = context.derived.schedule.find(id)) return event->title;
  if (const Standard* standard = context.catalogue.standard(id)) return standard->text;
  if (const Behaviour* behaviour = context.catalogue.behaviour(id)) return behaviour->name;
  return id;
}

void draw_finding(const ViewContext& context, const Finding& finding, int index) {
  ImGui::PushID(index);
  const ImVec4 colour = ui::severity_colour(finding.severity);
  const std::string ref = finding_ref(finding);
  ui::coloured_text(colour,
                    std::string(ui::severity_icon(finding.severity)) + " " + std::string(to_string(finding.severity)));
  if (const ui::ItemComments comments = comments_on_item(context.plan, ref); !comments.empty()) {
    ImGui::SameLine();
    ui::comment_marker(comments, finding.message);
  }
  ui::wrapped_text(finding.message);
  draw_item_comments(context, ref);
  for (const std::string& id : finding.items) {
    const std::string label = std::string(icons::kPlay) + " " + item_name(context, id) + "##go-" + id;
    ImGui::PushTextWrapPos(0);
    if (ImGui::SmallButton(label.c_str())) context.navigation.go_to(view_for_item(context.catalogue, id), id);
    ImGui::PopTextWrapPos();
    ImGui::SetItemTooltip("Go to it");
  }
  if (finding.fix && !context.read_only) {
    if (ui::primary_button(finding.fix->label.c_str())) context.apply(*finding.fix);
    ImGui::SetItemTooltip("Fix: %s (undo with Ctrl+Z)", finding.fix->label.c_str());
  }
  ImGui::Separator();
  ImGui::PopID();
}

}  // namespace

void draw_checks_panel(const ViewContext& context) {
  const FindingCounts& counts = context.derived.counts;
  ImGui::PushFont(context.fonts.heading);
  ImGui::TextUnformatted("Checks");
  ImGui::PopFont();
  if (context.derived.findings.empty()) {
    ui::empty_state(std::string(icons::kCheck) + " Nothing to fix",
                    "The plan keeps every programme rule the planner checks. Changes are checked as you make them.");
    return;
  }
  ui::muted_text(std::to_string(counts.errors) + (counts.errors == 1 ? " error, " : " errors, ") +
                 std::to_string(counts.warnings) + (counts.warnings == 1 ? " warning, " : " warnings, ") +
                 std::to_string(counts.notes) + (counts.notes == 1 ? " note" : " notes"));
  ImGui::Separator();
  int index = 0;
  for (const Finding& finding : context.derived.findings) draw_finding(context, finding, index++);
}

}  // namespace planner
