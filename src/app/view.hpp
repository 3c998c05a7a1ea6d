#pragma once
// The app's views, in navigation order, named exactly as docs/product.md "Interfaces" names them.
#include <array>
#include <string_view>

namespace planner {

enum class View { next_up, timeline, modules, dissertation, activities, reviews, coverage, hours };

inline constexpr std::array kAllViews{View::next_up,    View::timeline, View::modules,  View::dissertation,
                                      View::activities, View::reviews,  View::coverage, View::hours};

// "Next up", "Timeline", "Modules", "Dissertation", "Activities", "Reviews", "Coverage", "Hours".
std::string_view view_name(View view);

}  // namespace planner
