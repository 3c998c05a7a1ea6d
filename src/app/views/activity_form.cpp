#include "app/views/activity_form.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/automation.hpp"
#include "app/event_colours.hpp"
#include "app/view_context.hpp"
#include "app/widgets/checklist.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/day_note.hpp"
#include "app/widgets/fields.hpp"
#include "core/calendar/availability.hpp"
#include "core/plan/edits.hpp"
#include "core/planning/event_details.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace planner {
namespace {

constexpr float kLabelWidth = 150;  // CSS pixels at text scale 1

// What each kind of activity asks for beyond its date and hours, in the words a person would
// use for it (a null label: the kind does not use the field).
struct KindFields {
  const char* who;
  const char* role;
  const char* focus;
  const char* focus_hint;
};

KindFields fields_for(EventKind kind) {
  switch (kind) {
    case EventKind::shadowing: return {"Who you shadow", "Their role", "Focus", "what you will look at and why"};
    case EventKind::peer_observation: return {"Observed by", "Their role", "Focus", "what they will observe"};
    case EventKind::als: return {nullptr, nullptr, "Theme", "what the set will work on"};
    case EventKind::mentoring: return {"Mentor", nullptr, "Agenda", "what you will talk about"};
    case EventKind::guest_session: return {"Speaker", "Organisation", "Topic", "the talk or case study"};
    default: return {nullptr, nullptr, "Topic", "what the entry is about"};
  }
}

std::string hours_text(double hours) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", hours);
  return text;
}

// "About 3.5 off-the-job hours · a 500- or 1000-word reflection"
std::string type_summary(const ActivityType& type) {
  std::string summary = "About " + hours_text(type.default_hours) + " off-the-job hours";
  if (!type.reflection_words.empty()) {
    summary += " · a ";
    for (std::size_t i = 0; i < type.reflection_words.size(); ++i) {
      if (i > 0) summary += i + 1 == type.reflection_words.size() ? "- or " : "-, ";
      summary += std::to_string(type.reflection_words[i]);
    }
    summary += "-word reflection";
  }
  if (!type.active_learning) summary += " · not active learning";
  return summary;
}

// Changing the kind carries over what was the old kind's default to the new kind's default, and
// keeps the reflection to a length the new kind allows.
void switch_type(const Catalogue& catalogue, Activity& activity, EventKind kind) {
  const ActivityType* from = catalogue.activity_type(activity.kind);
  const ActivityType* to = catalogue.activity_type(kind);
  activity.kind = kind;
  if (to == nullptr) return;
  if (from == nullptr || activity.hours == from->default_hours) activity.hours = to->default_hours;
  if (from == nullptr || activity.title.empty() || activity.title == from->name) activity.title = to->name;
  const auto& lengths = to->reflection_words;
  if (std::find(lengths.begin(), lengths.end(), activity.reflection_words) == lengths.end())
    activity.reflection_words = lengths.empty() ? 0 : lengths.front();
}

std::vector<ui::CheckOption> standard_options(const ViewContext& context) {
  std::vector<ui::CheckOption> options;
  options.reserve(context.catalogue.standards.size());
  for (const Standard& standard : context.catalogue.standards) {
    ui::CheckOption option{.value = standard.id, .label = standard.text, .note = {}, .note_colour = {}, .tooltip = {}};
    const CoverageRow* row = context.derived.coverage.row(standard.id);
    if (row != nullptr && row->gap()) {
      option.note = "Nothing in the plan evidences this yet";
      option.note_colour = ui::colours().warning;
    } else if (!standard.evidence_note.empty()) {
      option.note = "The programme asks for: " + standard.evidence_note;
    }
    options.push_back(std::move(option));
  }
  return options;
}

std::vector<ui::CheckOption> behaviour_options(const ViewContext& context) {
  std::vector<ui::CheckOption> options;
  for (const Behaviour& behaviour : context.catalogue.behaviours) {
    ui::CheckOption option{.value = behaviour.id,
                           .label = behaviour.name,
                           .note = behaviour.description,
                           .note_colour = {},
                           .tooltip = {}};
    const CoverageRow* row = context.derived.coverage.row(behaviour.id);
    if (row != nullptr && row->gap()) {
      option.note = "Nothing in the plan evidences this yet. " + behaviour.description;
      option.note_colour = ui::colours().warning;
    }
    options.push_back(std::move(option));
  }
  return options;
}

// A row of radio buttons; returns the value chosen the frame it changes.
template <typename Value>
struct RadioOption {
  Value value;
  std::string label;
};

template <typename Value>
std::optional<Value> radio_row(const char* group, const Value& value, const std::vector<RadioOption<Value>>& options) {
  std::optional<Value> chosen;
  ImGui::PushID(group);
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (i > 0) ImGui::SameLine(0, ui::space(ui::kSpaceM));
    if (ImGui::RadioButton(options[i].label.c_str(), options[i].value == value) && options[i].value != value)
      chosen = options[i].value;
  }
  ImGui::PopID();
  return chosen;
}

}  // namespace

Activity new_activity(const ViewContext& context, EventKind kind) {
  Date day = context.today.plus_days(1);
  if (!context.plan.id.empty() && day < context.plan.profile.start) day = context.plan.profile.start;
  if (auto free = free_day_on_or_after(context.catalogue, context.plan.periods, day)) day = *free;
  Activity activity = edits::new_activity(context.catalogue, kind, day);
  if (kind == EventKind::mentoring) activity.with_whom = context.plan.profile.mentor;
  return activity;
}

std::optional<EventKind> activity_type_choice(const ViewContext& context) {
  std::optional<EventKind> chosen;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float line = ImGui::GetTextLineHeight();
  const float height = line * 2 + style.ItemInnerSpacing.y + style.FramePadding.y * 2;
  for (const ActivityType& type : context.catalogue.activity_types) {
    const std::string_view name = to_string(type.kind);
    ImGui::PushID(name.data(), name.data() + name.size());
    const ImVec2 min = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##type", false, ImGuiSelectableFlags_None, ImVec2(0, height))) chosen = type.kind;
    automation::name_last_item(type.name);
    ImGui::SetItemTooltip("%s", type.description.c_str());
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    const ImVec4 colour = event_colour(type.kind, context.theme);
    draw_list->AddRectFilled(min, ImVec2(min.x + ui::space(4), max.y), ImGui::GetColorU32(colour), 2);
    draw_list->AddRect(min, max, ImGui::GetColorU32(ui::colours().border), style.FrameRounding);
    const float x = min.x + ui::space(14);
    const float y = min.y + style.FramePadding.y;
    draw_list->AddText(context.fonts.bold, ImGui::GetFontSize(), ImVec2(x, y), ImGui::GetColorU32(ui::colours().text),
                       type.name.c_str());
    const std::string summary = type_summary(type);
    ImGui::RenderTextEllipsis(draw_list, ImVec2(x, y + line + style.ItemInnerSpacing.y),
                              ImVec2(max.x - style.FramePadding.x, max.y), max.x - style.FramePadding.x,
                              max.x - style.FramePadding.x, summary.c_str(), nullptr, nullptr);
    ImGui::PopID();
  }
  return chosen;
}

std::optional<Activity> activity_fields(const ViewContext& context, const Activity& activity) {
  const Catalogue& catalogue = context.catalogue;
  const ActivityType* type = catalogue.activity_type(activity.kind);
  const float label_width = ui::space(kLabelWidth);
  std::optional<Activity> changed;
  const auto change = [&]() -> Activity& {
    if (!changed) changed = activity;
    return *changed;
  };

  std::vector<std::pair<EventKind, std::string>> kinds;
  for (const ActivityType& each : catalogue.activity_types) kinds.emplace_back(each.kind, each.name);
  ui::form_label("Kind", label_width);
  if (auto kind = ui::choice_field("Kind", activity.kind, kinds)) switch_type(catalogue, change(), *kind);

  ui::form_label("Title", label_width);
  if (auto title =
          ui::text_field("Title", activity.title, {.hint = type != nullptr ? type->name.c_str() : "a short name"}))
    change().title = *title;

  ui::form_label("Date", label_width);
  const ui::DateFieldOptions date_options{.holidays = &catalogue.holidays, .today = context.today};
  if (auto day = ui::date_field("Date", activity.date, context.buffers, date_options); day && day->value)
    change().date = *day->value;
  ui::day_note(catalogue, context.plan, activity.date, label_width);

  const KindFields fields = fields_for(activity.kind);
  if (fields.who != nullptr || !activity.with_whom.empty()) {
    const char* label = fields.who != nullptr ? fields.who : "With whom";
    ui::form_label(label, label_width);
    if (auto who = ui::text_field(label, activity.with_whom, {.hint = "name"})) change().with_whom = *who;
  }
  if (fields.role != nullptr || !activity.role.empty()) {
    const char* label = fields.role != nullptr ? fields.role : "Their role";
    ui::form_label(label, label_width);
    if (auto role = ui::text_field(label, activity.role, {.hint = "e.g. Director of Nursing"})) change().role = *role;
  }
  ui::form_label(fields.focus, label_width);
  if (auto focus = ui::text_area(fields.focus, activity.focus, 2, 2000)) change().focus = *focus;
  if (activity.focus.empty()) {
    ImGui::SetCursorPosX(label_width);
    ui::muted_text(std::string("Say ") + fields.focus_hint + ".");
  }

  ui::form_label("Off-the-job hours", label_width);
  if (auto hours = ui::number_field("Off-the-job hours", activity.hours, 0, 24, context.buffers, 0, 0.5, "hours"))
    change().hours = *hours;

  const bool has_reflection = type != nullptr && !type->reflection_words.empty();
  if (has_reflection || activity.reflection_words != 0) {
    std::vector<RadioOption<int>> lengths = {{0, "None"}};
    if (type != nullptr)
      for (int words : type->reflection_words) lengths.push_back({words, std::to_string(words) + " words"});
    ui::form_label("Reflection", label_width);
    if (auto words = radio_row("reflection", activity.reflection_words, lengths)) change().reflection_words = *words;
    if (has_reflection && activity.reflection_words == 0) {
      ImGui::SetCursorPosX(label_width);
      ui::muted_text("The programme asks for a written reflection on each.");
    }
  }

  ui::form_label("Status", label_width);
  std::vector<RadioOption<ActivityStatus>> statuses;
  for (std::size_t s = 0; s < all_names<ActivityStatus>().size(); ++s) {
    const auto status = static_cast<ActivityStatus>(s);
    statuses.push_back({status, std::string(status_label(status))});
  }
  if (auto status = radio_row("status", activity.status, statuses)) change().status = *status;
  if (activity.status == ActivityStatus::planned && activity.date < context.today) {
    ImGui::SetCursorPosX(label_width);
    ui::coloured_text(ui::colours().warning, "Its day has passed: mark it done, or move it.");
  }

  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  const std::string standards_title = "Standards it evidences (" + std::to_string(activity.standards.size()) + " of " +
                                      std::to_string(catalogue.standards.size()) + ")###standards";
  if (ImGui::CollapsingHeader(standards_title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
    if (auto standards = ui::checklist("standards", standard_options(context), activity.standards))
      change().standards = *standards;
  }
  const std::string behaviours_title = "Behaviours it evidences (" + std::to_string(activity.behaviours.size()) +
                                       " of " + std::to_string(catalogue.behaviours.size()) + ")###behaviours";
  if (ImGui::CollapsingHeader(behaviours_title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
    if (auto behaviours = ui::checklist("behaviours", behaviour_options(context), activity.behaviours))
      change().behaviours = *behaviours;
  }

  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  ImGui::TextUnformatted("Notes");
  if (auto notes = ui::text_area("Notes", activity.notes, 3)) change().notes = *notes;
  return changed;
}

}  // namespace planner
