#include "app/views/milestone_editor.hpp"

#include <algorithm>
#include <string>

#include "app/display_text.hpp"
#include "app/event_colours.hpp"
#include "app/icons.hpp"
#include "app/view_context.hpp"
#include "app/views/dissertation.hpp"
#include "app/views/item_comments.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/fields.hpp"
#include "app/widgets/finding_notes.hpp"
#include "app/widgets/list_detail.hpp"
#include "core/plan/edits.hpp"
#include "core/planning/event_details.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr float kLabelWidth = 120;
constexpr float kNotesLines = 4;

void update(const ViewContext& context, Milestone changed) {
  context.apply(edits::update_milestone(std::move(changed)));
}

void draw_heading(const ViewContext& context, const Milestone& milestone) {
  ui::coloured_text(event_colour(EventKind::dissertation_milestone, context.theme),
                    std::string(icons::kStar) + " Milestone due " + milestone.due.display());
  ImGui::PushFont(context.fonts.heading);
  ui::wrapped_text(milestone.title);
  ImGui::PopFont();
}

// What the programme says of this step, for the programme's own milestones.
void draw_description(const ViewContext& context, const Milestone& milestone) {
  if (const MilestoneTemplate* step = context.catalogue.dissertation.milestone(milestone.id)) {
    ImGui::PushTextWrapPos(0);
    ui::muted_text(step->description);
    ImGui::PopTextWrapPos();
  }
}

void draw_title_field(const ViewContext& context, DissertationState& state, const Milestone& milestone,
                      float label_width) {
  ui::form_label("Title", label_width);
  if (auto title = ui::text_field("Milestone title", milestone.title)) {
    // An empty title is refused by the plan: keep the last one until something is typed.
    state.title_refused = title->find_first_not_of(' ') == std::string::npos;
    if (!state.title_refused) {
      Milestone changed = milestone;
      changed.title = *title;
      update(context, std::move(changed));
    }
  }
  if (ImGui::IsItemDeactivated()) state.title_refused = false;
  if (state.title_refused) {
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + label_width);
    ImGui::PushTextWrapPos(0);
    ui::coloured_text(ui::colours().error,
                      "A milestone needs a title: it keeps \"" + milestone.title + "\" until you type one.");
    ImGui::PopTextWrapPos();
  }
}

void draw_status(const ViewContext& context, const Milestone& milestone, float label_width) {
  ui::form_label("Status", label_width);
  for (std::size_t s = 0; s < all_names<MilestoneStatus>().size(); ++s) {
    const auto status = static_cast<MilestoneStatus>(s);
    if (s > 0) ImGui::SameLine();
    const std::string label(status_label(status));
    if (ImGui::RadioButton(label.c_str(), milestone.status == status) && milestone.status != status) {
      Milestone changed = milestone;
      changed.status = status;
      update(context, std::move(changed));
    }
  }
}

void draw_words(const ViewContext& context, const Milestone& milestone, float label_width) {
  const int dissertation_words = context.catalogue.dissertation.words;
  // Written words may run over while a draft is long, before it is cut: up to twice the whole.
  ui::form_label("Words written", label_width);
  if (auto words =
          ui::int_field("Words written", milestone.words, 0, 2 * dissertation_words, context.buffers, 0, 100)) {
    Milestone changed = milestone;
    changed.words = *words;
    update(context, std::move(changed));
  }
  ui::form_label("Target words", label_width);
  if (auto target =
          ui::int_field("Target words", milestone.target_words, 0, dissertation_words, context.buffers, 0, 250)) {
    Milestone changed = milestone;
    changed.target_words = *target;
    update(context, std::move(changed));
  }
  if (milestone.target_words <= 0) return;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + label_width);
  const float done = static_cast<float>(milestone.words) / static_cast<float>(milestone.target_words);
  const std::string overlay = with_thousands(milestone.words) + " of " + with_thousands(milestone.target_words);
  ImGui::ProgressBar(std::clamp(done, 0.0f, 1.0f),
                     ImVec2(std::min(ui::space(260), ImGui::GetContentRegionAvail().x), 0), overlay.c_str());
  if (milestone.words > milestone.target_words) {
    ImGui::SameLine();
    ui::muted_text(with_thousands(milestone.words - milestone.target_words) + " over");
  }
}

}  // namespace

void draw_milestone_editor(const ViewContext& context, DissertationState& state, const Milestone& milestone,
                           const std::vector<const Finding*>& findings) {
  ImGui::PushID(milestone.id.c_str());
  draw_heading(context, milestone);
  ui::ListDetail::begin_body();
  draw_description(context, milestone);
  if (!findings.empty()) {
    ui::section_title(context.fonts.bold, "Checks on this milestone");
    if (const Edit* fix = ui::finding_notes(findings, context.read_only)) context.apply(*fix);
  }
  draw_item_comments(context, milestone_event_id(milestone));
  ui::section_title(context.fonts.bold, "Details");
  const float label_width = ui::space(kLabelWidth);
  ImGui::BeginDisabled(context.read_only);
  draw_title_field(context, state, milestone, label_width);
  ui::form_label("Due", label_width);
  if (auto due = ui::date_field("Due date", milestone.due, context.buffers,
                                {.holidays = &context.catalogue.holidays, .today = context.today})) {
    Milestone changed = milestone;
    changed.due = *due->value;
    update(context, std::move(changed));
  }
  draw_status(context, milestone, label_width);
  draw_words(context, milestone, label_width);
  ui::form_label("Notes", label_width);
  ImGui::NewLine();
  if (auto notes = ui::text_area("Notes", milestone.notes, kNotesLines)) {
    Milestone changed = milestone;
    changed.notes = *notes;
    update(context, std::move(changed));
  }
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceS)));
  if (ui::danger_button("Delete milestone")) {
    Edit remove = edits::remove_milestone(milestone.id);
    remove.label = "Delete milestone \"" + milestone.title + "\"";
    context.apply(std::move(remove));
    context.navigation.selected.clear();
  }
  ImGui::SetItemTooltip("Undo (Ctrl+Z) brings it back");
  ImGui::EndDisabled();
  ui::ListDetail::end_body();
  ImGui::PopID();
}

}  // namespace planner
