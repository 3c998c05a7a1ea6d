#include "app/widgets/fields.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "app/automation.hpp"
#include "app/icons.hpp"
#include "app/widgets/controls.hpp"
#include "imgui_internal.h"
#include "imgui_stdlib.h"

namespace planner::ui {
namespace {

std::string hidden_label(std::string_view name) { return "##" + std::string(name); }

float field_width(float requested) { return requested > 0 ? requested : -FLT_MIN; }

// The reason a field's text is refused, beneath it, in the error colour.
void field_error(const char* message) {
  ImGui::PushStyleColor(ImGuiCol_Text, colours().error);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(message);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

// Frames a field red while its text is refused.
struct InvalidFrame {
  explicit InvalidFrame(bool invalid) : active(invalid) {
    if (!active) return;
    ImGui::PushStyleColor(ImGuiCol_Border, colours().error);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
  }
  ~InvalidFrame() {
    if (!active) return;
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
  }
  InvalidFrame(const InvalidFrame&) = delete;
  InvalidFrame& operator=(const InvalidFrame&) = delete;
  bool active;
};

std::string format_number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

std::optional<double> parse_number(std::string_view view) {
  const std::string text(view);
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

// Why typed text is refused (empty: it is accepted), for number fields with different rules.
using NumberCheck = std::string (*)(std::string_view text, double min, double max);

std::string range_problem(std::string_view text, double min, double max) {
  const std::optional<double> typed = parse_number(text);
  if (typed && *typed >= min && *typed <= max) return "";
  return "Type a number from " + format_number(min) + " to " + format_number(max) + ".";
}

std::string day_hours_check(std::string_view text, double, double) { return day_hours_problem(text); }

// A number typed as text, kept in `buffers` while it is refused; the plan's value comes back
// when the field is left. The plan takes the number when the edit ends (Enter, Tab or a click
// elsewhere), not digit by digit: typing 99999 passes through 9999, which nobody meant to keep
// once the whole number is refused. Steps stay within [min, max].
std::optional<double> checked_number_field(std::string_view name, double value, double min, double max,
                                           NumberCheck check, FieldBuffers& buffers, float width, double step,
                                           const char* unit) {
  ImGui::PushID(name.data(), name.data() + name.size());
  const std::string label = hidden_label(name);
  const ImGuiID id = ImGui::GetID(label.c_str());
  // A click on an item drawn before this field takes the keyboard before the field is drawn: its
  // text is still wanted on that frame, the one where the edit ends.
  const bool editing = ImGui::GetActiveID() == id || GImGui->ActiveIdPreviousFrame == id;
  std::string& text = buffers.text(id, format_number(value), editing);
  std::string problem = check(text, min, max);
  std::optional<double> change;
  {
    InvalidFrame frame(!problem.empty());
    ImGui::SetNextItemWidth(width > 0 ? width : ImGui::CalcTextSize("000000").x + ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::InputText(label.c_str(), &text, ImGuiInputTextFlags_CharsDecimal)) problem = check(text, min, max);
    if (ImGui::IsItemDeactivatedAfterEdit() && problem.empty()) {
      const std::optional<double> parsed = parse_number(text);
      if (parsed && *parsed != value) change = *parsed;
    }
    automation::mark_last_item_text_field();
  }
  if (step > 0) {
    const float button = ImGui::GetFrameHeight();
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::BeginDisabled(value - step < min);
    if (ImGui::Button(("-##Less " + std::string(name)).c_str(), ImVec2(button, button)))
      change = std::max(min, value - step);
    ImGui::EndDisabled();
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::BeginDisabled(value + step > max);
    if (ImGui::Button(("+##More " + std::string(name)).c_str(), ImVec2(button, button)))
      change = std::min(max, value + step);
    ImGui::EndDisabled();
  }
  if (unit != nullptr) {
    ImGui::SameLine();
    ImGui::TextUnformatted(unit);
  }
  if (!problem.empty()) field_error(problem.c_str());
  ImGui::PopID();
  return change;
}

const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

}  // namespace

std::string& FieldBuffers::text(ImGuiID id, const std::string& shown, bool editing) {
  std::string& text = texts_[id];
  if (!editing) text = shown;
  return text;
}

void form_label(std::string_view label, float label_width) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
  ImGui::SameLine(label_width);
}

std::optional<std::string> text_field(std::string_view name, const std::string& value,
                                      const TextFieldOptions& options) {
  std::string text = value;
  ImGui::SetNextItemWidth(field_width(options.width));
  const std::string label = hidden_label(name);
  const bool changed = options.hint != nullptr ? ImGui::InputTextWithHint(label.c_str(), options.hint, &text)
                                               : ImGui::InputText(label.c_str(), &text);
  automation::mark_last_item_text_field();
  if (!changed) return std::nullopt;
  if (text.size() > options.max_length) text.resize(options.max_length);
  return text;
}

std::optional<std::string> text_area(std::string_view name, const std::string& value, float lines,
                                     std::size_t max_length) {
  std::string text = value;
  const std::string label = hidden_label(name);
  const bool changed = ImGui::InputTextMultiline(
      label.c_str(), &text,
      ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2));
  automation::mark_last_item_text_field();
  if (!changed) return std::nullopt;
  if (text.size() > max_length) text.resize(max_length);
  return text;
}

std::optional<DateChange> date_field(std::string_view name, std::optional<Date> value, FieldBuffers& buffers,
                                     const DateFieldOptions& options) {
  ImGui::PushID(name.data(), name.data() + name.size());
  // The accessible name goes on the text box: it is what a test or a person types into.
  const std::string label = hidden_label(name);
  const ImGuiID id = ImGui::GetID(label.c_str());
  std::string& text = buffers.text(id, value ? value->iso() : "", ImGui::GetActiveID() == id);

  const std::optional<Date> typed = Date::parse(text);
  const bool invalid = !typed && !(options.optional && text.empty());
  std::optional<DateChange> change;
  {
    InvalidFrame frame(invalid);
    ImGui::SetNextItemWidth(options.width > 0
                                ? options.width
                                : ImGui::CalcTextSize("0000-00-00").x + ImGui::GetStyle().FramePadding.x * 2 + 6);
    if (ImGui::InputTextWithHint(label.c_str(), "YYYY-MM-DD", &text, ImGuiInputTextFlags_CharsNoBlank)) {
      const std::optional<Date> parsed = Date::parse(text);
      if (parsed && parsed != value) change = DateChange{parsed};
      else if (text.empty() && options.optional && value) change = DateChange{std::nullopt};
    }
    automation::mark_last_item_text_field();
  }
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  const std::string picker_label = std::string(icons::kDown) + "##Pick " + std::string(name);
  if (ImGui::Button(picker_label.c_str())) ImGui::OpenPopup("##calendar");
  ImGui::SetItemTooltip("Pick %.*s from a calendar", static_cast<int>(name.size()), name.data());
  if (const std::optional<Date> picked = date_picker_popup("##calendar", typed ? typed : value, options)) {
    text = picked->iso();
    if (picked != value) change = DateChange{picked};
  }
  if (invalid) field_error(text.empty() ? "A date is needed here." : "Type a real day as YYYY-MM-DD, e.g. 2027-03-01.");
  ImGui::PopID();
  return change;
}

std::optional<Date> date_picker_popup(const char* popup_id, std::optional<Date> value,
                                      const DateFieldOptions& options) {
  if (!ImGui::BeginPopup(popup_id)) return std::nullopt;
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID month_key = ImGui::GetID("##shown-month");
  // The month shown, kept while the popup is open: days since epoch of its first day.
  const Date fallback = value.value_or(options.today.value_or(Date::from_ymd(2027, 1, 1).value()));
  if (ImGui::IsWindowAppearing())
    storage->SetInt(month_key, Date::from_ymd(fallback.year(), fallback.month(), 1)->days_since_epoch());
  const Date first = Date::from_days_since_epoch(storage->GetInt(month_key, fallback.days_since_epoch()));

  std::optional<Date> picked;
  if (ImGui::ArrowButton("##Previous month", ImGuiDir_Left))
    storage->SetInt(month_key, first.plus_months(-1).days_since_epoch());
  ImGui::SameLine();
  char title[32];
  std::snprintf(title, sizeof title, "%s %d", kMonthNames[first.month() - 1], first.year());
  const float title_width = ImGui::CalcTextSize("September 2027").x;
  const float title_x = ImGui::GetCursorPosX();
  ImGui::SetCursorPosX(title_x + (title_width - ImGui::CalcTextSize(title).x) / 2);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(title);
  ImGui::SameLine(title_x + title_width + ImGui::GetStyle().ItemSpacing.x);
  if (ImGui::ArrowButton("##Next month", ImGuiDir_Right))
    storage->SetInt(month_key, first.plus_months(1).days_since_epoch());

  if (ImGui::BeginTable("##days", 7, ImGuiTableFlags_SizingFixedSame)) {
    for (const char* weekday : {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"}) {
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", weekday);
    }
    const Date grid_start = first.monday_on_or_before();
    const float cell = ImGui::GetFrameHeight() + 4;
    for (int index = 0; index < 42; ++index) {
      const Date day = grid_start.plus_days(index);
      if (index % 7 == 0 && day.month() != first.month() && day > first) break;
      ImGui::TableNextColumn();
      const bool in_month = day.month() == first.month();
      const bool selected = value && *value == day;
      const bool holiday = options.holidays != nullptr && options.holidays->is_holiday(day);
      char label[16];
      std::snprintf(label, sizeof label, "%u##%d", day.day(), day.days_since_epoch());
      if (!in_month || day.is_weekend() || holiday) ImGui::PushStyleColor(ImGuiCol_Text, colours().text_muted);
      if (ImGui::Selectable(label, selected, ImGuiSelectableFlags_None, ImVec2(cell, cell))) picked = day;
      if (!in_month || day.is_weekend() || holiday) ImGui::PopStyleColor();
      if (holiday) ImGui::SetItemTooltip("%s: %s", day.display().c_str(), options.holidays->on(day)->title.c_str());
      if (options.today && *options.today == day) {
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddRect(min, max, ImGui::GetColorU32(colours().accent), 4, 0, 1.5f);
      }
    }
    ImGui::EndTable();
  }
  if (picked) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return picked;
}

std::optional<int> int_field(std::string_view name, int value, int min, int max, FieldBuffers& buffers, float width,
                             int step) {
  const std::optional<double> changed = number_field(name, value, min, max, buffers, width, step, nullptr);
  if (!changed) return std::nullopt;
  return static_cast<int>(std::lround(*changed));
}

std::optional<double> number_field(std::string_view name, double value, double min, double max, FieldBuffers& buffers,
                                   float width, double step, const char* unit) {
  return checked_number_field(name, value, min, max, range_problem, buffers, width, step, unit);
}

std::string day_hours_problem(std::string_view text) {
  if (text.empty()) return "Type the hours, e.g. 1.5.";
  const std::optional<double> hours = parse_number(text);
  if (!hours) return "Type the hours as a number, e.g. 1.5.";
  if (*hours <= 0) return "Log more than 0 hours.";
  if (*hours > 24) return "A day has at most 24 hours.";
  return "";
}

std::optional<double> parse_day_hours(std::string_view text) {
  if (!day_hours_problem(text).empty()) return std::nullopt;
  return parse_number(text);
}

std::optional<double> day_hours_field(std::string_view name, double value, FieldBuffers& buffers, float width) {
  return checked_number_field(name, value, 0, 24, day_hours_check, buffers, width, 0, nullptr);
}

bool day_hours_draft_field(std::string_view name, std::string& text, float width) {
  ImGui::PushID(name.data(), name.data() + name.size());
  const std::string problem = text.empty() ? "" : day_hours_problem(text);
  {
    InvalidFrame frame(!problem.empty());
    ImGui::SetNextItemWidth(width > 0 ? width : ImGui::CalcTextSize("000000").x + ImGui::GetStyle().FramePadding.x * 2);
    ImGui::InputTextWithHint(hidden_label(name).c_str(), "e.g. 1.5", &text, ImGuiInputTextFlags_CharsDecimal);
    automation::mark_last_item_text_field();
  }
  // Enter ends the edit (the field lets go of the keyboard), as in every single-line field.
  const bool entered = ImGui::IsItemDeactivated() &&
                       (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false));
  ImGui::PopID();
  return entered;
}

std::optional<std::string> choice_field(std::string_view name, const std::string& value,
                                        const std::vector<Option>& options, float width) {
  const auto current = std::find_if(options.begin(), options.end(), [&](const Option& o) { return o.value == value; });
  const std::string preview = current != options.end() ? current->label : value;
  ImGui::SetNextItemWidth(field_width(width));
  std::optional<std::string> change;
  const bool open = ImGui::BeginCombo(hidden_label(name).c_str(), preview.c_str());
  automation::name_last_item(name);  // combos report no label of their own (no-op while open)
  if (open) {
    for (const Option& option : options) {
      const bool selected = option.value == value;
      if (ImGui::Selectable(option.label.c_str(), selected) && !selected) change = option.value;
      if (selected) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
  }
  return change;
}

}  // namespace planner::ui
