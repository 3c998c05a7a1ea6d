#pragma once
// Opening a share link (docs/product.md §15): a plan or a review arrives in the page's address (or is
// pasted), is decoded and unpacked, and is shown as a preview before anything changes:
//   - a plan: "Review this plan" (read-only, review_session.hpp), "Replace my plan with this one"
//     (asked twice, one undo step, so Ctrl+Z brings the user's own plan back), or cancel;
//   - a review of the user's plan: what it would change, then "Import the review" (one undo
//     step) or not now; a review file chosen or dropped (App::receive_file) takes the same path;
//   - a malformed, altered, newer or unloadable link: what is wrong and what to do, and nothing
//     of the user's changes.
#include <string>

#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"
#include "core/review/mentor_review.hpp"

namespace planner {

struct ViewContext;
struct ExportState;
class ExportPort;

// Starts opening `address` (a full link, or a fragment). An address that carries no share link is
// ignored unless `pasted` (then the user is told).
void open_shared_link(const ViewContext& context, ExportState& state, ExportPort& port, const std::string& address,
                      bool pasted = false);
// The unpacked text of the link being opened, or why it could not be unpacked.
void take_unpacked(const ViewContext& context, ExportState& state, const std::string& text);
void take_unpack_failure(ExportState& state, const std::string& why);

// A review the user chose or dropped as a file (App::receive_file refuses bad ones first): the same
// preview and import as a review link.
void open_review_file(const Catalogue& catalogue, const Plan& mine, ExportState& state, MentorReview review);

// The preview and the questions, as a modal window, while a link or review file is being opened.
void draw_incoming_link(const ViewContext& context, ExportState& state, ExportPort& port);

}  // namespace planner
