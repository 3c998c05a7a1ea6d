#include "app/views/activities.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "app/activity_names.hpp"
#include "app/automation.hpp"
#include "app/event_colours.hpp"
#include "app/icons.hpp"
#include "app/view_context.hpp"
#include "app/views/activity_form.hpp"
#include "app/views/item_comments.hpp"
#include "app/views/list_item_steps.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/edit_steps.hpp"
#include "app/widgets/list_detail.hpp"
#include "app/widgets/list_row.hpp"
#include "app/widgets/notice.hpp"
#include "core/plan/edits.hpp"
#include "core/planning/event_details.hpp"
#include "core/review/mentor_review.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr float kMinListWidth = 380;  // CSS pixels at text scale 1
constexpr std::string_view kIdPrefix = "activity-";

bool is_activity_id(std::string_view id) { return id.substr(0, kIdPrefix.size()) == kIdPrefix; }

// A plan holds a few hundred activities at most: a scan costs well under a microsecond.
const Activity* find_activity(const Plan& plan, std::string_view id) {
  const auto found =
      std::find_if(plan.activities.begin(), plan.activities.end(), [&](const Activity& a) { return a.id == id; });
  return found == plan.activities.end() ? nullptr : &*found;
}

std::string number_text(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

struct StatusLook {
  std::string text;
  ImVec4 colour;
};

// Status in words and a symbol, never by colour alone.
StatusLook status_look(const Activity& activity, Date today) {
  const std::string label(status_label(activity.status));
  switch (activity.status) {
    case ActivityStatus::done: return {std::string(icons::kCheck) + " " + label, ui::colours().success};
    case ActivityStatus::cancelled: return {std::string(icons::kCross) + " " + label, ui::colours().text_muted};
    case ActivityStatus::planned: break;
  }
  if (activity.date < today) return {std::string(icons::kWarning) + " Overdue", ui::colours().warning};
  return {std::string(icons::kCircle) + " " + label, ui::colours().note};
}

bool is_overdue(const Activity& activity, Date today) {
  return activity.status == ActivityStatus::planned && activity.date < today;
}

void refresh_listing(const ViewContext& context, ActivitiesState& state) {
  ActivitiesState::Listing& listing = state.listing;
  if (listing.revision == context.revision && listing.type_filter == state.type_filter &&
      listing.status_filter == state.status_filter)
    return;
  listing = {};
  listing.revision = context.revision;
  listing.type_filter = state.type_filter;
  listing.status_filter = state.status_filter;
  const std::vector<ActivityType>& types = context.catalogue.activity_types;
  listing.type_counts.assign(types.size(), 0);
  const std::vector<Activity>& activities = context.plan.activities;
  for (std::size_t i = 0; i < activities.size(); ++i) {
    const Activity& activity = activities[i];
    const bool type_shown = !state.type_filter || activity.kind == *state.type_filter;
    const bool status_shown = !state.status_filter || activity.status == *state.status_filter;
    if (status_shown) {
      ++listing.all_types;
      for (std::size_t t = 0; t < types.size(); ++t)
        if (types[t].kind == activity.kind) ++listing.type_counts[t];
    }
    if (type_shown) {
      ++listing.all_statuses;
      ++listing.status_counts[static_cast<std::size_t>(activity.status)];
    }
    if (type_shown && status_shown) listing.rows.push_back(i);
    if (activity.status != ActivityStatus::cancelled) listing.hours += activity.hours;
    if (is_overdue(activity, context.today)) ++listing.overdue;
  }
}

// Puts the next item on this line when `width` still fits, else on the next.
void next_in_row(float width) {
  ImGui::SameLine(0, ui::space(ui::kSpaceM));
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

float radio_width(const char* label) {
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
}

void take_reveal(const ViewContext& context, ActivitiesState& state) {
  Navigation& navigation = context.navigation;
  if (!is_activity_id(navigation.reveal)) return;
  if (const Activity* activity = find_activity(context.plan, navigation.reveal)) {
    state.draft.reset();
    navigation.selected = activity->id;
    // A filter that hides it gives way: the user asked to see this activity.
    if (state.type_filter && state.type_filter != activity->kind) state.type_filter.reset();
    if (state.status_filter && state.status_filter != activity->status) state.status_filter.reset();
    state.scroll_to = activity->id;
  }
  navigation.reveal.clear();
}

void draw_removed_notice(const ViewContext& context, ActivitiesState& state) {
  if (!state.removed) return;
  const std::string message = "Deleted \xE2\x80\x9C" + state.removed->title + "\xE2\x80\x9D on " +
                              state.removed->date.display() + ". Restore it, or press Ctrl+Z.";
  draw_restore_notice(context, state.removed, context.plan.activities, "deleted activity", message, "activity",
                      [&](const Activity& activity) { return edits::add_activity(context.catalogue, activity); });
}

void draw_filters(const ViewContext& context, ActivitiesState& state) {
  const ActivitiesState::Listing& listing = state.listing;
  const std::vector<ActivityType>& types = context.catalogue.activity_types;

  const std::string all_types = "All kinds (" + std::to_string(listing.all_types) + ")";
  std::string preview = all_types;
  for (std::size_t t = 0; t < types.size(); ++t)
    if (types[t].kind == state.type_filter)
      preview = types[t].name + " (" + std::to_string(listing.type_counts[t]) + ")";
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Kind");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool open = ImGui::BeginCombo("##Kind filter", preview.c_str());
  automation::name_last_item("Kind filter");  // combos report no label of their own (no-op while open)
  if (open) {
    if (ImGui::Selectable(all_types.c_str(), !state.type_filter)) state.type_filter.reset();
    for (std::size_t t = 0; t < types.size(); ++t) {
      const std::string label =
          types[t].name + " (" + std::to_string(listing.type_counts[t]) + ")##" + std::string(to_string(types[t].kind));
      if (ImGui::Selectable(label.c_str(), state.type_filter == types[t].kind)) state.type_filter = types[t].kind;
    }
    ImGui::EndCombo();
  }

  struct StatusFilter {
    std::optional<ActivityStatus> value;  // unset: every status
    std::string_view name;
    int count;
  };
  std::vector<StatusFilter> filters = {{std::nullopt, "All", listing.all_statuses}};
  for (std::size_t s = 0; s < listing.status_counts.size(); ++s) {
    const auto status = static_cast<ActivityStatus>(s);
    filters.push_back({status, status_label(status), listing.status_counts[s]});
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Status");
  for (const StatusFilter& filter : filters) {
    const std::string label =
        std::string(filter.name) + " (" + std::to_string(filter.count) + ")###status-" + std::string(filter.name);
    next_in_row(radio_width(label.c_str()));
    if (ImGui::RadioButton(label.c_str(), state.status_filter == filter.value)) state.status_filter = filter.value;
  }
}

void draw_row(const ViewContext& context, ActivitiesState& state, const Activity& activity) {
  const EventKind kind = activity.kind;
  const StatusLook look = status_look(activity, context.today);
  std::string detail = activity.date.display() + "  \xC2\xB7  " + std::string(kind_label(kind));
  if (activity.hours > 0) detail += "  \xC2\xB7  " + number_text(activity.hours) + " h";
  if (activity.reflection_words > 0)
    detail += "  \xC2\xB7  " + std::to_string(activity.reflection_words) + "-word reflection";
  const bool overdue = is_overdue(activity, context.today);
  const ui::ListRowContent content{
      .bar = event_colour(kind, context.theme),
      .title = activity.title.empty() ? std::string(kind_label(kind)) : activity.title,
      .title_font = context.fonts.bold,
      .title_colour = activity.status == ActivityStatus::cancelled ? ui::colours().text_muted : ui::colours().text,
      .detail = std::move(detail),
      .detail_colour = overdue ? ui::colours().warning : ui::colours().text_muted,
      .status = look.text,
      .status_colour = look.colour,
      .comments = comments_on_item(context.plan, activity.id)};
  const bool selected = !state.draft && context.navigation.selected == activity.id;
  if (ui::list_row(activity.id, activity_label(activity), selected, content)) {
    state.draft.reset();
    context.navigation.selected = activity.id;
  }
  if (state.scroll_to == activity.id) {
    ImGui::SetScrollHereY(0.5f);
    state.scroll_to.clear();
  }
}

void draw_rows(const ViewContext& context, ActivitiesState& state) {
  const ActivitiesState::Listing& listing = state.listing;
  if (context.plan.activities.empty()) {
    ui::empty_state("No activities yet",
                    "Activities are the evidence for your portfolio and count towards your off-the-job hours: shadow "
                    "senior colleagues (each with a 500- or 1000-word reflection), be observed by a peer, meet your "
                    "action learning set and your mentor, hear guest speakers, keep a diary. Add the first with "
                    "\xE2\x80\x9C"
                    "Add activity\xE2\x80\x9D.");
    return;
  }
  if (listing.rows.empty()) {
    ui::empty_state("Nothing matches these filters", "Other activities are hidden by the kind or status chosen above.");
    if (ImGui::Button("Show all activities")) {
      state.type_filter.reset();
      state.status_filter.reset();
    }
    return;
  }
  const float spacing = ui::space(3);
  ImGui::BeginChild("##rows", ImVec2(0, 0), ImGuiChildFlags_Border);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, spacing));
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(listing.rows.size()), ui::list_row_height() + spacing);
  if (!state.scroll_to.empty()) {
    for (std::size_t r = 0; r < listing.rows.size(); ++r)
      if (context.plan.activities[listing.rows[r]].id == state.scroll_to)
        clipper.IncludeItemByIndex(static_cast<int>(r));
  }
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r)
      draw_row(context, state, context.plan.activities[listing.rows[static_cast<std::size_t>(r)]]);
  }
  ImGui::PopStyleVar();
  ImGui::EndChild();
}

void draw_list_pane(const ViewContext& context, ActivitiesState& state) {
  const std::string add = std::string(icons::kAdd) + " Add activity";
  if (!context.read_only && ui::primary_button(add.c_str())) {
    state.draft = Activity{};  // no kind yet: the form asks for it first
    state.draft_kind_chosen = false;
    context.navigation.selected.clear();
  }
  ImGui::SetItemTooltip("Plan shadowing, an observation, a meeting, a guest session or a diary entry");
  const ActivitiesState::Listing& listing = state.listing;
  if (!context.plan.activities.empty()) {
    std::string summary = std::to_string(context.plan.activities.size()) +
                          (context.plan.activities.size() == 1 ? " activity" : " activities") + ", " +
                          number_text(listing.hours) + " off-the-job hours";
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ui::muted_text(summary);
    ImGui::SetItemTooltip("Off-the-job hours of every activity not cancelled");
    if (listing.overdue > 0) {
      ImGui::SameLine();
      ui::coloured_text(ui::colours().warning,
                        std::string(icons::kWarning) + " " + std::to_string(listing.overdue) + " overdue");
      ImGui::SetItemTooltip("Planned for a day that has passed: mark them done, or move them");
    }
    ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
    draw_filters(context, state);
    ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  }
  draw_rows(context, state);
}

void add_draft(const ViewContext& context, ActivitiesState& state) {
  Activity activity = *state.draft;
  if (activity.title.empty()) activity.title = context.catalogue.activity_type_name(activity.kind);
  activity.id = next_item_id(context.plan, "activity");
  context.apply(edits::add_activity(context.catalogue, activity));
  select_when_added(context, activity.id);
  state.draft.reset();
}

void draw_add_form(const ViewContext& context, ActivitiesState& state, const ui::ListDetail& layout) {
  if (layout.back_button("All activities")) {
    state.draft.reset();
    return;
  }
  ImGui::PushID("new activity");
  ImGui::PushFont(context.fonts.heading);
  ImGui::TextUnformatted("Add an activity");
  ImGui::PopFont();
  Activity& draft = *state.draft;
  const bool kind_chosen = state.draft_kind_chosen;
  ui::muted_text(kind_chosen ? "Fill in what you know now; everything can be changed later."
                             : "What kind of activity is it?");
  bool add = false;
  if (kind_chosen) {
    add = ui::primary_button("Add activity##confirm");
    ImGui::SameLine();
  }
  const bool cancel = ImGui::Button("Cancel");
  ui::ListDetail::begin_body();
  if (!kind_chosen) {
    if (auto kind = activity_type_choice(context)) {
      // What the form was opened for (a gap in Coverage) stays; the rest takes the kind's defaults.
      Activity chosen = new_activity(context, *kind);
      chosen.standards = draft.standards;
      chosen.behaviours = draft.behaviours;
      if (!draft.focus.empty()) chosen.focus = draft.focus;
      draft = std::move(chosen);
      state.draft_kind_chosen = true;
    }
  } else if (auto changed = activity_fields(context, draft)) {
    draft = *changed;
  }
  ui::ListDetail::end_body();
  ImGui::PopID();
  if (add) add_draft(context, state);
  else if (cancel) state.draft.reset();
}

void draw_editor(const ViewContext& context, ActivitiesState& state, const Activity& activity,
                 const ui::ListDetail& layout) {
  if (layout.back_button("All activities")) {
    context.navigation.selected.clear();
    return;
  }
  ImGui::PushID(activity.id.c_str());
  const EventKind kind = activity.kind;
  ImGui::PushFont(context.fonts.heading);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(activity.title.empty() ? std::string(kind_label(kind)).c_str() : activity.title.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  ImGui::AlignTextToFramePadding();
  ui::coloured_text(event_colour(kind, context.theme), std::string(icons::kDot) + " " + std::string(kind_label(kind)));
  ImGui::SameLine();
  ui::muted_text("on " + activity.date.display());
  const bool remove = delete_button_at_right(context, "activity");

  ui::ListDetail::begin_body();
  draw_item_comments(context, activity.id);
  ImGui::BeginDisabled(context.read_only);
  if (auto changed = activity_fields(context, activity))
    context.apply(ui::one_step_unless_typing(edits::update_activity(context.catalogue, *changed)));
  ImGui::EndDisabled();
  ui::ListDetail::end_body();
  ImGui::PopID();
  if (remove) {
    state.removed = activity;
    context.apply(edits::remove_activity(activity.id));
    context.navigation.selected.clear();
  }
}

void draw_detail_pane(const ViewContext& context, ActivitiesState& state, const ui::ListDetail& layout) {
  if (state.draft) {
    draw_add_form(context, state, layout);
    return;
  }
  if (const Activity* selected = find_activity(context.plan, context.navigation.selected)) {
    draw_editor(context, state, *selected, layout);
    return;
  }
  ui::empty_state("Nothing selected", "Choose an activity in the list to see and change its details, or add one.");
}

}  // namespace

void plan_activity_for(const ViewContext& context, std::optional<EventKind> kind, std::string_view evidenced_id) {
  Activity draft = kind ? new_activity(context, *kind) : Activity{};
  if (const Standard* standard = context.catalogue.standard(evidenced_id)) {
    draft.standards = {standard->id};
    draft.focus = standard->text;
  } else if (const Behaviour* behaviour = context.catalogue.behaviour(evidenced_id)) {
    draft.behaviours = {behaviour->id};
    draft.focus = behaviour->name + ": " + behaviour->description;
  }
  context.states.activities.draft = std::move(draft);
  context.states.activities.draft_kind_chosen = kind.has_value();
  context.navigation.view = View::activities;
  context.navigation.selected.clear();
}

void draw_activities(const ViewContext& context) {
  ActivitiesState& state = context.states.activities;
  take_reveal(context, state);
  refresh_listing(context, state);
  ui::view_header(context.fonts.heading, "Activities",
                  "Shadowing, peer observation, action learning sets, mentoring, guest sessions and your diary: "
                  "evidence for the portfolio, and off-the-job hours.");
  draw_removed_notice(context, state);

  const Activity* selected = state.draft ? nullptr : find_activity(context.plan, context.navigation.selected);
  ui::ListDetail layout("##activities", state.draft.has_value() || selected != nullptr, {.list = kMinListWidth});
  if (layout.begin_list()) draw_list_pane(context, state);
  layout.end_list();
  if (layout.begin_detail()) draw_detail_pane(context, state, layout);
  layout.end_detail();
}

}  // namespace planner
