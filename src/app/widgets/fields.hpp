#pragma once
// Form fields over the app's immutable plan: each shows a value and returns the new value the
// frame the user changes it; the caller turns it into an Edit. Labels sit in a column to the left
// (form_label), and each field's ImGui label is "##<Name>" so planner.items() names it.
//
// Validation is part of the field: a date must be a real day, hours and words stay in range.
// While the user types, text that is not (yet) valid stays in the field, framed in the error
// colour with the reason beneath it, and does not reach the plan; leaving the field shows the
// plan's value again.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/calendar/bank_holidays.hpp"
#include "core/calendar/date.hpp"
#include "core/plan/kinds.hpp"
#include "imgui.h"

namespace planner::ui {

// Text being typed into fields that are not plain strings (dates, numbers), kept per field while
// it is invalid so the user can finish typing. Owned by the app; one per UI.
class FieldBuffers {
 public:
  // The buffer for this field, reset to `shown` whenever the field is not being edited.
  std::string& text(ImGuiID id, const std::string& shown, bool editing);

 private:
  std::unordered_map<ImGuiID, std::string> texts_;
};

// Starts a row of a form: the label in the form's label column, then the field on the same line.
void form_label(std::string_view label, float label_width);

struct TextFieldOptions {
  const char* hint = nullptr;    // shown greyed while empty
  float width = 0;               // CSS pixels; 0 fills the line
  std::size_t max_length = 500;  // characters (UTF-8 bytes); longer input is cut
};
// A one-line text field. `name` is its accessible name ("Apprentice").
std::optional<std::string> text_field(std::string_view name, const std::string& value,
                                      const TextFieldOptions& options = {});
// A multi-line text field, `lines` of text high.
std::optional<std::string> text_area(std::string_view name, const std::string& value, float lines,
                                     std::size_t max_length = 5000);

struct DateFieldOptions {
  bool optional = false;                   // may be emptied (returns an empty optional then)
  const BankHolidays* holidays = nullptr;  // shaded in the calendar
  std::optional<Date> today;               // marked in the calendar
  float width = 0;                         // of the text part; 0: wide enough for a date
};
struct DateChange {
  std::optional<Date> value;  // the new date, or none when an optional date was emptied
};
// A date typed as YYYY-MM-DD, or picked from a calendar (the button beside it: touch friendly).
std::optional<DateChange> date_field(std::string_view name, std::optional<Date> value, FieldBuffers& buffers,
                                     const DateFieldOptions& options = {});

// Whole numbers (words) and decimals (hours) within a range; typing outside it is refused with a
// message, the step buttons stay inside it.
std::optional<int> int_field(std::string_view name, int value, int min, int max, FieldBuffers& buffers, float width = 0,
                             int step = 0);
std::optional<double> number_field(std::string_view name, double value, double min, double max, FieldBuffers& buffers,
                                   float width = 0, double step = 0.5, const char* unit = nullptr);

// Hours on one day, as the hours log takes them: more than 0 and at most 24.
// The reason `text` is not such a number ("Log more than 0 hours."), or empty when it is.
std::string day_hours_problem(std::string_view text);
// The hours `text` stands for, when day_hours_problem(text) is empty.
std::optional<double> parse_day_hours(std::string_view text);
// number_field for hours on one day: typing 0, more than 24 or anything but a number is refused.
std::optional<double> day_hours_field(std::string_view name, double value, FieldBuffers& buffers, float width = 0);
// The hours of a form not submitted yet: the caller keeps the text as typed, so refused text
// stays in view, framed in the error colour, until it is put right (empty text is not called
// out). The reason (day_hours_problem) is the caller's to show where the form has room.
// Returns true the frame Enter is pressed in it.
bool day_hours_draft_field(std::string_view name, std::string& text, float width = 0);

// A choice among labelled options, as a combo box.
struct Option {
  std::string value;
  std::string label;
};
std::optional<std::string> choice_field(std::string_view name, const std::string& value,
                                        const std::vector<Option>& options, float width = 0);
// The same over a kind or status (kinds.hpp), each offered with its label.
template <NamedKind Kind>
std::optional<Kind> choice_field(std::string_view name, Kind value,
                                 const std::vector<std::pair<Kind, std::string>>& options, float width = 0) {
  std::vector<Option> named;
  for (const auto& [kind, label] : options) named.push_back({std::string(to_string(kind)), label});
  const std::optional<std::string> chosen = choice_field(name, std::string(to_string(value)), named, width);
  return chosen ? from_string<Kind>(*chosen) : std::nullopt;
}

// The calendar popup behind date_field (public for the timeline's "go to date").
std::optional<Date> date_picker_popup(const char* popup_id, std::optional<Date> value, const DateFieldOptions& options);

}  // namespace planner::ui
