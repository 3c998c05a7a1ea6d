#pragma once
// Coverage: which L7 standards and behaviours the plan evidences, and where (the "Coverage" view,
// the report and the gateway's portfolio readiness). A pure function of (catalogue, plan).
//
// Evidence comes from three places:
//   - a module evidences the standards the catalogue maps it to, once it is placed in the plan
//     (planned) and when it is completed (done);
//   - the dissertation evidences the catalogue's dissertation standards: planned while it has
//     milestones, done when every milestone is done;
//   - an activity evidences the standards and behaviours it lists: planned, or done by its
//     status (cancelled activities evidence nothing).
// Behaviours are evidenced in the workplace, so only activities evidence them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

enum class Evidence { none, planned, done };
std::string_view to_string(Evidence evidence);  // "none", "planned", "done"

// Something that evidences standards or behaviours: one column of the matrix.
struct CoverageColumn {
  enum class Kind { module, dissertation, activity };
  Kind kind = Kind::module;
  std::string id;                          // module id ("M2"), "dissertation", or the activity's id
  std::string title;                       // "Module 2: Understanding Organisational Performance", the activity's title
  std::optional<EventKind> activity_kind;  // activity columns: the activity's kind; else unset
  std::optional<Date> date;                // activity columns: its day
  Evidence status = Evidence::none;        // how far it has got (none: a module not placed in the plan)
};

// One standard or behaviour: one row of the matrix.
struct CoverageRow {
  enum class Kind { standard, behaviour };
  Kind kind = Kind::standard;
  std::string id;     // catalogue Standard or Behaviour id
  std::string label;  // the standard's statement or the behaviour's name
  // Standards: where the programme says the modules need backing up with workplace evidence
  // (catalogue Standard::evidence_note; empty when the modules cover it). `workplace_evidence`
  // is how that stands: the best of the activity cells alone, so a standard the modules cover
  // can still show that its workplace evidence is missing.
  std::string evidence_note;
  Evidence workplace_evidence = Evidence::none;
  std::vector<Evidence> cells;       // one per column: the column's status where it evidences this row, else none
  int planned = 0;                   // columns evidencing this row that are planned and not yet done
  int done = 0;                      // columns evidencing this row that are done
  Evidence status = Evidence::none;  // the best of its cells; none is a gap
  bool gap() const { return status == Evidence::none; }
};

// Readiness of the portfolio for the gateway. A piece of evidence is a column that evidences at
// least one standard or behaviour: a module, the dissertation or an activity.
struct PortfolioReadiness {
  int target = 0;   // pieces the catalogue's portfolio step expects (about 18); 0 if it names none
  int done = 0;     // pieces done
  int planned = 0;  // pieces planned and not yet done
  int standards_total = 0;
  int standards_done = 0;  // standards with at least one piece of evidence done
  int behaviours_total = 0;
  int behaviours_done = 0;
  // Enough pieces done, and every standard and behaviour evidenced by something done.
  bool ready = false;
};

struct Coverage {
  std::vector<CoverageColumn> columns;  // catalogue modules in order, the dissertation, then activities by date
  std::vector<CoverageRow> rows;        // standards in catalogue order, then behaviours
  PortfolioReadiness portfolio;

  const CoverageRow* row(std::string_view id) const;
  int gaps() const;  // rows with no evidence planned or done
};

Coverage compute_coverage(const Catalogue& catalogue, const Plan& plan);

}  // namespace planner
