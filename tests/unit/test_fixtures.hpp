#pragma once
// What every test shares, unit and app tests alike (tests/app includes it as
// "../unit/test_fixtures.hpp"): days written as ISO text, and dates printed that way when a test
// fails. The builders of plans and catalogues sit on top: plan_builders.hpp (the small
// catalogue, a plan with every field set), planning_fixtures.hpp (the shipped catalogue, plans
// with no findings) and plan_store_fixture.hpp (the plan store's storage and timestamps).
#include <ostream>
#include <string_view>

#include "core/calendar/date.hpp"

namespace planner {
// Dates print as "2027-03-01" in test failures.
inline void PrintTo(const Date& date, std::ostream* out) { *out << date.iso(); }
inline void PrintTo(const DateRange& range, std::ostream* out) {
  *out << range.first.iso() << ".." << range.last.iso();
}
}  // namespace planner

namespace planner::test {

// The day an ISO text names; the test's own text, so a typo fails loudly.
inline Date day(std::string_view iso) { return Date::parse(iso).value(); }

}  // namespace planner::test
