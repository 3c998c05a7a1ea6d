#pragma once
// "Export and share" (docs/product.md §13-15): the calendar (.ics), the spreadsheet (.csv)
// and the printable report as downloads, the report opened for printing, and a share link that
// carries the plan in its fragment (never sent to a server), copied to the clipboard.
//
// draw_exports runs every frame whatever the view: it takes the platform's news first (a page
// opened with a share link, compressed bytes, window.planner.shareLink()), then draws the windows
// that are open: this one, the preview of a link that arrived (shared_link.hpp) and the mentor
// review windows (review_session.hpp).
#include <string>
#include <string_view>

#include "core/files/share_link.hpp"

namespace planner {

struct ViewContext;
struct ExportState;
class ExportPort;

void draw_exports(const ViewContext& context, ExportState& state);
// The top bar's "Export" button, with the latest review decision beside it when there is one.
void draw_export_button(const ViewContext& context, ExportState& state);
// The top bar's width of draw_export_button, so the bar can make room for it.
float export_button_width(const ViewContext& context);
// Makes a share link of the plan, or of the review in progress: compressed by the platform, then
// copied to the clipboard and shown (ExportState::link), or why not (ExportState::problem).
void request_share_link(const ViewContext& context, ExportState& state, ExportPort& port, ShareKind kind);
// "sams-plan" for "Sam's plan": a name as the start of a file name (lower-case letters and digits
// joined by "-", at most about 40), or `fallback` when nothing of it is left.
std::string file_name_stem(std::string_view name, std::string_view fallback);
// window.planner.state().mode: "review" while the user reviews someone's plan, else "edit".
std::string_view exports_mode(const ExportState& state);

}  // namespace planner
