#include "app/item_location.hpp"

namespace planner {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

}  // namespace

View view_for_item(const Catalogue& catalogue, std::string_view id) {
  const std::string_view module_part = id.substr(0, id.find('/'));
  if (catalogue.module(module_part) != nullptr) return View::modules;
  if (starts_with(id, "milestone") || id == "dissertation") return View::dissertation;
  if (starts_with(id, "activity-")) return View::activities;
  if (starts_with(id, "review-")) return View::reviews;
  if (starts_with(id, "hours-")) return View::hours;
  if (catalogue.standard(id) != nullptr || catalogue.behaviour(id) != nullptr) return View::coverage;
  return View::timeline;  // leave and busy periods, induction, gateway and EPA steps
}

}  // namespace planner
