#pragma once
// Dissertation: the working title; when the dissertation may start (after the proposal module's
// final submission, from the schedule); the words written towards 10,000; the milestones (proposal
// from Module 2, ethics approval, literature review, methods, data collection, analysis, draft
// chapters, final submission, and the apprentice's own) with due date, status, words and notes,
// to add, edit and delete.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/widgets/reveal.hpp"
#include "core/plan/plan.hpp"
#include "core/planning/derived.hpp"

namespace planner {

struct ViewContext;

// What the view needs from the schedule and the findings, worked out once per plan revision.
struct DissertationOverview {
  const Module* proposal_module = nullptr;                      // Module 2
  const Event* proposal_submission = nullptr;                   // its final submission; null when not placed
  std::map<std::string, std::vector<const Finding*>> findings;  // by milestone id, most severe first
  std::vector<const Finding*> before_proposal;                  // "dissertation-before-proposal"
};

struct DissertationState {
  std::optional<std::uint64_t> revision;
  DissertationOverview overview;
  ui::RevealRequest reveal;    // "milestone/<id>"
  Milestone draft;             // the "Add a milestone" form
  bool title_refused = false;  // the selected milestone's title was emptied: it keeps its last one
};

DissertationOverview build_dissertation_overview(const Catalogue& catalogue, const Derived& derived);

// "milestone/<id>": the milestone's event in the schedule, and its item reference (item_ref.hpp).
std::string milestone_event_id(const Milestone& milestone);

void draw_dissertation(const ViewContext& context);

}  // namespace planner
