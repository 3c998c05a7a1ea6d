#include "app/views/next_up.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "app/event_colours.hpp"
#include "app/icons.hpp"
#include "app/item_location.hpp"
#include "app/view_context.hpp"
#include "app/widgets/controls.hpp"
#include "core/plan/edits.hpp"
#include "core/planning/event_details.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr int kWeeksAhead = 6;

// Something past its day that is not done, with the one-click way to record that it is.
struct Overdue {
  std::string id;
  EventKind kind;
  std::string title;
  Date day;
  std::string action;  // "Mark done", "Mark submitted"; empty: nothing to record here
  std::optional<Edit> edit;
};

std::vector<Overdue> find_overdue(const ViewContext& context) {
  const Plan& plan = context.plan;
  const Date today = context.today;
  std::vector<Overdue> overdue;
  for (const ModulePlacement& placement : plan.modules) {
    if (placement.completed) continue;
    const Event* due = context.derived.schedule.find(placement.module_id + "/assignment");
    if (due != nullptr && due->start < today)
      overdue.push_back({due->id, due->kind, due->title, due->start, "Mark submitted",
                         edits::set_module_completed(context.catalogue, placement.module_id, true)});
  }
  for (const Milestone& milestone : plan.dissertation.milestones) {
    if (milestone.status == MilestoneStatus::done || milestone.due >= today) continue;
    Milestone done = milestone;
    done.status = MilestoneStatus::done;
    overdue.push_back({"milestone/" + milestone.id, EventKind::dissertation_milestone, milestone.title, milestone.due,
                       "Mark done", edits::update_milestone(done)});
  }
  for (const Activity& activity : plan.activities) {
    if (activity.status != ActivityStatus::planned || activity.date >= today) continue;
    Activity done = activity;
    done.status = ActivityStatus::done;
    overdue.push_back({activity.id, activity.kind, activity.title, activity.date, "Mark done",
                       edits::update_activity(context.catalogue, done)});
  }
  for (const Review& review : plan.reviews) {
    if (review.date >= today || (review.apprentice.signed_off && review.mentor.signed_off && review.tutor.signed_off))
      continue;
    overdue.push_back({review.id, EventKind::review, "Progress review: sign-off outstanding", review.date, "", {}});
  }
  std::sort(overdue.begin(), overdue.end(), [](const Overdue& a, const Overdue& b) { return a.day < b.day; });
  return overdue;
}

bool worth_listing(const Event& event) {
  return event.kind != EventKind::module && event.kind != EventKind::leave && event.kind != EventKind::busy;
}

void kind_marker(const ViewContext& context, EventKind kind) {
  ui::coloured_text(event_colour(kind, context.theme), icons::kDot);
  ImGui::SameLine();
}

void go_to_button(const ViewContext& context, const std::string& id) {
  const std::string label = std::string("Open##") + id;
  if (ImGui::SmallButton(label.c_str())) context.navigation.go_to(view_for_item(context.catalogue, id), id);
}

void draw_explanation(const ViewContext& context) {
  std::vector<std::string>& lines = context.states.plan_explanation;
  if (lines.empty()) return;
  if (ImGui::CollapsingHeader("How this plan was built", ImGuiTreeNodeFlags_DefaultOpen)) {
    for (const std::string& line : lines) {
      ImGui::Bullet();
      ui::wrapped_text(line);
    }
    if (ImGui::SmallButton("Hide this explanation")) lines.clear();
  }
}

void draw_overdue(const ViewContext& context) {
  const std::vector<Overdue> overdue = find_overdue(context);
  ui::section_title(context.fonts.bold, "Overdue");
  if (overdue.empty()) {
    ui::muted_text(std::string(icons::kCheck) + " Nothing overdue.");
    return;
  }
  if (!ImGui::BeginTable("##overdue", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX)) return;
  ImGui::TableSetupColumn("When", ImGuiTableColumnFlags_WidthFixed, ui::space(130));
  ImGui::TableSetupColumn("What", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Action", ImGuiTableColumnFlags_WidthFixed, ui::space(130));
  ImGui::TableSetupColumn("Open", ImGuiTableColumnFlags_WidthFixed, ui::space(60));
  for (const Overdue& item : overdue) {
    ImGui::PushID(item.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ui::coloured_text(ui::colours().error, item.day.display());
    ImGui::TableNextColumn();
    kind_marker(context, item.kind);
    ui::wrapped_text(item.title);
    ImGui::TableNextColumn();
    if (item.edit && !context.read_only && ImGui::SmallButton(item.action.c_str())) context.apply(*item.edit);
    ImGui::TableNextColumn();
    go_to_button(context, item.id);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

std::string week_heading(Date week, Date this_week) {
  const int weeks = days_between(this_week, week) / 7;
  if (weeks == 0) return "This week";
  if (weeks == 1) return "Next week";
  return "Week of " + week.display();
}

void draw_upcoming(const ViewContext& context) {
  ui::section_title(context.fonts.bold, "Coming up in the next " + std::to_string(kWeeksAhead) + " weeks");
  const Date this_week = context.today.monday_on_or_before();
  const Date horizon = this_week.plus_weeks(kWeeksAhead);
  Date shown_week;
  bool any = false;
  for (const Event& event : context.derived.schedule.events) {
    if (!worth_listing(event) || event.end < context.today || event.start >= horizon) continue;
    const Date week = std::max(event.start, context.today).monday_on_or_before();
    if (!any || week != shown_week) {
      ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
      ImGui::PushFont(context.fonts.bold);
      ImGui::TextUnformatted(week_heading(week, this_week).c_str());
      ImGui::PopFont();
      shown_week = week;
    }
    any = true;
    ImGui::PushID(event.id.c_str());
    kind_marker(context, event.kind);
    ImGui::TextUnformatted(event.start.display().c_str());
    ImGui::SameLine(ui::space(150));
    ImGui::TextUnformatted(event.title.c_str());
    ImGui::SameLine();
    ui::muted_text(kind_label(event.kind));
    ImGui::SameLine();
    go_to_button(context, event.id);
    ImGui::PopID();
  }
  if (!any) ui::muted_text("Nothing planned in the next weeks.");
}

void progress_row(const char* label, float fraction, const std::string& detail) {
  ImGui::TextUnformatted(label);
  ImGui::SameLine(ui::space(200));
  ImGui::ProgressBar(std::clamp(fraction, 0.0f, 1.0f), ImVec2(ui::space(220), 0), "");
  ImGui::SameLine();
  ImGui::TextUnformatted(detail.c_str());
}

void draw_progress(const ViewContext& context) {
  const Plan& plan = context.plan;
  const Catalogue& catalogue = context.catalogue;
  ui::section_title(context.fonts.bold, "Progress");

  const auto completed =
      std::count_if(plan.modules.begin(), plan.modules.end(), [](const ModulePlacement& p) { return p.completed; });
  const int module_count = static_cast<int>(catalogue.modules.size());
  progress_row("Modules", module_count ? static_cast<float>(completed) / static_cast<float>(module_count) : 0,
               std::to_string(completed) + " of " + std::to_string(module_count) + " submitted");

  int words = 0;
  for (const Milestone& milestone : plan.dissertation.milestones) words += milestone.words;
  progress_row("Dissertation",
               static_cast<float>(words) / static_cast<float>(std::max(1, catalogue.dissertation.words)),
               std::to_string(words) + " of " + std::to_string(catalogue.dissertation.words) + " words");

  int reviews_due = 0, reviews_signed = 0;
  for (const Review& review : plan.reviews) {
    if (review.date > context.today) continue;
    ++reviews_due;
    if (review.apprentice.signed_off && review.mentor.signed_off && review.tutor.signed_off) ++reviews_signed;
  }
  progress_row("Progress reviews",
               reviews_due ? static_cast<float>(reviews_signed) / static_cast<float>(reviews_due) : 0,
               std::to_string(reviews_signed) + " of " + std::to_string(reviews_due) + " held so far signed off");

  const PortfolioReadiness& portfolio = context.derived.coverage.portfolio;
  progress_row("Portfolio evidence",
               portfolio.target ? static_cast<float>(portfolio.done) / static_cast<float>(portfolio.target) : 0,
               std::to_string(portfolio.done) + " of about " + std::to_string(portfolio.target) + " pieces done");
}

void draw_checks_summary(const ViewContext& context) {
  const FindingCounts& counts = context.derived.counts;
  if (counts.errors == 0 && counts.warnings == 0) return;
  ui::section_title(context.fonts.bold, "Needs attention");
  const std::string summary = std::to_string(counts.errors) + (counts.errors == 1 ? " error and " : " errors and ") +
                              std::to_string(counts.warnings) + (counts.warnings == 1 ? " warning" : " warnings") +
                              " in the plan.";
  ui::coloured_text(counts.errors > 0 ? ui::colours().error : ui::colours().warning, summary);
  ImGui::SameLine();
  if (ImGui::SmallButton("Open Checks")) context.states.checks_open = true;
}

}  // namespace

void draw_next_up(const ViewContext& context) {
  const std::string who = context.plan.profile.apprentice.empty() ? "" : " for " + context.plan.profile.apprentice;
  ui::view_header(context.fonts.heading, "Next up",
                  "Today is " + context.today.display() + ": what is due" + who +
                      ", what is overdue, and how far the plan has come.");
  draw_explanation(context);
  draw_checks_summary(context);
  draw_overdue(context);
  draw_upcoming(context);
  draw_progress(context);
}

}  // namespace planner
