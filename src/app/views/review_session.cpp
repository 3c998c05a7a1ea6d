#include "app/views/review_session.hpp"

#include <algorithm>
#include <cctype>
#include <random>
#include <string>

#include "app/automation.hpp"
#include "app/export_port.hpp"
#include "app/item_location.hpp"
#include "app/view_context.hpp"
#include "app/views/export_panel.hpp"
#include "app/views/exports_state.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/fields.hpp"
#include "app/widgets/review_notes.hpp"
#include "core/exports/report.hpp"
#include "core/planning/schedule.hpp"
#include "core/review/review_edits.hpp"
#include "core/review/review_file.hpp"
#include "core/rules/rules.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr float kListShare = 0.46f;  // of the window's width, for the item list

std::string random_review_id() {
  std::random_device device;  // the browser's crypto.getRandomValues under Emscripten
  std::uniform_int_distribution<unsigned> digit(0, 35);
  std::string id = "rv-";
  for (int i = 0; i < 10; ++i) id += "0123456789abcdefghijklmnopqrstuvwxyz"[digit(device)];
  return id;
}

bool contains_folded(std::string_view text, std::string_view needle) {
  if (needle.empty()) return true;
  const auto fold = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  return std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                     [&](char a, char b) { return fold(a) == fold(b); }) != text.end();
}

void error_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ui::colours().error);
  ui::wrapped_text(text);
  ImGui::PopStyleColor();
}

// The copy's items, rebuilt only when a review edit changed it (findings are items too).
const ItemIndex& items_of(const ViewContext& context, ReviewSession& session) {
  if (!session.items || session.items_revision != session.copy->revision()) {
    const Plan& plan = session.copy->plan();
    const Schedule schedule = expand_schedule(context.catalogue, plan);
    session.items.emplace(context.catalogue, plan, schedule, check_plan(context.catalogue, plan, schedule));
    session.items_revision = session.copy->revision();
  }
  return *session.items;
}

void apply(ReviewSession& session, const Edit& edit) {
  if (auto problem = session.copy->apply(edit)) session.problem = *problem;
  else session.problem.clear();
}

int comments_on(const Plan& plan, const std::string& review, const std::string& item) {
  return static_cast<int>(std::count_if(plan.review_comments.begin(), plan.review_comments.end(),
                                        [&](const ReviewComment& c) { return c.review == review && c.item == item; }));
}

void item_list(const ViewContext& context, ReviewSession& session) {
  if (auto typed = ui::text_field("Find an item", session.filter, {.hint = "Find a module, session, activity…"}))
    session.filter = *typed;
  const ItemIndex& index = items_of(context, session);
  std::vector<const ItemInfo*> shown;
  for (const ItemInfo& item : index.items())
    if (contains_folded(item.label, session.filter)) shown.push_back(&item);
  ImGui::BeginChild("##review-item-list", ImVec2(0, 0), ImGuiChildFlags_Border);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(shown.size()));
  const Plan& plan = session.copy->plan();
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const ItemInfo& item = *shown[static_cast<std::size_t>(row)];
      std::string label = item.label;
      if (const int n = comments_on(plan, session.review_id, item.ref); n > 0)
        label += "  (" + std::to_string(n) + (n == 1 ? " comment)" : " comments)");
      label += "##" + item.ref;
      if (ImGui::Selectable(label.c_str(), session.selected_item == item.ref)) session.selected_item = item.ref;
    }
  }
  ImGui::EndChild();
}

void comment_form(const ViewContext& context, ReviewSession& session) {
  ui::section_title(context.fonts.bold, "Comment");
  const ItemInfo* item =
      session.selected_item.empty() ? nullptr : items_of(context, session).find(session.selected_item);
  if (item == nullptr) {
    ui::muted_text("Choose an item on the left to comment on it.");
    return;
  }
  ui::wrapped_text("On: " + item->label);
  if (auto typed = ui::text_area("Comment", session.comment, 3.5f)) session.comment = *typed;
  ImGui::BeginDisabled(session.comment.empty());
  if (ImGui::Button("Add comment")) {
    if (session.reviewer.empty()) {
      session.problem = "Add your name first: the apprentice sees who commented.";
    } else {
      ReviewComment comment;
      comment.review = session.review_id;
      comment.item = item->ref;
      comment.author = session.reviewer;
      comment.date = context.today;
      comment.text = session.comment;
      apply(session, edits::add_review_comment(context.catalogue, comment));
      if (session.problem.empty()) session.comment.clear();
    }
  }
  ImGui::EndDisabled();
}

void own_comments(const ViewContext& context, ReviewSession& session) {
  const Plan& plan = session.copy->plan();
  std::vector<const ReviewComment*> mine;
  for (const ReviewComment& c : plan.review_comments)
    if (c.review == session.review_id) mine.push_back(&c);
  if (mine.empty()) return;
  ui::section_title(context.fonts.bold, "Your comments (" + std::to_string(mine.size()) + ")");
  for (const ReviewComment* comment : mine) {
    ImGui::PushID(comment->id.c_str());
    ImGui::PushFont(context.fonts.bold);
    ui::wrapped_text(comment->item_label);
    ImGui::PopFont();
    ui::wrapped_text(comment->text);
    if (ImGui::SmallButton("Remove comment"))
      apply(session, edits::remove_review_comment(session.review_id, comment->id));
    ImGui::PopID();
  }
}

void decision_form(const ViewContext& context, ReviewSession& session) {
  ui::section_title(context.fonts.bold, "Decision");
  if (ImGui::RadioButton("Approve the plan", session.decision == kDecisionApproved))
    session.decision = std::string(kDecisionApproved);
  ImGui::SameLine();
  if (ImGui::RadioButton("Ask for changes", session.decision == kDecisionChangesRequested))
    session.decision = std::string(kDecisionChangesRequested);
  if (auto typed = ui::text_area("Summary", session.summary, 2.5f)) session.summary = *typed;
  if (ImGui::Button("Record decision")) {
    if (session.reviewer.empty()) {
      session.problem = "Add your name first: a decision is signed with it.";
    } else {
      apply(session, edits::record_review_decision({session.review_id, session.reviewer, session.role, session.decision,
                                                    context.today, session.summary}));
    }
  }
  const Plan& plan = session.copy->plan();
  for (const ReviewDecision& decision : plan.review_decisions) {
    if (decision.review != session.review_id) continue;
    ImGui::SameLine();
    ui::chip(decision_label(decision.decision),
             decision.decision == kDecisionApproved ? ui::colours().success : ui::colours().warning);
    ImGui::SameLine();
    ui::muted_text("recorded " + decision.date.display());
  }
}

void send_back(const ViewContext& context, ExportState& state, ExportPort& port) {
  ReviewSession& session = state.review;
  ui::section_title(context.fonts.bold, "Send the review back");
  const std::optional<std::string> not_ready = review_not_ready(state);
  if (not_ready) ui::muted_text(*not_ready);
  ImGui::BeginDisabled(not_ready.has_value() || !state.link_requests.empty());
  if (ui::primary_button("Copy review link")) request_share_link(context, state, port, ShareKind::review);
  ImGui::SetItemTooltip("A link that carries your comments and decision, for the apprentice to open");
  ImGui::SameLine();
  if (ImGui::Button("Save review file")) {
    port.download(file_name_stem(session.copy->plan().profile.apprentice + " plan review", "plan-review") + ".json",
                  "application/json", save_review_file(current_review(state), context.host.now_utc()));
    state.problem.clear();
    state.notice = "Saved the review file: send it to the apprentice to import.";
  }
  ImGui::EndDisabled();
  if (!state.link.empty() && state.link.find("#review=") != std::string::npos) {
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##Review link", state.link.data(), state.link.size() + 1, ImGuiInputTextFlags_ReadOnly);
  }
  if (!state.problem.empty()) error_text(state.problem);
  else if (!state.notice.empty()) ui::wrapped_text(state.notice);
}

}  // namespace

void start_review(ExportState& state, const Plan& shared) {
  ReviewSession& session = state.review;
  const std::string reviewer = session.reviewer;  // the same person may review again
  const std::string role = session.role;
  session = ReviewSession{};
  session.reviewer = reviewer.empty() ? shared.profile.mentor : reviewer;
  session.role = role;
  session.copy.emplace(shared);
  session.review_id = random_review_id();
  state.open = false;
  state.link.clear();
  state.notice.clear();
  state.problem.clear();
}

Document* review_document(ExportState& state) { return state.review.copy ? &*state.review.copy : nullptr; }

MentorReview current_review(const ExportState& state) {
  const ReviewSession& session = state.review;
  return collect_review(session.copy->plan(), session.review_id, session.reviewer, session.role);
}

std::optional<std::string> review_not_ready(const ExportState& state) {
  const ReviewSession& session = state.review;
  if (session.reviewer.empty()) return "Add your name: the apprentice sees who reviewed the plan.";
  const MentorReview review = current_review(state);
  if (review.comments.empty() && !review.verdict) return "Add a comment or record a decision first.";
  return std::nullopt;
}

void draw_review_session(const ViewContext& context, ExportState& state, ExportPort& port) {
  ReviewSession& session = state.review;
  if (!session.copy) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::Begin("Review a shared plan", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  const Plan& plan = session.copy->plan();
  const std::string whose = plan.name.empty() ? std::string("a shared plan") : "\u201C" + plan.name + "\u201D";
  ui::view_header(context.fonts.heading, "Reviewing " + whose,
                  "Read-only: comment on any item and record your decision, then send the review back. Your own "
                  "plan is not changed.");
  const float close_width = ImGui::CalcTextSize("Close review").x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine(ImGui::GetContentRegionMax().x - close_width);
  if (ImGui::Button("Close review")) {
    session.copy.reset();
    ImGui::End();
    return;
  }
  ImGui::SetItemTooltip("Ends the review; what you have not sent is dropped");
  if (!plan.profile.apprentice.empty() || !plan.profile.employer.empty()) {
    ui::muted_text(plan.profile.apprentice + (plan.profile.employer.empty() ? "" : ", " + plan.profile.employer) +
                   " · starts " + plan.profile.start.display());
  }
  const float list_width = ImGui::GetContentRegionAvail().x * kListShare;
  ImGui::BeginChild("##review-items", ImVec2(list_width, 0));
  item_list(context, session);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##review-form", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
  ui::form_label("Your name", ui::space(90));
  if (auto typed = ui::text_field("Your name", session.reviewer, {.hint = "Needed to send the review"}))
    session.reviewer = *typed;
  ui::form_label("Your role", ui::space(90));
  if (auto typed = ui::text_field("Your role", session.role)) session.role = *typed;
  comment_form(context, session);
  if (!session.problem.empty()) error_text(session.problem);
  own_comments(context, session);
  decision_form(context, session);
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceS)));
  send_back(context, state, port);
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceS)));
  if (ImGui::Button("Print the plan's report")) {
    const Schedule schedule = expand_schedule(context.catalogue, plan);
    port.open_document(export_report(context.catalogue, plan, schedule, context.host.now_utc()));
  }
  ImGui::SetItemTooltip("The whole plan as one page, to read or print");
  ImGui::EndChild();
  ImGui::End();
}

void draw_review_comments(const ViewContext& context, ExportState& state) {
  if (!state.comments_open) return;
  const Plan& plan = context.plan;
  if (!state.own_items || state.own_items_revision != context.revision) {
    state.own_items.emplace(context.catalogue, plan, context.derived.schedule, context.derived.findings);
    state.own_items_revision = context.revision;
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowSize(ImVec2(std::min(ui::space(520), viewport->Size.x - ui::space(16)), viewport->Size.y * 0.7f),
                           ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::Begin("Mentor review", &state.comments_open,
                    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  if (plan.review_decisions.empty() && plan.review_comments.empty()) {
    ui::empty_state("No review yet",
                    "Share your plan from Export: your mentor's comments appear here once you open "
                    "the review link they send back.");
  }
  for (auto decision = plan.review_decisions.rbegin(); decision != plan.review_decisions.rend(); ++decision) {
    ui::chip(decision_label(decision->decision),
             decision->decision == kDecisionApproved ? ui::colours().success : ui::colours().warning);
    ImGui::SameLine();
    ui::wrapped_text("by " + decision->reviewer + (decision->role.empty() ? "" : " (" + decision->role + ")") + ", " +
                     decision->date.display());
    if (!decision->summary.empty()) ui::wrapped_text(decision->summary);
    ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  }
  if (!plan.review_comments.empty()) ui::section_title(context.fonts.bold, "Comments");
  // Each comment as the views show it on its item, with the way to that item.
  const ui::CommentLook look{.bold = context.fonts.bold, .show_item = true, .read_only = context.read_only};
  for (const ReviewComment& comment : plan.review_comments) {
    ImGui::PushID((comment.review + "/" + comment.id).c_str());
    const bool exists = state.own_items->contains(comment.item);
    if (!exists) ui::coloured_text(ui::colours().warning, "This item is no longer in your plan.");
    if (auto edit = ui::review_comment(comment, look)) context.apply(std::move(*edit));
    if (exists && comment.item != kWholePlanRef) {
      ImGui::SameLine();
      // The item shows the comment too: this window steps aside for it (the decision reopens it).
      if (ImGui::SmallButton("Go to item")) {
        if (comment.item.rfind("finding/", 0) == 0) context.states.checks_open = true;
        else context.navigation.go_to(view_for_item(context.catalogue, comment.item), comment.item);
        state.comments_open = false;
      }
      automation::name_last_item("Go to " + comment.item_label);
    }
    ImGui::Separator();
    ImGui::PopID();
  }
  ImGui::End();
}

}  // namespace planner
