#include "app/views/hours_log.hpp"

#include <algorithm>
#include <string_view>

#include "app/icons.hpp"
#include "app/view_context.hpp"
#include "app/views/hours_text.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/edit_steps.hpp"
#include "app/widgets/fields.hpp"
#include "app/widgets/notice.hpp"
#include "core/plan/edits.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr std::string_view kIdPrefix = "hours-";
constexpr const char* kActiveLearningAdvice =
    "Active learning: taking part in teaching, study, shadowing, mentoring or an action learning set, rather than "
    "time set aside or a diary entry. The rule asks for some at least every few weeks.";

bool is_hours_id(std::string_view id) { return id.substr(0, kIdPrefix.size()) == kIdPrefix; }

// The log's place of an entry (plan order: by date), if it is there. A plan holds a few hundred
// entries at most: a scan is well under a microsecond.
std::optional<std::size_t> index_of(const Plan& plan, std::string_view id) {
  const auto found =
      std::find_if(plan.hours_log.begin(), plan.hours_log.end(), [&](const HoursEntry& e) { return e.id == id; });
  if (found == plan.hours_log.end()) return std::nullopt;
  return static_cast<std::size_t>(found - plan.hours_log.begin());
}

// Puts the next item on this line when `width` still fits, else on the next.
void next_in_row(float width) {
  ImGui::SameLine(0, ui::space(ui::kSpaceM));
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

float label_width(const char* label) { return ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x; }

float date_field_width() {
  const ImGuiStyle& style = ImGui::GetStyle();
  return ImGui::CalcTextSize("0000-00-00").x + style.FramePadding.x * 2 + 6 + style.ItemInnerSpacing.x +
         ImGui::GetFrameHeight();
}

void submit(const ViewContext& context, HoursLogState& state) {
  HoursLogState::Draft& draft = state.draft;
  const std::optional<double> hours = ui::parse_day_hours(draft.hours);
  if (!hours) {
    draft.tried = true;
    return;
  }
  HoursEntry entry;
  // The id the edit would give it, set here so the new row can be selected and scrolled to.
  entry.id = next_item_id(context.plan, "hours");
  entry.date = draft.date.value_or(context.today);
  entry.hours = *hours;
  entry.description = draft.description;
  entry.active_learning = draft.active_learning;
  context.apply(edits::add_hours(entry));
  // Selected in the table, but not scrolled to: the logged total above changes at once, and
  // the confirmation beneath the form says what was logged.
  context.navigation.selected = entry.id;
  state.logged = std::move(entry);
  // The date stays: several entries for one day are usual.
  draft.hours.clear();
  draft.description.clear();
  draft.tried = false;
}

void draw_logged(const ViewContext& context, HoursLogState& state) {
  if (!state.logged || !state.draft.hours.empty()) {
    state.logged.reset();
    return;
  }
  const auto index = index_of(context.plan, state.logged->id);
  if (!index) {  // undone, or not yet applied
    if (context.pending.empty()) state.logged.reset();
    return;
  }
  const HoursEntry& entry = context.plan.hours_log[*index];
  ui::coloured_text(ui::colours().success, std::string(icons::kCheck) + " Logged " + hours_text(entry.hours) + " on " +
                                               entry.date.display() + ". It is in your log below.");
  // Otherwise the totals above stay put and the entry seems lost.
  const DateRange& on_programme = context.derived.hours.requirement.on_programme;
  if (context.derived.hours.requirement.weeks > 0 && !on_programme.contains(entry.date)) {
    ImGui::PushTextWrapPos(0);
    ui::muted_text("That day is " +
                   std::string(entry.date < on_programme.first ? "before the start" : "after the gateway") + " (" +
                   on_programme.first.display() + " to " + on_programme.last.display() +
                   "): it is kept in your log but does not count towards the hours your rule asks for.");
    ImGui::PopTextWrapPos();
  }
}

void draw_removed_notice(const ViewContext& context, HoursLogState& state) {
  if (!state.removed) return;
  const HoursEntry& removed = *state.removed;
  // Undone, or restored: nothing left to offer.
  if (const auto index = index_of(context.plan, removed.id); index && context.plan.hours_log[*index] == removed) {
    state.removed.reset();
    return;
  }
  std::string message = "Deleted " + hours_text(removed.hours) + " on " + removed.date.display();
  if (!removed.description.empty()) message += " (" + removed.description + ")";
  message += ". Restore it, or press Ctrl+Z.";
  switch (ui::notice("deleted hours", message, "Restore", ui::colours().note)) {
    case ui::NoticeResponse::action:
      context.apply(edits::add_hours(removed));
      context.navigation.selected = removed.id;
      state.scroll_to = removed.id;
      state.removed.reset();
      break;
    case ui::NoticeResponse::dismiss: state.removed.reset(); break;
    case ui::NoticeResponse::none: break;
  }
}

// One entry as a table row whose cells edit it in place. Returns true while one of its fields
// has the keyboard.
bool draw_row(const ViewContext& context, HoursLogState& state, const HoursEntry& entry) {
  ImGui::PushID(entry.id.c_str());
  bool editing = false;
  const auto note_focus = [&] {
    if (ImGui::IsItemActive()) editing = true;
    if (ImGui::IsItemActivated()) context.navigation.selected = entry.id;
  };
  const auto change = [&](HoursEntry changed) {
    context.apply(ui::one_step_unless_typing(edits::update_hours(std::move(changed))));
  };

  ImGui::TableNextColumn();
  const ui::DateFieldOptions date_options{.holidays = &context.catalogue.holidays, .today = context.today};
  if (auto picked = ui::date_field("Date of " + entry.id, entry.date, context.buffers, date_options)) {
    HoursEntry changed = entry;
    changed.date = *picked->value;
    change(std::move(changed));
  }
  note_focus();

  ImGui::TableNextColumn();
  if (auto hours =
          ui::day_hours_field("Hours of " + entry.id, entry.hours, context.buffers, ImGui::GetContentRegionAvail().x)) {
    HoursEntry changed = entry;
    changed.hours = *hours;
    change(std::move(changed));
  }
  note_focus();

  ImGui::TableNextColumn();
  if (auto text = ui::text_field("What you did of " + entry.id, entry.description,
                                 {.hint = "what you did", .max_length = 1000})) {
    HoursEntry changed = entry;
    changed.description = *text;
    change(std::move(changed));
  }
  note_focus();

  ImGui::TableNextColumn();
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight()) / 2);
  bool active_learning = entry.active_learning;
  const std::string check_label = "##Active learning of " + entry.id;
  if (ImGui::Checkbox(check_label.c_str(), &active_learning)) {
    HoursEntry changed = entry;
    changed.active_learning = active_learning;
    change(std::move(changed));
  }
  note_focus();
  ImGui::SetItemTooltip("%s", kActiveLearningAdvice);

  ImGui::TableNextColumn();
  const std::string delete_name = "Delete " + entry.id;
  if (ui::icon_button(icons::kRemove, delete_name.c_str(), "Delete this entry (Restore or Ctrl+Z brings it back)")) {
    context.apply(edits::remove_hours(entry.id));
    state.removed = entry;
    if (context.navigation.selected == entry.id) context.navigation.selected.clear();
  }
  ImGui::PopID();
  return editing;
}

void draw_table(const ViewContext& context, HoursLogState& state) {
  const std::vector<HoursEntry>& log = context.plan.hours_log;
  if (state.total.revision != context.revision) {
    state.total = {.revision = context.revision, .hours = 0};
    for (const HoursEntry& entry : log) state.total.hours += entry.hours;
  }
  ui::muted_text(std::to_string(log.size()) + (log.size() == 1 ? " entry, " : " entries, ") +
                 hours_text(state.total.hours) + " in all; newest first. Change an entry by typing in it.");

  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##hours-log", 5, flags)) return;
  const float frame = ImGui::GetFrameHeight();
  ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, date_field_width());
  ImGui::TableSetupColumn("Hours", ImGuiTableColumnFlags_WidthFixed, ui::space(72));
  ImGui::TableSetupColumn("What you did", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Active learning", ImGuiTableColumnFlags_WidthFixed,
                          ImGui::CalcTextSize("Active learning").x);
  ImGui::TableSetupColumn("##Delete", ImGuiTableColumnFlags_WidthFixed, frame);
  ImGui::TableHeadersRow();

  // Rows newest first: row r shows log[count - 1 - r].
  const int count = static_cast<int>(log.size());
  const auto row_of = [count](std::size_t index) { return count - 1 - static_cast<int>(index); };
  std::optional<int> scroll_row;
  if (!state.scroll_to.empty()) {
    // An entry just added or restored appears once its edit is applied: ask again until then.
    if (const auto index = index_of(context.plan, state.scroll_to)) scroll_row = row_of(*index);
    else if (context.pending.empty()) state.scroll_to.clear();
  }
  std::optional<int> editing_row;
  if (!state.editing.empty())
    if (const auto index = index_of(context.plan, state.editing)) editing_row = row_of(*index);

  ImGuiListClipper clipper;
  clipper.Begin(count);
  if (scroll_row) clipper.IncludeItemByIndex(*scroll_row);
  // The row being typed in stays drawn even when a new date moves it out of view.
  if (editing_row) clipper.IncludeItemByIndex(*editing_row);
  std::string editing;
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const HoursEntry& entry = log[static_cast<std::size_t>(count - 1 - row)];
      ImGui::TableNextRow();
      if (context.navigation.selected == entry.id)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_Header));
      if (scroll_row == row) {
        ImGui::SetScrollHereY(0.3f);
        state.scroll_to.clear();
      }
      if (draw_row(context, state, entry)) editing = entry.id;
    }
  }
  ImGui::EndTable();
  state.editing = editing;
}

}  // namespace

void draw_hours_form(const ViewContext& context, HoursLogState& state) {
  HoursLogState::Draft& draft = state.draft;
  const ui::DateFieldOptions date_options{.holidays = &context.catalogue.holidays, .today = context.today};
  bool entered = false;

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Date");
  ImGui::SameLine();
  if (auto change = ui::date_field("Date", draft.date.value_or(context.today), context.buffers, date_options))
    draft.date = change->value;

  const float hours_width = ui::space(80);
  next_in_row(label_width("Hours") + hours_width);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Hours");
  ImGui::SameLine();
  entered |= ui::day_hours_draft_field("Hours to log", draft.hours, hours_width);
  ImGui::SetItemTooltip("Hours on that day, e.g. 1.5 for an hour and a half");

  next_in_row(ImGui::GetFrameHeight() + label_width("Active learning"));
  ImGui::Checkbox("Active learning", &draft.active_learning);
  ImGui::SetItemTooltip("%s", kActiveLearningAdvice);

  const char* log_label = "Log hours";
  const float button_width = ImGui::CalcTextSize(log_label).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("What you did");
  ImGui::SameLine();
  const float description_width =
      std::max(ui::space(160), ImGui::GetContentRegionAvail().x - button_width - ImGui::GetStyle().ItemSpacing.x);
  if (auto text = ui::text_field(
          "What you did", draft.description,
          {.hint = "e.g. Read for the Module 2 assignment", .width = description_width, .max_length = 1000}))
    draft.description = *text;
  entered |= ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGuiKey_Enter, false);
  next_in_row(button_width);
  if (ui::primary_button(log_label) || entered) submit(context, state);
  ImGui::SetItemTooltip("Adds the entry to your log (Enter in a field does the same)");

  const std::string problem = ui::day_hours_problem(draft.hours);
  if (!problem.empty() && (draft.tried || !draft.hours.empty()))
    ui::coloured_text(ui::colours().error, std::string(icons::kWarning) + " " + problem);
  if (draft.date && *draft.date > context.today)
    ui::muted_text("That day is still to come: hours are usually logged once they are done.");
  draw_logged(context, state);
}

void draw_hours_table(const ViewContext& context, HoursLogState& state) {
  Navigation& navigation = context.navigation;
  if (is_hours_id(navigation.reveal)) {
    if (index_of(context.plan, navigation.reveal)) {
      navigation.selected = navigation.reveal;
      state.scroll_to = navigation.reveal;
    }
    navigation.reveal.clear();
  }

  draw_removed_notice(context, state);
  if (context.plan.hours_log.empty()) {
    ui::empty_state(
        "No hours logged yet",
        "Off-the-job training is learning within your paid working hours that takes you away from your everyday "
        "duties: the university's teaching days and online study, reading and writing for assignments and the "
        "dissertation, shadowing, mentoring and action learning sets. Progress reviews, and work you would do "
        "anyway, do not count. Log each piece as you go with the form above: the date, the hours and what you did. "
        "Your employer and tutor check this record before the gateway.");
    return;
  }
  ImGui::BeginDisabled(context.read_only);
  draw_table(context, state);
  ImGui::EndDisabled();
}

}  // namespace planner
