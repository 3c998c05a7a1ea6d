#include "core/planning/coverage.hpp"

#include <algorithm>

namespace planner {
namespace {

Evidence best(Evidence a, Evidence b) { return static_cast<int>(a) >= static_cast<int>(b) ? a : b; }

bool lists(const std::vector<std::string>& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

Evidence module_status(const Plan& plan, std::string_view module_id) {
  const auto placed = std::find_if(plan.modules.begin(), plan.modules.end(),
                                   [&](const ModulePlacement& p) { return p.module_id == module_id; });
  if (placed == plan.modules.end()) return Evidence::none;
  return placed->completed ? Evidence::done : Evidence::planned;
}

Evidence dissertation_status(const Plan& plan) {
  const auto& milestones = plan.dissertation.milestones;
  if (milestones.empty()) return Evidence::none;
  const bool all_done = std::all_of(milestones.begin(), milestones.end(),
                                    [](const Milestone& m) { return m.status == MilestoneStatus::done; });
  return all_done ? Evidence::done : Evidence::planned;
}

// A column and what it evidences, while the matrix is being built.
struct Source {
  CoverageColumn column;
  std::vector<std::string> standards;
  std::vector<std::string> behaviours;
};

std::vector<Source> sources_of(const Catalogue& catalogue, const Plan& plan) {
  std::vector<Source> sources;
  for (const Module& module : catalogue.modules) {
    CoverageColumn column;
    column.kind = CoverageColumn::Kind::module;
    column.id = module.id;
    column.title = "Module " + std::to_string(module.number) + ": " + module.title;
    column.status = module_status(plan, module.id);
    sources.push_back(Source{std::move(column), module.standards, {}});
  }
  CoverageColumn dissertation;
  dissertation.kind = CoverageColumn::Kind::dissertation;
  dissertation.id = "dissertation";
  dissertation.title = catalogue.dissertation.title;
  dissertation.status = dissertation_status(plan);
  sources.push_back(Source{std::move(dissertation), catalogue.dissertation.standards, {}});

  for (const Activity& activity : plan.activities) {
    if (activity.status == ActivityStatus::cancelled || (activity.standards.empty() && activity.behaviours.empty()))
      continue;
    CoverageColumn column;
    column.kind = CoverageColumn::Kind::activity;
    column.id = activity.id;
    column.title = activity.title;
    column.activity_kind = activity.kind;
    column.date = activity.date;
    column.status = activity.status == ActivityStatus::done ? Evidence::done : Evidence::planned;
    sources.push_back(Source{std::move(column), activity.standards, activity.behaviours});
  }
  return sources;
}

CoverageRow make_row(CoverageRow::Kind kind, std::string id, std::string label, const std::vector<Source>& sources) {
  CoverageRow row;
  row.kind = kind;
  row.id = std::move(id);
  row.label = std::move(label);
  row.cells.reserve(sources.size());
  for (const Source& source : sources) {
    const auto& ids = kind == CoverageRow::Kind::standard ? source.standards : source.behaviours;
    const Evidence cell = lists(ids, row.id) ? source.column.status : Evidence::none;
    row.cells.push_back(cell);
    if (source.column.kind == CoverageColumn::Kind::activity)
      row.workplace_evidence = best(row.workplace_evidence, cell);
    if (cell == Evidence::planned) ++row.planned;
    if (cell == Evidence::done) ++row.done;
    row.status = best(row.status, cell);
  }
  return row;
}

int target_pieces(const Catalogue& catalogue) {
  for (const EpaStep& step : catalogue.epa_steps) {
    if (step.evidence_pieces > 0) return step.evidence_pieces;
  }
  return 0;
}

}  // namespace

std::string_view to_string(Evidence evidence) {
  switch (evidence) {
    case Evidence::none: return "none";
    case Evidence::planned: return "planned";
    case Evidence::done: return "done";
  }
  return "none";
}

const CoverageRow* Coverage::row(std::string_view id) const {
  const auto found = std::find_if(rows.begin(), rows.end(), [&](const CoverageRow& r) { return r.id == id; });
  return found == rows.end() ? nullptr : &*found;
}

int Coverage::gaps() const {
  return static_cast<int>(std::count_if(rows.begin(), rows.end(), [](const CoverageRow& r) { return r.gap(); }));
}

Coverage compute_coverage(const Catalogue& catalogue, const Plan& plan) {
  const std::vector<Source> sources = sources_of(catalogue, plan);
  Coverage coverage;
  coverage.columns.reserve(sources.size());
  for (const Source& source : sources) coverage.columns.push_back(source.column);

  PortfolioReadiness& portfolio = coverage.portfolio;
  for (const Standard& standard : catalogue.standards) {
    coverage.rows.push_back(make_row(CoverageRow::Kind::standard, standard.id, standard.text, sources));
    coverage.rows.back().evidence_note = standard.evidence_note;
    ++portfolio.standards_total;
    if (coverage.rows.back().done > 0) ++portfolio.standards_done;
  }
  for (const Behaviour& behaviour : catalogue.behaviours) {
    coverage.rows.push_back(make_row(CoverageRow::Kind::behaviour, behaviour.id, behaviour.name, sources));
    ++portfolio.behaviours_total;
    if (coverage.rows.back().done > 0) ++portfolio.behaviours_done;
  }

  // A piece of evidence must evidence something the catalogue knows: a module mapped to no
  // standard, or an activity listing only unknown ids, is not one.
  for (std::size_t c = 0; c < coverage.columns.size(); ++c) {
    const bool evidences = std::any_of(coverage.rows.begin(), coverage.rows.end(),
                                       [&](const CoverageRow& r) { return r.cells[c] != Evidence::none; });
    if (!evidences) continue;
    if (coverage.columns[c].status == Evidence::done) ++portfolio.done;
    if (coverage.columns[c].status == Evidence::planned) ++portfolio.planned;
  }
  portfolio.target = target_pieces(catalogue);
  portfolio.ready = portfolio.done >= portfolio.target && portfolio.standards_done == portfolio.standards_total &&
                    portfolio.behaviours_done == portfolio.behaviours_total;
  return coverage;
}

}  // namespace planner
