#include "app/view.hpp"

namespace planner {

std::string_view view_name(View view) {
  switch (view) {
    case View::next_up: return "Next up";
    case View::timeline: return "Timeline";
    case View::modules: return "Modules";
    case View::dissertation: return "Dissertation";
    case View::activities: return "Activities";
    case View::reviews: return "Reviews";
    case View::coverage: return "Coverage";
    case View::hours: return "Hours";
  }
  return "Next up";
}

}  // namespace planner
