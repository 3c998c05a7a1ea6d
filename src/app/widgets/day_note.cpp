#include "app/widgets/day_note.hpp"

#include <string>

#include "app/icons.hpp"
#include "app/widgets/controls.hpp"
#include "core/calendar/availability.hpp"

namespace planner::ui {
namespace {

const char* const kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

}  // namespace

void day_note(const Catalogue& catalogue, const Plan& plan, Date day, float indent) {
  std::string note;
  bool warning = true;
  if (day.is_weekend()) {
    note = "That is a " + std::string(kWeekdays[day.iso_weekday() - 1]) + ".";
  } else if (const auto holiday = catalogue.holidays.on(day)) {
    note = "That is a bank holiday: " + holiday->title + ".";
  } else if (const Period* leave = leave_on(plan.periods, day)) {
    note = "That is during your leave" + (leave->label.empty() ? std::string() : ": " + leave->label) + ".";
  } else if (const Period* busy = busy_on(plan.periods, day)) {
    note = "That is in a busy period at work" + (busy->label.empty() ? std::string() : ": " + busy->label) + ".";
    warning = false;
  }
  if (note.empty()) return;
  ImGui::SetCursorPosX(indent);
  ImGui::PushTextWrapPos(0);
  coloured_text(warning ? colours().warning : colours().text_muted,
                (warning ? std::string(icons::kWarning) + " " : "") + note);
  ImGui::PopTextWrapPos();
}

}  // namespace planner::ui
