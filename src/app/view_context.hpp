#pragma once
// What every view draws from and acts through. A view is a function of (plan, derived data,
// its own UI state) that draws and emits edits: it never changes the plan itself. Edits are queued
// and applied by the app after the frame (the plan and the derived data a view holds references
// to stay valid for the whole frame), so the next frame shows the change and its findings.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/fonts.hpp"
#include "app/host.hpp"
#include "app/theme.hpp"
#include "app/view.hpp"
#include "app/view_states.hpp"
#include "app/widgets/fields.hpp"
#include "core/plan/document.hpp"
#include "core/plan/plan.hpp"
#include "core/planning/derived.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

// Where the user is: the view, the item selected in it, and a request to bring an item into
// view (set by "go to" from the Checks panel, Next up or the timeline; the view scrolls to it
// and clears the request).
struct Navigation {
  View view = View::next_up;
  std::string selected;  // an event or plan item id; empty: nothing selected
  std::string reveal;    // scroll this item into view once, then clear
  void go_to(View target, std::string item) {
    view = target;
    selected = item;
    reveal = std::move(item);
  }
};

// What views ask of the app beyond editing the plan.
struct AppCommands {
  std::function<void()> explore_demo;        // open the demo plan (never the user's own data)
  std::function<std::string()> new_plan_id;  // a fresh random id for a plan being created
};

struct ViewContext {
  const Catalogue& catalogue;
  const Plan& plan;
  const Derived& derived;
  // The document's revision the derived data belongs to: views key their own per-plan caches by
  // it (it changes with every edit, undo, redo and opened plan, and never goes back).
  std::uint64_t revision;
  Date today;
  Theme theme;
  const Palette& palette;
  const Fonts& fonts;
  bool read_only;  // review and demo-reset screens, newer-version plans: no edits
  Host& host;
  Navigation& navigation;
  ViewStates& states;
  ui::FieldBuffers& buffers;
  std::vector<Edit>& pending;  // edits for the app to apply after this frame
  const AppCommands& commands;

  // Queues an edit (ignored when read-only).
  void apply(Edit edit) const {
    if (!read_only) pending.push_back(std::move(edit));
  }
};

}  // namespace planner
