#pragma once
// The Checks panel: every finding with its severity, its plain-English reason, the items it
// involves (click one to go there) and its fix as a button. Always one click away from any view.
namespace planner {

struct ViewContext;

void draw_checks_panel(const ViewContext& context);

}  // namespace planner
