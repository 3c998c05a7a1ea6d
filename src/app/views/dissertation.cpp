#include "app/views/dissertation.hpp"

#include <algorithm>
#include <string>

#include "app/automation.hpp"
#include "app/display_text.hpp"
#include "app/event_colours.hpp"
#include "app/icons.hpp"
#include "app/view_context.hpp"
#include "app/views/item_comments.hpp"
#include "app/views/milestone_editor.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/fields.hpp"
#include "app/widgets/finding_notes.hpp"
#include "app/widgets/list_detail.hpp"
#include "app/widgets/review_notes.hpp"
#include "core/plan/edits.hpp"
#include "core/plan/item_ref.hpp"
#include "core/planning/event_details.hpp"
#include "core/review/mentor_review.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr const char* kAddDialog = "Add a milestone";
constexpr const char* kMilestonePrefix = "milestone/";  // schedule event ids of milestones
constexpr float kLabelWidth = 130;
constexpr float kDialogWidth = 520;
constexpr ui::ListDetailWidths kPaneWidths{.list = 460, .detail = 380};
constexpr int kNewMilestoneWeeksAhead = 4;

// The milestone the navigation points at, if any.
const Milestone* selected_milestone(const ViewContext& context) {
  const std::string& selected = context.navigation.selected;
  if (selected.rfind(kMilestonePrefix, 0) != 0) return nullptr;
  const std::string id = selected.substr(std::string_view(kMilestonePrefix).size());
  for (const Milestone& milestone : context.plan.dissertation.milestones)
    if (milestone.id == id) return &milestone;
  return nullptr;
}

const std::vector<const Finding*>& findings_for(const DissertationOverview& overview, const std::string& milestone_id) {
  static const std::vector<const Finding*> kNone;
  const auto it = overview.findings.find(milestone_id);
  return it == overview.findings.end() ? kNone : it->second;
}

void draw_title(const ViewContext& context) {
  ui::form_label("Working title", ui::space(kLabelWidth));
  ImGui::BeginDisabled(context.read_only);
  if (auto title = ui::text_field("Working title", context.plan.dissertation.title,
                                  {.hint = "e.g. Leading the integration of two community nursing teams"}))
    context.apply(edits::set_dissertation_title(*title));
  ImGui::EndDisabled();
}

// When the dissertation may start, and any milestone planned before then.
void draw_start(const ViewContext& context, const DissertationOverview& overview) {
  if (overview.proposal_module == nullptr) return;
  const std::string module = "Module " + std::to_string(overview.proposal_module->number);
  ImGui::PushTextWrapPos(0);
  if (overview.proposal_submission == nullptr) {
    ui::coloured_text(ui::colours().warning, std::string(icons::kWarning) +
                                                 " The dissertation starts from the proposal " + module + " (" +
                                                 overview.proposal_module->title + ") ends in, and " + module +
                                                 " is not on the calendar yet: place it first.");
    ImGui::PopTextWrapPos();
    const std::string go = "Go to " + module;
    if (ImGui::SmallButton(go.c_str())) context.navigation.go_to(View::modules, overview.proposal_module->id);
    return;
  }
  ui::coloured_text(ui::colours().note, std::string(icons::kInfo) + " It may start after " + module +
                                            "'s final submission, the dissertation proposal, on " +
                                            overview.proposal_submission->start.display() + ".");
  ImGui::PopTextWrapPos();
  ImGui::SetItemTooltip("%s teaches research methods and ends in a fully worked dissertation proposal", module.c_str());
  if (const Edit* fix = ui::finding_notes(overview.before_proposal, context.read_only)) context.apply(*fix);
}

void draw_words(const ViewContext& context) {
  const int limit = context.catalogue.dissertation.words;
  int written = 0;
  int targets = 0;
  for (const Milestone& milestone : context.plan.dissertation.milestones) {
    written += milestone.words;
    targets += milestone.target_words;
  }
  ui::form_label("Words written", ui::space(kLabelWidth));
  const std::string overlay = with_thousands(written) + " of " + with_thousands(limit);
  ImGui::ProgressBar(std::clamp(static_cast<float>(written) / static_cast<float>(std::max(1, limit)), 0.0f, 1.0f),
                     ImVec2(std::min(ui::space(360), ImGui::GetContentRegionAvail().x), 0), overlay.c_str());
  ImGui::SetItemTooltip("The words written for every milestone, added up, against the %s-word dissertation",
                        with_thousands(limit).c_str());
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ui::space(kLabelWidth));
  ImGui::PushTextWrapPos(0);
  if (written > limit) {
    ui::coloured_text(ui::colours().warning,
                      with_thousands(written - limit) + " words over the " + with_thousands(limit) + "-word limit.");
  } else if (targets == limit) {
    ui::muted_text("The milestones' targets add up to the " + with_thousands(limit) + " words.");
  } else {
    const int gap = limit - targets;
    ui::muted_text(
        "The milestones' targets add up to " + with_thousands(targets) + " words: " +
        (gap > 0 ? with_thousands(gap) + " still to plan." : with_thousands(-gap) + " more than the limit."));
  }
  ImGui::PopTextWrapPos();
}

// The programme's milestones, dated from the proposal module's final submission: for a plan whose
// milestones were all deleted.
Edit programme_milestones(const ViewContext& context, Date proposal_submission) {
  std::vector<Edit> steps;
  for (const MilestoneTemplate& step : context.catalogue.dissertation.milestones) {
    Milestone milestone;
    milestone.id = step.id;
    milestone.title = step.title;
    milestone.target_words = step.target_words;
    milestone.due = proposal_submission.plus_weeks(step.weeks_after_start);
    steps.push_back(edits::add_milestone(std::move(milestone)));
  }
  return edits::combine("Add the programme's milestones", std::move(steps));
}

// What the view says while no milestone is selected: how to start, and what the programme asks
// of the dissertation. `in_details`: in the details pane, where the text below the title scrolls.
void draw_dissertation_about(const ViewContext& context, bool in_details) {
  const DissertationSpec& spec = context.catalogue.dissertation;
  if (!context.plan.dissertation.milestones.empty()) {
    ui::muted_text(std::string(icons::kInfo) + " Select a milestone to change its date, status, words or notes.");
  }
  ui::section_title(context.fonts.bold, spec.title);
  if (in_details) ui::ListDetail::begin_body();
  ui::wrapped_text(spec.summary);
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  for (const std::string& element : spec.elements) {
    ImGui::Bullet();
    ui::wrapped_text(element);
  }
  if (in_details) ui::ListDetail::end_body();
}

void draw_status_chip(const Milestone& milestone) {
  const Palette& colours = ui::colours();
  const std::string label(status_label(milestone.status));
  switch (milestone.status) {
    case MilestoneStatus::done: ui::chip(std::string(icons::kCheck) + " " + label, colours.success); break;
    case MilestoneStatus::in_progress: ui::chip(label, colours.accent); break;
    case MilestoneStatus::not_started: ui::chip(label, colours.text_muted); break;
  }
}

std::string words_cell(const Milestone& milestone) {
  if (milestone.target_words > 0)
    return with_thousands(milestone.words) + " / " + with_thousands(milestone.target_words);
  if (milestone.words > 0) return with_thousands(milestone.words);
  return "\xE2\x80\x93";
}

void draw_row(const ViewContext& context, const DissertationState& state, const Milestone& milestone, bool selected) {
  const std::string event_id = milestone_event_id(milestone);
  const std::vector<const Finding*>& findings = findings_for(state.overview, milestone.id);
  ImGui::TableNextRow();
  ImGui::PushID(milestone.id.c_str());

  ImGui::TableNextColumn();
  const bool overdue = milestone.status != MilestoneStatus::done && milestone.due < context.today;
  ImGui::AlignTextToFramePadding();
  if (overdue) ui::coloured_text(ui::colours().error, milestone.due.display());
  else ImGui::TextUnformatted(milestone.due.display().c_str());
  if (overdue) ImGui::SetItemTooltip("Overdue: due %s and not done", milestone.due.display().c_str());

  ImGui::TableNextColumn();
  if (!findings.empty()) {
    const Finding& worst = *findings.front();
    ImGui::AlignTextToFramePadding();
    ui::coloured_text(ui::severity_colour(worst.severity), ui::severity_icon(worst.severity));
    ImGui::SetItemTooltip("%s", worst.message.c_str());
    ImGui::SameLine();
  }
  if (const ui::ItemComments comments = comments_on_item(context.plan, event_id); !comments.empty()) {
    ui::comment_marker(comments, milestone.title);
    ImGui::SameLine();
  }
  // The row is one selectable across the table, labelled with the milestone's title.
  const std::string label = milestone.title + "##row";
  if (ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns,
                        ImVec2(0, ImGui::GetFrameHeight())))
    context.navigation.selected = event_id;
  if (state.reveal.wants(event_id)) ImGui::SetScrollHereY(0.4f);
  if (!milestone.notes.empty()) ImGui::SetItemTooltip("%s", milestone.notes.c_str());

  ImGui::TableNextColumn();
  draw_status_chip(milestone);
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(words_cell(milestone).c_str());
  ImGui::PopID();
}

void draw_table(const ViewContext& context, const DissertationState& state, const Milestone* selected) {
  const std::vector<Milestone>& milestones = context.plan.dissertation.milestones;
  if (milestones.empty()) {
    ui::empty_state("No milestones yet",
                    "Milestones break the dissertation into steps with dates: the programme's are the proposal, "
                    "ethics approval, literature review, methods, data collection, analysis, draft chapters and the "
                    "final submission.");
    if (state.overview.proposal_submission != nullptr && !context.read_only &&
        ImGui::Button("Add the programme's milestones"))
      context.apply(programme_milestones(context, state.overview.proposal_submission->start));
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##milestones", 4, flags)) return;
  ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Wed 30 Sep 2027").x);
  ImGui::TableSetupColumn("Milestone", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed,
                          ImGui::CalcTextSize("In progress").x + ui::space(16));
  ImGui::TableSetupColumn("Words", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("10,000 / 10,000").x);
  ImGui::PushFont(context.fonts.bold);
  ImGui::TableHeadersRow();
  ImGui::PopFont();
  for (const Milestone& milestone : milestones) draw_row(context, state, milestone, &milestone == selected);
  ImGui::EndTable();
}

// The milestones' title with "Add a milestone", then the table, scrolling; on a narrow view what
// the programme asks of the dissertation follows it (side by side, the details pane says that).
// Returns whether "Add a milestone" was pressed.
bool draw_milestones_pane(const ViewContext& context, const DissertationState& state, const Milestone* selected,
                          bool side_by_side) {
  ImGui::PushFont(context.fonts.bold);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Milestones");
  ImGui::PopFont();
  bool add = false;
  if (!context.read_only) {
    ImGui::SameLine();
    const std::string label = std::string(icons::kAdd) + " Add a milestone";
    add = ImGui::Button(label.c_str());
    automation::name_last_item("Add a milestone");
  }
  ImGui::BeginChild("##milestone-rows");
  draw_table(context, state, selected);
  if (!side_by_side) {
    ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceM)));
    draw_dissertation_about(context, false);
  }
  ImGui::EndChild();
  return add;
}

// The selected milestone's editor (on a narrow view, a page of its own with the way back), or side
// by side with none selected, what the programme asks of the dissertation.
void draw_details_pane(const ViewContext& context, DissertationState& state, const Milestone* selected,
                       const ui::ListDetail& layout) {
  if (selected == nullptr) {
    draw_dissertation_about(context, true);
    return;
  }
  if (layout.back_button("All milestones")) {
    context.navigation.selected.clear();
    return;
  }
  draw_milestone_editor(context, state, *selected, findings_for(state.overview, selected->id));
}

// The milestones beside the selected one's editor; on a narrow view one at a time, the editor as
// a page with the way back. Returns whether "Add a milestone" was pressed.
bool draw_milestones_and_details(const ViewContext& context, DissertationState& state) {
  const Milestone* selected = selected_milestone(context);
  ui::ListDetail layout("##dissertation", selected != nullptr, kPaneWidths);
  bool add = false;
  if (layout.begin_list()) add = draw_milestones_pane(context, state, selected, layout.side_by_side());
  layout.end_list();
  if (layout.begin_detail()) draw_details_pane(context, state, selected, layout);
  layout.end_detail();
  return add;
}

Date new_milestone_due(const ViewContext& context, const DissertationOverview& overview) {
  Date due = context.today.plus_weeks(kNewMilestoneWeeksAhead);
  if (overview.proposal_submission != nullptr)
    due = std::max(due, overview.proposal_submission->start.plus_weeks(kNewMilestoneWeeksAhead));
  return due;
}

void draw_add_dialog(const ViewContext& context, DissertationState& state) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(ui::space(kDialogWidth), viewport->Size.x - ui::space(ui::kSpaceL)), 0));
  if (!ImGui::BeginPopupModal(kAddDialog, nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove)) return;
  Milestone& draft = state.draft;
  const float label_width = ui::space(kLabelWidth);
  ui::form_label("Title", label_width);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  if (auto title =
          ui::text_field("New milestone title", draft.title, {.hint = "e.g. Interviews with the project board"}))
    draft.title = *title;
  ui::form_label("Due", label_width);
  if (auto due = ui::date_field("New milestone due date", draft.due, context.buffers,
                                {.holidays = &context.catalogue.holidays, .today = context.today}))
    draft.due = *due->value;
  ui::form_label("Target words", label_width);
  if (auto words = ui::int_field("New milestone target words", draft.target_words, 0,
                                 context.catalogue.dissertation.words, context.buffers, 0, 250))
    draft.target_words = *words;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + label_width);
  ImGui::PushTextWrapPos(0);
  ui::muted_text("The words this step adds to the dissertation: 0 for steps such as ethics approval.");
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceS)));

  const bool complete = draft.title.find_first_not_of(' ') != std::string::npos;
  ImGui::BeginDisabled(!complete);
  if (ui::primary_button("Add milestone")) {
    Milestone added = draft;
    added.id = next_item_id(context.plan, "milestone");
    context.apply(edits::add_milestone(added));
    context.navigation.go_to(View::dissertation, milestone_event_id(added));
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  if (!complete) ImGui::SetItemTooltip("Give it a title first");
  ImGui::SameLine();
  if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace

DissertationOverview build_dissertation_overview(const Catalogue& catalogue, const Derived& derived) {
  DissertationOverview overview;
  overview.proposal_module = catalogue.proposal_module();
  if (overview.proposal_module != nullptr)
    overview.proposal_submission =
        derived.schedule.find(overview.proposal_module->id + "/" + catalogue.timetable.final_deadline().id);
  const std::string_view prefix(kMilestonePrefix);
  for (const Finding& finding : derived.findings) {
    if (finding.rule == "dissertation-before-proposal") overview.before_proposal.push_back(&finding);
    for (const std::string& item : finding.items) {
      if (item.rfind(prefix, 0) != 0) continue;
      std::vector<const Finding*>& list = overview.findings[item.substr(prefix.size())];
      if (list.empty() || list.back() != &finding) list.push_back(&finding);
    }
  }
  return overview;
}

std::string milestone_event_id(const Milestone& milestone) { return kMilestonePrefix + milestone.id; }

void draw_dissertation(const ViewContext& context) {
  DissertationState& state = context.states.dissertation;
  state.reveal.take(context.navigation.reveal);
  if (state.revision != context.revision) {
    state.overview = build_dissertation_overview(context.catalogue, context.derived);
    state.revision = context.revision;
  }
  const DissertationSpec& spec = context.catalogue.dissertation;
  ui::view_header(context.fonts.heading, "Dissertation",
                  "A " + with_thousands(spec.words) + "-word work-based dissertation worth " +
                      std::to_string(spec.credits) +
                      " credits: a case study of a leadership activity in your workplace. Plan its steps, keep "
                      "their dates and count the words.");
  draw_title(context);
  draw_words(context);
  draw_start(context, state.overview);
  draw_item_comments(context, kDissertationRef);  // on the dissertation as a whole
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceS)));

  const bool open_add_dialog = draw_milestones_and_details(context, state);
  // Opened here, not in the pane: a popup's id depends on the window it is opened from.
  if (open_add_dialog) {
    state.draft = Milestone{};
    state.draft.due = new_milestone_due(context, state.overview);
    ImGui::OpenPopup(kAddDialog);
  }
  draw_add_dialog(context, state);
  state.reveal.end_frame();
}

}  // namespace planner
