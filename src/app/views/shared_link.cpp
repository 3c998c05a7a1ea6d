#include "app/views/shared_link.hpp"

#include <algorithm>
#include <string>

#include "app/export_port.hpp"
#include "app/view_context.hpp"
#include "app/views/exports_state.hpp"
#include "app/views/review_session.hpp"
#include "app/widgets/controls.hpp"
#include "core/files/plan_file.hpp"
#include "core/planning/schedule.hpp"
#include "core/review/review_edits.hpp"
#include "core/review/review_file.hpp"
#include "core/review/review_import.hpp"
#include "core/rules/rules.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr const char* kPopup = "###shared-link";
constexpr float kWidth = 560;  // CSS pixels at text scale 1

void error_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ui::colours().error);
  ui::wrapped_text(text);
  ImGui::PopStyleColor();
}

void broken(ExportState& state, std::string why) {
  state.incoming = IncomingLink{};
  state.incoming.stage = IncomingLink::Stage::broken;
  state.incoming.problem = std::move(why);
}

void close(ExportState& state, ExportPort& port) {
  const bool from_link = !state.incoming.from_file;
  state.incoming = IncomingLink{};
  if (from_link) port.forget_link();
}

void take_plan(const ViewContext& context, ExportState& state, const std::string& text) {
  LoadResult loaded = load_plan_file(text, context.catalogue);
  if (!loaded.plan) return broken(state, "The plan in this link cannot be opened. " + load_summary(loaded));
  IncomingLink& incoming = state.incoming;
  incoming.read_only_plan = loaded.status == LoadStatus::newer_version;
  const Schedule schedule = expand_schedule(context.catalogue, *loaded.plan);
  incoming.plan_findings = count_findings(check_plan(context.catalogue, *loaded.plan, schedule));
  incoming.plan = std::move(loaded.plan);
  incoming.plan_text = text;
  incoming.stage = IncomingLink::Stage::plan;
}

// A loaded review, from a link or a file, previewed against the user's own plan.
void preview_review(const Catalogue& catalogue, const Plan& mine, IncomingLink& incoming, MentorReview review) {
  incoming.refusal = review_import_refusal(mine, review);
  if (mine.id.empty()) incoming.refusal = "You have no plan in this browser for this review to go into.";
  incoming.import_summary = summarise_review_import(catalogue, mine, review);
  incoming.import_description = describe_review_import(review, incoming.import_summary);
  incoming.review = std::move(review);
  incoming.stage = IncomingLink::Stage::review;
}

void take_review(const ViewContext& context, ExportState& state, const std::string& text) {
  ReviewLoadResult loaded = load_review_file(text);
  if (!loaded.review) return broken(state, "The review in this link cannot be opened. " + review_load_summary(loaded));
  preview_review(context.catalogue, context.plan, state.incoming, std::move(*loaded.review));
}

std::string plan_title(const Plan& plan) {
  if (!plan.name.empty()) return "\u201C" + plan.name + "\u201D";
  if (!plan.profile.apprentice.empty()) return plan.profile.apprentice + "'s plan";
  return "An apprenticeship plan";
}

void field_line(const char* label, const std::string& value) {
  if (value.empty()) return;
  ImGui::TextDisabled("%s", label);
  ImGui::SameLine(ui::space(150));
  ui::wrapped_text(value);
}

void plan_preview(const ViewContext& context, ExportState& state, ExportPort& port) {
  const Plan& shared = *state.incoming.plan;
  ImGui::PushFont(context.fonts.bold);
  ui::wrapped_text(plan_title(shared));
  ImGui::PopFont();
  field_line("Apprentice", shared.profile.apprentice);
  field_line("Employer", shared.profile.employer);
  field_line("Mentor", shared.profile.mentor);
  field_line("Starts", shared.profile.start.display());
  field_line("Modules placed",
             std::to_string(shared.modules.size()) + " of " + std::to_string(context.catalogue.modules.size()));
  field_line("Activities", std::to_string(shared.activities.size()));
  const FindingCounts& counts = state.incoming.plan_findings;
  field_line("Checks", std::to_string(counts.errors) + " errors, " + std::to_string(counts.warnings) + " warnings");
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceS)));
  if (state.incoming.read_only_plan) {
    ui::wrapped_text("It was saved by a newer version of the app: you can review it here, but not keep it as yours.");
  }
  const bool mine_exists = !context.plan.id.empty();
  ui::wrapped_text(mine_exists ? "Nothing changes in your own plan unless you choose to replace it."
                               : "You have no plan in this browser yet.");
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  if (ui::primary_button("Review this plan")) {
    start_review(state, shared);
    close(state, port);
    return;
  }
  ImGui::SetItemTooltip("Read it, comment on any item and approve or ask for changes; your own plan is not touched");
  ImGui::SameLine();
  if (!state.incoming.read_only_plan) {
    if (ImGui::Button(mine_exists ? "Replace my plan with this one" : "Use this plan as mine")) {
      state.plan_to_import = std::move(state.incoming.plan_text);
      close(state, port);
      return;
    }
    ImGui::SameLine();
  }
  if (ImGui::Button(mine_exists ? "Cancel, keep my plan" : "Cancel")) close(state, port);
}

void review_preview(const ViewContext& context, ExportState& state, ExportPort& port) {
  const IncomingLink& incoming = state.incoming;
  ui::wrapped_text(incoming.import_description);
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  if (incoming.refusal) {
    error_text(*incoming.refusal);
    if (ImGui::Button("Close")) close(state, port);
    return;
  }
  if (incoming.import_summary.already_imported()) {
    if (ImGui::Button("Close")) close(state, port);
    return;
  }
  if (ui::primary_button("Import the review")) {
    context.apply(edits::import_review(*incoming.review));
    state.open = false;  // the comments take its place
    state.comments_open = true;
    close(state, port);
    return;
  }
  ImGui::SetItemTooltip("Adds the comments to your plan's items and records the decision (one step: undo removes it)");
  ImGui::SameLine();
  if (ImGui::Button("Not now")) close(state, port);
}

}  // namespace

void open_shared_link(const ViewContext& context, ExportState& state, ExportPort& port, const std::string& address,
                      bool pasted) {
  (void)context;
  auto decoded = decode_share_link(address);
  if (auto* failure = std::get_if<ShareLinkError>(&decoded)) {
    if (failure->code == ShareLinkError::Code::not_a_share_link && !pasted) return;
    return broken(state, failure->message);
  }
  state.incoming = IncomingLink{};
  state.incoming.payload = std::move(std::get<SharePayload>(decoded));
  state.incoming.stage = IncomingLink::Stage::unpacking;
  port.gunzip(state.incoming.payload.gzip, kMaxShareTextBytes);
}

void open_review_file(const Catalogue& catalogue, const Plan& mine, ExportState& state, MentorReview review) {
  state.incoming = IncomingLink{};
  state.incoming.from_file = true;
  preview_review(catalogue, mine, state.incoming, std::move(review));
}

void take_unpacked(const ViewContext& context, ExportState& state, const std::string& text) {
  if (state.incoming.stage != IncomingLink::Stage::unpacking) return;
  if (auto failure = check_shared_text(state.incoming.payload, text)) return broken(state, failure->message);
  if (state.incoming.payload.kind == ShareKind::plan) take_plan(context, state, text);
  else take_review(context, state, text);
}

void take_unpack_failure(ExportState& state, const std::string& why) {
  if (state.incoming.stage != IncomingLink::Stage::unpacking) return;
  (void)why;  // the browser's words ("incorrect header check") help nobody reading the message
  broken(state,
         "This link is damaged: what it carries does not unpack. Ask for the link again, or for the file "
         "instead.");
}

void draw_incoming_link(const ViewContext& context, ExportState& state, ExportPort& port) {
  using Stage = IncomingLink::Stage;
  const Stage stage = state.incoming.stage;
  if (stage == Stage::none || stage == Stage::unpacking) return;
  if (!ImGui::IsPopupOpen(kPopup)) ImGui::OpenPopup(kPopup);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  // Centred when it appears, then kept where it is: re-centring as the content changes (preview,
  // then the question) would move the buttons under the pointer between two frames.
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(ui::space(kWidth), viewport->Size.x - ui::space(16)), 0));
  const char* title = stage == Stage::broken   ? "This link cannot be opened###shared-link"
                      : stage == Stage::review ? "A review of your plan###shared-link"
                                               : "A plan was shared with you###shared-link";
  if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  switch (stage) {
    case Stage::plan: plan_preview(context, state, port); break;
    case Stage::review: review_preview(context, state, port); break;
    case Stage::broken:
      error_text(state.incoming.problem);
      ui::muted_text("Nothing has changed.");
      if (ImGui::Button("Close")) close(state, port);
      break;
    case Stage::none:
    case Stage::unpacking: break;
  }
  if (state.incoming.stage == Stage::none) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace planner
