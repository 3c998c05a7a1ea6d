#pragma once
// What a plan file may hold. The loader refuses anything beyond these bounds, and
// data/schema/plan.schema.json states the same figures (a unit test keeps them in step).
//
// The bounds are far above anything a real two-to-three-year plan needs (the large benchmark
// plan is three years, 60 activities, 30 reviews and 500 hours entries in about 200 KB), and low
// enough that no check, export or drawing ever meets input it cannot handle quickly. Edits must
// keep a plan inside them, or its next save would not load.
#include <cstddef>
#include <cstdint>

namespace planner::limits {

// Whole file: 4 MiB, about twenty times the large plan; read in well under 100 ms.
inline constexpr std::size_t kMaxFileBytes = 4u * 1024u * 1024u;
// Arrays and objects nested at most this deep (a plan needs 5): deep nesting is the classic way
// to overflow a recursive reader's stack.
inline constexpr std::size_t kMaxDepth = 64;
// Arrays and objects in the whole file, and keys in one object. A plan at every item limit
// below has about 16,500 arrays and objects and at most 100 keys in one object; the caps keep
// a megabyte of `{},{},…` or of keys from costing more than a few milliseconds.
inline constexpr std::size_t kMaxContainers = 20000;
inline constexpr std::size_t kMaxObjectMembers = 1000;
// Problems reported for one file before the loader stops looking.
inline constexpr std::size_t kMaxProblems = 50;

// Ids: at most this many bytes (the whole rule is item_id.hpp's).
inline constexpr std::size_t kMaxIdBytes = 64;
// Names, titles, labels, descriptions: one line, no control characters. Lengths count characters
// (Unicode code points), as JSON Schema's maxLength does.
inline constexpr std::size_t kMaxLineCharacters = 1000;
// Notes: may span lines (tabs and line breaks allowed, no other control characters).
inline constexpr std::size_t kMaxNotesCharacters = 50000;

// Items: a real plan has tens of each (the large benchmark plan: 60 activities, 30 reviews, 500
// hours entries); these are years of daily use beyond it.
inline constexpr std::size_t kMaxPeriods = 500;
inline constexpr std::size_t kMaxModules = 50;
inline constexpr std::size_t kMaxDateOverrides = 100;  // per module, and for the EPA steps
inline constexpr std::size_t kMaxMilestones = 200;
inline constexpr std::size_t kMaxActivities = 2000;
inline constexpr std::size_t kMaxReviews = 500;
inline constexpr std::size_t kMaxHoursEntries = 5000;
inline constexpr std::size_t kMaxListItems = 200;  // standards, behaviours, attendees, actions
// Mentor review (plan format 2, and the review file): comments kept in a plan or sent in one
// review, and decisions kept in a plan (one per review imported).
inline constexpr std::size_t kMaxReviewComments = 1000;
inline constexpr std::size_t kMaxReviewDecisions = 100;
// An item reference (item_ref.hpp): an event id such as "M2/f2f-1" or "finding/f2f-clash/…".
inline constexpr std::size_t kMaxItemRefBytes = 160;

// Numbers, inclusive unless said otherwise.
inline constexpr double kMaxContractedHoursPerWeek = 168;  // more than 0, at most a whole week
inline constexpr double kMaxOtjFigure = 100000;            // percent, hours a week or total hours
inline constexpr double kMaxItemHours = 168;               // one activity or one hours entry
inline constexpr std::int64_t kMaxWords = 1000000;
inline constexpr std::int64_t kMaxReflectionWords = 100000;

struct IntRange {
  std::int64_t min;
  std::int64_t max;
};
inline constexpr IntRange kMaxConcurrentModules{1, 20};
inline constexpr IntRange kMinDaysBetweenDeadlines{0, 366};
inline constexpr IntRange kReviewIntervalWeeks{1, 52};
inline constexpr IntRange kShadowingWindowMonths{1, 60};
inline constexpr IntRange kProposalModuleLatestPosition{1, 20};
inline constexpr IntRange kSchemaVersion{1, 1000000};

}  // namespace planner::limits
