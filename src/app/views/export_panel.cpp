#include "app/views/export_panel.hpp"

#include <algorithm>
#include <string>

#include "app/export_port.hpp"
#include "app/view_context.hpp"
#include "app/views/exports_state.hpp"
#include "app/views/review_session.hpp"
#include "app/views/shared_link.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/fields.hpp"
#include "core/exports/csv.hpp"
#include "core/exports/ics.hpp"
#include "core/exports/report.hpp"
#include "core/files/plan_file.hpp"
#include "core/review/review_file.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr float kWindowWidth = 600;  // CSS pixels at text scale 1

void fail(ExportState& state, std::string why) {
  state.notice.clear();
  state.problem = std::move(why);
}

void done(ExportState& state, std::string what) {
  state.problem.clear();
  state.notice = std::move(what);
}

// Starts a link: the file's text goes to the browser to be compressed; the link is made when the
// bytes come back (take_compressed).
void request_link(const ViewContext& context, ExportState& state, ExportPort& port, LinkRequest request) {
  const auto refuse = [&](std::string why) {
    if (request.for_automation) port.share_answer(false, why);
    else fail(state, std::move(why));
  };
  std::string text;
  if (request.kind == ShareKind::review) {
    if (!state.review.copy) return refuse("There is no review in progress to send.");
    if (auto why = review_not_ready(state)) return refuse(*why);
    text = save_review_file(current_review(state), context.host.now_utc());
  } else {
    if (context.plan.id.empty()) return refuse("There is no plan to share yet.");
    text = save_plan_file(context.plan, context.host.now_utc());
  }
  if (!share_text_may_fit(text.size()))
    return refuse("This is too large to share as a link. Share it as a file instead.");
  state.link_requests.push_back(request);
  port.gzip(request.kind, text);
}

void take_compressed(ExportState& state, ExportPort& port, const PortEvent& event) {
  const auto request = std::find_if(state.link_requests.begin(), state.link_requests.end(),
                                    [&](const LinkRequest& r) { return r.kind == event.kind; });
  if (request == state.link_requests.end()) return;
  const LinkRequest asked = *request;
  state.link_requests.erase(request);
  std::string link, problem;
  if (event.type == PortEvent::Type::compress_failed) {
    problem = "The browser could not compress the " + std::string(to_string(event.kind)) + " (" + event.text + ").";
  } else {
    auto made = make_share_link(port.page_url(), event.kind, event.bytes);
    if (auto* failure = std::get_if<ShareLinkError>(&made)) problem = failure->message;
    else link = std::move(std::get<std::string>(made));
  }
  if (asked.for_automation) {
    port.share_answer(problem.empty(), problem.empty() ? link : problem);
    return;
  }
  if (!problem.empty()) {
    fail(state, problem);
    return;
  }
  port.copy_text(link);
  state.link = link;
  done(state, event.kind == ShareKind::review
                  ? "Review link copied. Paste it into an email or message to the apprentice."
                  : "Link copied. Paste it into an email or message to your mentor.");
}

void take_events(const ViewContext& context, ExportState& state, ExportPort& port) {
  for (const PortEvent& event : port.take_events()) {
    switch (event.type) {
      case PortEvent::Type::link_opened: open_shared_link(context, state, port, event.text); break;
      case PortEvent::Type::share_asked: request_link(context, state, port, {event.kind, true}); break;
      case PortEvent::Type::compressed:
      case PortEvent::Type::compress_failed: take_compressed(state, port, event); break;
      case PortEvent::Type::decompressed: take_unpacked(context, state, event.text); break;
      case PortEvent::Type::decompress_failed: take_unpack_failure(state, event.text); break;
    }
  }
}

void download_section(const ViewContext& context, ExportState& state, ExportPort& port) {
  ui::section_title(context.fonts.bold, "Files");
  ui::muted_text("Saved to your downloads. Nothing is sent anywhere.");
  const std::string stem = file_name_stem(context.plan.name, "apprenticeship-plan");
  if (ImGui::Button("Calendar (.ics)")) {
    port.download(stem + ".ics", "text/calendar;charset=utf-8",
                  export_ics(context.catalogue, context.plan, context.derived.schedule, context.host.now_utc()));
    done(state, "Saved " + stem +
                    ".ics. Import it into Outlook, Google or Apple Calendar; importing a later export "
                    "updates the same entries.");
  }
  ImGui::SetItemTooltip(
      "Sessions, deadlines (with reminders), milestones, activities and reviews, for Outlook, Google "
      "or Apple Calendar");
  ImGui::SameLine();
  if (ImGui::Button("Spreadsheet (.csv)")) {
    port.download(stem + ".csv", "text/csv;charset=utf-8",
                  export_csv(context.catalogue, context.plan, context.derived.schedule));
    done(state, "Saved " + stem + ".csv: one row per event, for Excel or any spreadsheet.");
  }
  ImGui::SetItemTooltip("One row per event: dates, kind, title, module, status, hours, location and details");
  ImGui::SameLine();
  if (ImGui::Button("Report (.html)")) {
    port.download(stem + "-report.html", "text/html;charset=utf-8",
                  export_report(context.catalogue, context.plan, context.derived.schedule, context.host.now_utc()));
    done(state, "Saved " + stem + "-report.html: open it in any browser to read or print.");
  }
  ImGui::SetItemTooltip("The whole plan as one accessible page: summary, modules, timeline, checks, coverage, hours");
  ImGui::SameLine();
  if (ImGui::Button("Print report")) {
    port.open_document(
        export_report(context.catalogue, context.plan, context.derived.schedule, context.host.now_utc()));
    done(state, "The report opened in a new tab: print it, or save it as PDF from the print dialog.");
  }
  ImGui::SetItemTooltip("Opens the report in a new tab to print or save as PDF");
}

void share_section(const ViewContext& context, ExportState& state, ExportPort& port) {
  ui::section_title(context.fonts.bold, "Share with your mentor");
  ui::wrapped_text(
      "The link carries the whole plan inside it, compressed: it never reaches a server. Whoever opens it "
      "sees your plan read-only, can comment and approve, and sends you a review link back.");
  const bool busy = !state.link_requests.empty();
  ImGui::BeginDisabled(busy);
  if (ui::primary_button(busy ? "Making the link…###Copy link to this plan" : "Copy link to this plan")) {
    request_link(context, state, port, {ShareKind::plan, false});
  }
  ImGui::EndDisabled();
  if (!state.link.empty()) {
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##Share link", state.link.data(), state.link.size() + 1, ImGuiInputTextFlags_ReadOnly);
    ImGui::SetItemTooltip("The link: select it to copy it again");
  }
}

void review_section(const ViewContext& context, ExportState& state) {
  const Plan& plan = context.plan;
  if (plan.review_comments.empty() && plan.review_decisions.empty()) return;
  ui::section_title(context.fonts.bold, "Mentor review");
  const auto open = std::count_if(plan.review_comments.begin(), plan.review_comments.end(),
                                  [](const ReviewComment& c) { return !c.resolved; });
  const std::string label = "Show review comments (" + std::to_string(open) + " open)";
  if (ImGui::Button(label.c_str())) state.comments_open = true;
}

void open_link_section(const ViewContext& context, ExportState& state, ExportPort& port) {
  ui::section_title(context.fonts.bold, "Open a link you were sent");
  std::string& pasted = state.pasted_link;
  if (auto typed = ui::text_field("Link to open", pasted, {.hint = "Paste a plan or review link", .max_length = 64000}))
    pasted = *typed;
  ImGui::BeginDisabled(pasted.empty());
  if (ImGui::Button("Open link")) {
    open_shared_link(context, state, port, pasted, true);
    pasted.clear();
  }
  ImGui::EndDisabled();
}

void draw_window(const ViewContext& context, ExportState& state, ExportPort& port) {
  if (!state.open) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x / 2, viewport->Pos.y + viewport->Size.y * 0.12f),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0));
  ImGui::SetNextWindowSize(ImVec2(std::min(ui::space(kWindowWidth), viewport->Size.x - ui::space(16)), 0),
                           ImGuiCond_Always);
  if (!ImGui::Begin("Export and share", &state.open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  download_section(context, state, port);
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceS)));
  share_section(context, state, port);
  review_section(context, state);
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceS)));
  open_link_section(context, state, port);
  if (!state.problem.empty() || !state.notice.empty()) {
    ImGui::Separator();
    if (!state.problem.empty()) ui::coloured_text(ui::colours().error, state.problem);
    else ui::wrapped_text(state.notice);
  }
  if (ImGui::IsKeyPressed(ImGuiKey_Escape) && ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows))
    state.open = false;
  ImGui::End();
}

}  // namespace

std::string file_name_stem(std::string_view name, std::string_view fallback) {
  std::string stem;
  for (const char c : name) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) stem += c;
    else if (c >= 'A' && c <= 'Z') stem += static_cast<char>(c - 'A' + 'a');
    else if (!stem.empty() && stem.back() != '-') stem += '-';
    if (stem.size() >= 40) break;
  }
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  return stem.empty() ? std::string(fallback) : stem;
}

void request_share_link(const ViewContext& context, ExportState& state, ExportPort& port, ShareKind kind) {
  request_link(context, state, port, {kind, false});
}

std::string_view exports_mode(const ExportState& state) { return state.review.copy ? "review" : "edit"; }

float export_button_width(const ViewContext& context) {
  const float padding = ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetStyle().ItemSpacing.x;
  float width = ImGui::CalcTextSize("Export").x + padding;
  if (!context.plan.review_decisions.empty()) {
    const std::string_view label = decision_label(context.plan.review_decisions.back().decision);
    width += ImGui::CalcTextSize(label.data(), label.data() + label.size()).x + padding;
  }
  return width;
}

void draw_export_button(const ViewContext& context, ExportState& state) {
  if (!context.plan.review_decisions.empty()) {
    // The decision is shown with the plan: the latest reviewer's, in words and colour;
    // it opens the review's comments.
    const ReviewDecision& latest = context.plan.review_decisions.back();
    const bool approved = latest.decision == kDecisionApproved;
    ImGui::PushStyleColor(ImGuiCol_Text, approved ? ui::colours().success : ui::colours().warning);
    const std::string label = std::string(decision_label(latest.decision)) + "##review-decision";
    if (ImGui::Button(label.c_str())) state.comments_open = true;
    ImGui::PopStyleColor();
    ImGui::SetItemTooltip("%s by %s on %s: show the review's comments",
                          std::string(decision_label(latest.decision)).c_str(), latest.reviewer.c_str(),
                          latest.date.display().c_str());
    ImGui::SameLine();
  }
  if (ImGui::Button("Export")) state.open = true;
  ImGui::SetItemTooltip("Calendar, spreadsheet, printable report and share link");
}

void draw_exports(const ViewContext& context, ExportState& state) {
  ExportPort& port = context.host.exports();
  take_events(context, state, port);
  draw_window(context, state, port);
  draw_incoming_link(context, state, port);
  draw_review_session(context, state, port);
  draw_review_comments(context, state);
}

}  // namespace planner
