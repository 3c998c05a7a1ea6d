#include "core/plan/plan.hpp"

#include <algorithm>
#include <charconv>
#include <tuple>

namespace planner {
namespace {

// The number after `prefix-` in `id`, if `id` has exactly that form ("activity-12" → 12).
std::optional<long long> id_number(std::string_view id, std::string_view prefix) {
  if (id.size() <= prefix.size() + 1 || id.substr(0, prefix.size()) != prefix || id[prefix.size()] != '-') {
    return std::nullopt;
  }
  const std::string_view digits = id.substr(prefix.size() + 1);
  long long number = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
  if (error != std::errc() || end != digits.data() + digits.size() || number < 0) return std::nullopt;
  return number;
}

template <typename T, typename Key>
void sort_by(std::vector<T>& items, Key key) {
  const auto before = [&key](const T& a, const T& b) { return key(a) < key(b); };
  // Usually one item moved or was added: most lists are already in order.
  if (std::is_sorted(items.begin(), items.end(), before)) return;
  // Sort positions, then move each item once: items carry many strings, and swapping them
  // around inside the sort costs far more than the comparisons.
  std::vector<std::size_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return before(items[a], items[b]); });
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (const std::size_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

}  // namespace

const ModulePlacement* Plan::placement(std::string_view module_id) const {
  const auto it = std::find_if(modules.begin(), modules.end(),
                               [module_id](const ModulePlacement& p) { return p.module_id == module_id; });
  return it == modules.end() ? nullptr : &*it;
}

ModulePlacement* Plan::placement(std::string_view module_id) {
  return const_cast<ModulePlacement*>(static_cast<const Plan&>(*this).placement(module_id));
}

void sort_items(Plan& plan) {
  sort_by(plan.periods, [](const Period& p) { return std::tie(p.first, p.id); });
  sort_by(plan.modules, [](const ModulePlacement& m) { return std::tie(m.start, m.module_id); });
  sort_by(plan.dissertation.milestones, [](const Milestone& m) { return std::tie(m.due, m.id); });
  sort_by(plan.activities, [](const Activity& a) { return std::tie(a.date, a.id); });
  sort_by(plan.reviews, [](const Review& r) { return std::tie(r.date, r.id); });
  sort_by(plan.hours_log, [](const HoursEntry& h) { return std::tie(h.date, h.id); });
  sort_by(plan.review_comments, [](const ReviewComment& c) { return std::tie(c.date, c.review, c.id); });
  sort_by(plan.review_decisions, [](const ReviewDecision& d) { return std::tie(d.date, d.review); });
}

std::string next_item_id(const Plan& plan, std::string_view prefix) {
  long long largest = 0;
  const auto consider = [&](std::string_view id) {
    if (const auto number = id_number(id, prefix)) largest = std::max(largest, *number);
  };
  for (const Period& p : plan.periods) consider(p.id);
  for (const Milestone& m : plan.dissertation.milestones) consider(m.id);
  for (const Activity& a : plan.activities) consider(a.id);
  for (const Review& r : plan.reviews) consider(r.id);
  for (const HoursEntry& h : plan.hours_log) consider(h.id);
  return std::string(prefix) + "-" + std::to_string(largest + 1);
}

}  // namespace planner
