#pragma once
// Which view shows an item, from its id (an event id such as "M2/f2f-1", "milestone/ethics",
// "epa/portfolio", or a plan item id such as "activity-3", "review-4", "leave-1", a standard or
// behaviour id, or "dissertation"): where "go to" from the Checks panel, Next up and the mentor's
// comments leads.
#include <string_view>

#include "app/view.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

View view_for_item(const Catalogue& catalogue, std::string_view id);

}  // namespace planner
