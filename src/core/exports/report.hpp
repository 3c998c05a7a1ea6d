#pragma once
// The printable, accessible report (docs/product.md §13, `planner-cli report`, the "Print / save as
// PDF" button): the whole plan as one self-contained HTML5 document. It is also the accessible
// view of the canvas app, so it is built for screen readers first:
//   - lang="en-GB"; one h1, an h2 per section, h3 per month; a contents list of in-page links;
//   - real tables with a <caption>, column headers (th scope="col") and a row header
//     (th scope="row") in every row; dates as <time datetime>;
//   - status and gaps said in words, never by colour alone; readable in light and in
//     forced-colours (Windows high contrast) modes;
//   - no scripts, no external requests (a Content-Security-Policy of default-src 'none' says so
//     to the browser too), inline CSS with print rules: A4 pages, each main section on a new
//     page, table headers repeated, rows not split;
//   - every piece of user text escaped and wrapped in <bdi> (report_html.hpp).
// Sections: summary (who, dates, progress, the latest review decision), the mentor review
// (decisions and comments by item, flagging items no longer in the plan), the module sequence,
// the timeline by month, the dissertation, activities, progress reviews with sign-offs, the
// checks' findings, coverage of the standards and behaviours with gaps, and off-the-job hours.
#include <string>
#include <string_view>

#include "core/plan/plan.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

// `generated_at`: an ISO 8601 timestamp (the core has no clock), shown at the foot of the report;
// std::invalid_argument when it is not one.
std::string export_report(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule,
                          std::string_view generated_at);

}  // namespace planner
