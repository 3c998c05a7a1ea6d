#include "core/programme/sample_plans.hpp"

#include <algorithm>
#include <array>

#include "core/calendar/availability.hpp"
#include "core/plan/edits.hpp"
#include "core/planning/autoplan.hpp"

namespace planner {
namespace {

constexpr std::size_t kActivities = 60;
constexpr std::size_t kReviews = 30;
constexpr std::size_t kHoursEntries = 500;

}  // namespace

Plan make_large_plan(const Catalogue& catalogue) {
  const Date start = Date::from_ymd(2027, 1, 4).value();
  AutoplanRequest request;
  request.start = start;
  request.profile.intended_end = start.plus_months(36);
  for (int year = 2027; year <= 2029; ++year) {
    const Date august = Date::from_ymd(year, 8, 1)->monday_on_or_after();
    request.periods.push_back(Period{"", PeriodKind::leave, "Summer holiday", august, august.plus_days(13)});
    request.periods.push_back(
        Period{"", PeriodKind::leave, "Christmas", *Date::from_ymd(year, 12, 24), *Date::from_ymd(year + 1, 1, 1)});
    request.periods.push_back(
        Period{"", PeriodKind::busy, "Winter pressures", *Date::from_ymd(year, 1, 11), *Date::from_ymd(year, 1, 22)});
  }
  // The auto-planner cannot fail for this request; an empty plan would only make the
  // measurements meaningless, and the unit tests check the sizes.
  Plan plan = autoplan(catalogue, request).plan.value_or(Plan{});
  plan.id = "large-plan";
  plan.name = "Large plan (three years)";
  const Date gateway = plan.end_point.gateway.value_or(*plan.profile.intended_end);

  // Reviews every five weeks instead of six: thirty of them.
  plan.reviews.clear();
  Date previous = start;
  while (plan.reviews.size() < kReviews) {
    const Date day = free_day_on_or_before(catalogue, plan.periods, previous.plus_weeks(5), previous)
                         .value_or(previous.plus_weeks(5));
    Review review;
    review.id = "review-" + std::to_string(plan.reviews.size() + 1);
    review.date = day;
    review.attendees = catalogue.review_attendees;
    review.notes = "Progress against the training plan reviewed";
    review.actions = {"Update the portfolio", "Book the next shadowing"};
    review.apprentice = SignOff{true, "Apprentice", day};
    plan.reviews.push_back(std::move(review));
    previous = day;
  }

  // Guest sessions and diary entries, evenly spread, until there are sixty activities.
  std::sort(plan.activities.begin(), plan.activities.end(),
            [](const Activity& a, const Activity& b) { return a.date < b.date; });
  if (plan.activities.size() > kActivities) plan.activities.resize(kActivities);
  const std::size_t missing = kActivities - plan.activities.size();
  const int span = days_between(start, gateway);
  for (std::size_t i = 0; i < missing; ++i) {
    const Date target =
        start.plus_days(static_cast<int>(span * static_cast<long>(i + 1) / static_cast<long>(missing + 1)));
    Activity activity = edits::new_activity(catalogue, i % 2 == 0 ? EventKind::guest_session : EventKind::diary,
                                            free_day_on_or_after(catalogue, plan.periods, target).value_or(target));
    activity.id = next_item_id(plan, "activity");
    activity.title = i % 2 == 0 ? "Guest speaker: integrated care in practice" : "Diary: reflections on the month";
    plan.activities.push_back(std::move(activity));
  }

  // Five hundred logged entries: two of every three free days from the start.
  static constexpr std::array<const char*, 4> kWhat = {"Reading for the current module", "Writing the assignment",
                                                       "Dissertation fieldwork", "Portfolio evidence"};
  int free_days = 0;
  for (Date day = start; plan.hours_log.size() < kHoursEntries; day = day.plus_days(1)) {
    if (!is_free_day(catalogue, plan.periods, day) || free_days++ % 3 == 2) continue;
    const std::size_t n = plan.hours_log.size();
    plan.hours_log.push_back(
        HoursEntry{"hours-" + std::to_string(n + 1), day, n % 2 == 0 ? 1.5 : 3.0, kWhat[n % kWhat.size()], n % 5 != 4});
  }
  sort_items(plan);
  return plan;
}

}  // namespace planner
