#pragma once
// What the exports, share links and the mentor review keep between frames (export_panel.hpp,
// shared_link.hpp, review_session.hpp). Owned by the app in ViewStates.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/files/share_link.hpp"
#include "core/plan/document.hpp"
#include "core/plan/item_ref.hpp"
#include "core/plan/plan.hpp"
#include "core/review/mentor_review.hpp"
#include "core/review/review_import.hpp"
#include "core/rules/rules.hpp"

namespace planner {

// A link being made (compression runs in the browser): by a button, which copies it, or for
// window.planner.shareLink(), which is answered.
struct LinkRequest {
  ShareKind kind = ShareKind::plan;
  bool for_automation = false;
};

// A plan or review that arrived in a link (or a review in a file the user chose or dropped), from
// unpacking to the user's choice. Nothing of the user's own changes until they choose.
struct IncomingLink {
  enum class Stage {
    none,
    unpacking,  // DecompressionStream is running
    plan,       // a plan: preview, then review it, take it as mine (the import), or cancel
    review,     // a review of my plan: preview, then import or cancel
    broken,     // malformed, altered, newer, not loadable: `problem` says which
  };
  Stage stage = Stage::none;
  bool from_file = false;  // a review file, not a link: no link to take out of the address
  SharePayload payload;
  std::string problem;
  std::optional<Plan> plan;
  std::string plan_text;        // the plan file inside the link, as sent
  bool read_only_plan = false;  // from a newer app: it can be reviewed, not taken over
  FindingCounts plan_findings;
  std::optional<MentorReview> review;
  ReviewImportSummary import_summary;  // review: what importing would change in my plan
  std::string import_description;      // said in one paragraph
  std::optional<std::string> refusal;  // why it cannot be imported (another plan's review)
};

// The reviewer's session: their copy of a shared plan, to which only review edits apply, so the
// plan itself stays as the apprentice sent it and the reviewer's own plan is never touched.
struct ReviewSession {
  std::optional<Document> copy;  // present while reviewing
  std::string review_id;         // "rv-…", random per session
  std::string reviewer;          // the reviewer's name and role, as typed
  std::string role = "Workplace mentor";
  std::string filter;         // narrows the item list
  std::string selected_item;  // the item a comment is being written for
  std::string comment;        // the comment being written
  std::string decision = std::string(kDecisionApproved);
  std::string summary;
  std::string problem;  // why the last action could not be done
  // The items of the copy (by its revision): the list the reviewer picks from.
  std::optional<ItemIndex> items;
  std::uint64_t items_revision = 0;
};

struct ExportState {
  bool open = false;                       // the "Export and share" window
  bool comments_open = false;              // the apprentice's "Mentor review" window
  std::vector<LinkRequest> link_requests;  // waiting for compression, oldest first
  std::string link;                        // the last link made
  std::string notice;                      // what the last action did ("Saved …")
  std::string problem;                     // why the last action could not be done
  std::string pasted_link;                 // "Open a link you were sent", as typed
  IncomingLink incoming;
  // "Replace my plan with this one": the link's plan file, for the App to hand to the plan
  // keeper's import (its preview of what changes, the confirmation, the backup of my plan).
  std::optional<std::string> plan_to_import;
  ReviewSession review;
  // The items of the user's own plan (by document revision): which comments' items still exist.
  std::optional<ItemIndex> own_items;
  std::uint64_t own_items_revision = 0;
};

}  // namespace planner
