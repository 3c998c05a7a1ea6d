#include "app/views/reviews.hpp"

#include <algorithm>
#include <string>

#include "app/event_colours.hpp"
#include "app/icons.hpp"
#include "app/view_context.hpp"
#include "app/views/item_comments.hpp"
#include "app/views/list_item_steps.hpp"
#include "app/views/review_details.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/day_note.hpp"
#include "app/widgets/fields.hpp"
#include "app/widgets/list_detail.hpp"
#include "app/widgets/list_row.hpp"
#include "app/widgets/notice.hpp"
#include "core/calendar/availability.hpp"
#include "core/plan/edits.hpp"
#include "core/review/mentor_review.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr float kMinListWidth = 360;  // CSS pixels at text scale 1
constexpr std::string_view kIdPrefix = "review-";
constexpr std::string_view kGapRule = "review-gap";
constexpr const char* kAddPopup = "Add a progress review";

bool is_review_id(std::string_view id) { return id.substr(0, kIdPrefix.size()) == kIdPrefix; }

// A plan holds a few dozen reviews: a scan costs well under a microsecond.
const Review* find_review(const Plan& plan, std::string_view id) {
  const auto found =
      std::find_if(plan.reviews.begin(), plan.reviews.end(), [&](const Review& r) { return r.id == id; });
  return found == plan.reviews.end() ? nullptr : &*found;
}

struct StatusLook {
  std::string text;
  ImVec4 colour;
  const char* explanation;
};

// Status in words and a symbol, never by colour alone.
StatusLook status_look(const Review& review, std::size_t parties, Date today) {
  const int signed_off = sign_offs(review);
  const std::string of = std::to_string(signed_off) + " of " + std::to_string(parties);
  if (signed_off >= static_cast<int>(parties))
    return {std::string(icons::kCheck) + " Signed off by " + of, ui::colours().success,
            "Every party has signed it off"};
  if (signed_off > 0)
    return {std::string(icons::kContrast) + " Signed off by " + of,
            review.date <= today ? ui::colours().warning : ui::colours().note,
            "Some parties have signed it off; the others still need to"};
  if (review.date <= today)
    return {std::string(icons::kDot) + " Held", ui::colours().warning, "Its day has come: each party signs it off"};
  return {std::string(icons::kCircle) + " Upcoming", ui::colours().note, "Still to come"};
}

// Where a gap finding goes among the reviews: after the review it starts from, or before the
// first review when it runs from the start (its only item is that review).
void refresh_listing(const ViewContext& context, ReviewsState& state) {
  ReviewsState::Listing& listing = state.listing;
  if (listing.revision == context.revision) return;
  listing = {};
  listing.revision = context.revision;
  const std::vector<Review>& reviews = context.plan.reviews;
  const std::vector<Finding>& findings = context.derived.findings;
  std::vector<std::size_t> before_first, at_top;
  std::vector<std::vector<std::size_t>> after(reviews.size()), before(reviews.size());
  const auto index_of = [&](const std::string& id) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < reviews.size(); ++i)
      if (reviews[i].id == id) return i;
    return std::nullopt;
  };
  for (std::size_t f = 0; f < findings.size(); ++f) {
    if (findings[f].rule != kGapRule) continue;
    ++listing.gaps;
    const std::vector<std::string>& items = findings[f].items;
    const std::optional<std::size_t> first = items.empty() ? std::nullopt : index_of(items.front());
    if (!first) at_top.push_back(f);
    else if (items.size() == 1) before[*first].push_back(f);
    else after[*first].push_back(f);
  }
  for (std::size_t f : at_top) listing.rows.push_back({.gap = true, .index = f});
  const std::size_t parties = context.catalogue.review_attendees.size();
  for (std::size_t i = 0; i < reviews.size(); ++i) {
    for (std::size_t f : before[i]) listing.rows.push_back({.gap = true, .index = f});
    listing.rows.push_back({.gap = false, .index = i});
    for (std::size_t f : after[i]) listing.rows.push_back({.gap = true, .index = f});
    const Review& review = reviews[i];
    if (sign_offs(review) >= static_cast<int>(parties)) ++listing.signed_off;
    else if (review.date <= context.today) ++listing.awaiting;
    if (!listing.next && review.date >= context.today) listing.next = i;
  }
}

// The interval after the last review (or the start), on a working day outside leave: the last
// such day on or before it, so the gap never grows past the interval, else the next one after.
Date suggested_date(const ViewContext& context) {
  const Plan& plan = context.plan;
  const Date last = plan.reviews.empty() ? plan.profile.start : plan.reviews.back().date;
  const Date target = last.plus_weeks(plan.settings.review_interval_weeks);
  if (auto day = free_day_on_or_before(context.catalogue, plan.periods, target, last)) return *day;
  return free_day_on_or_after(context.catalogue, plan.periods, target).value_or(target);
}

void take_reveal(const ViewContext& context, ReviewsState& state) {
  Navigation& navigation = context.navigation;
  if (!is_review_id(navigation.reveal)) return;
  if (find_review(context.plan, navigation.reveal) != nullptr) {
    navigation.selected = navigation.reveal;
    state.scroll_to = navigation.reveal;
  }
  navigation.reveal.clear();
}

void draw_removed_notice(const ViewContext& context, ReviewsState& state) {
  if (!state.removed) return;
  const std::string message =
      "Deleted the progress review on " + state.removed->date.display() + ". Restore it, or press Ctrl+Z.";
  draw_restore_notice(context, state.removed, context.plan.reviews, "deleted review", message, "review",
                      [&](const Review& review) { return edits::add_review(context.catalogue, review); });
}

void draw_add_popup(const ViewContext& context, ReviewsState& state) {
  if (!ImGui::BeginPopup(kAddPopup)) return;
  ImGui::PushFont(context.fonts.bold);
  ImGui::TextUnformatted(kAddPopup);
  ImGui::PopFont();
  const float label_width = ui::space(60);
  ui::form_label("Date", label_width);
  const ui::DateFieldOptions options{
      .holidays = &context.catalogue.holidays, .today = context.today, .width = ui::space(120)};
  if (auto day = ui::date_field("New review date", state.new_review_date, context.buffers, options); day && day->value)
    state.new_review_date = *day->value;
  ui::day_note(context.catalogue, context.plan, state.new_review_date, label_width);
  ImGui::PushTextWrapPos(ui::space(380));
  ui::muted_text(context.plan.reviews.empty()
                     ? "Suggested: " + std::to_string(context.plan.settings.review_interval_weeks) +
                           " weeks after the start, on a working day."
                     : "Suggested: " + std::to_string(context.plan.settings.review_interval_weeks) +
                           " weeks after the last review, on a working day.");
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  if (ui::primary_button("Add review")) {
    Review review;
    review.id = next_item_id(context.plan, "review");
    review.date = state.new_review_date;
    review.attendees = context.catalogue.review_attendees;
    context.apply(edits::add_review(context.catalogue, review));
    select_when_added(context, review.id);
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void draw_review_row(const ViewContext& context, ReviewsState& state, std::size_t index) {
  const Review& review = context.plan.reviews[index];
  const std::size_t parties = context.catalogue.review_attendees.size();
  const StatusLook look = status_look(review, parties, context.today);
  std::string detail = "Review " + std::to_string(index + 1) + " of " + std::to_string(context.plan.reviews.size());
  const auto actions =
      std::count_if(review.actions.begin(), review.actions.end(), [](const std::string& a) { return !a.empty(); });
  if (actions > 0) detail += "  \xC2\xB7  " + std::to_string(actions) + (actions == 1 ? " action" : " actions");
  if (!review.notes.empty()) detail += "  \xC2\xB7  notes";
  if (review.attendees.size() < parties)
    detail +=
        "  \xC2\xB7  " + std::to_string(review.attendees.size()) + " of " + std::to_string(parties) + " attending";
  const ui::ListRowContent content{.bar = event_colour(EventKind::review, context.theme),
                                   .title = review.date.display(),
                                   .title_font = context.fonts.bold,
                                   .title_colour = ui::colours().text,
                                   .detail = std::move(detail),
                                   .detail_colour = ui::colours().text_muted,
                                   .status = look.text,
                                   .status_colour = look.colour,
                                   .comments = comments_on_item(context.plan, review.id)};
  if (ui::list_row(review.id, "Progress review on " + review.date.display(), context.navigation.selected == review.id,
                   content))
    context.navigation.selected = review.id;
  ImGui::SetItemTooltip("%s", look.explanation);
  if (state.scroll_to == review.id) {
    ImGui::SetScrollHereY(0.5f);
    state.scroll_to.clear();
  }
}

// A gap longer than the interval, between the rows it falls between: the finding's message
// (wrapped into the row, in full on hover) and its fix.
void draw_gap_row(const ViewContext& context, std::size_t index, float height) {
  const Finding& finding = context.derived.findings[index];
  ImGui::PushID(static_cast<int>(index));
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 max(min.x + width, min.y + height);
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImVec4 warning = ui::colours().warning;
  const ImVec4 surface = ui::colours().surface;
  const ImVec4 fill(surface.x + (warning.x - surface.x) * 0.12f, surface.y + (warning.y - surface.y) * 0.12f,
                    surface.z + (warning.z - surface.z) * 0.12f, 1.0f);
  draw_list->AddRectFilled(min, max, ImGui::GetColorU32(fill), style.FrameRounding);

  float text_right = max.x - style.FramePadding.x;
  if (finding.fix && !context.read_only) {
    const std::string label = finding.fix->label + "##fix";
    const ImVec2 size(ImGui::CalcTextSize(finding.fix->label.c_str()).x + style.FramePadding.x * 2,
                      ImGui::GetFrameHeight());
    text_right = max.x - style.FramePadding.x - size.x - ui::space(8);
    ImGui::SetCursorScreenPos(ImVec2(max.x - style.FramePadding.x - size.x, min.y + (height - size.y) / 2));
    if (ImGui::Button(label.c_str(), size)) context.apply(*finding.fix);
    ImGui::SetItemTooltip("Fix: %s (undo with Ctrl+Z)", finding.fix->label.c_str());
  }
  const std::string text = std::string(icons::kWarning) + " " + finding.message;
  const ImVec2 text_min(min.x + style.FramePadding.x, min.y + style.FramePadding.y);
  const ImVec2 text_max(text_right, max.y - style.FramePadding.y / 2);
  draw_list->PushClipRect(text_min, text_max, true);
  draw_list->AddText(ImGui::GetFont(), ImGui::GetFontSize(), text_min, ImGui::GetColorU32(warning), text.c_str(),
                     nullptr, text_right - text_min.x);
  draw_list->PopClipRect();
  // The message may not fit in the row: all of it on hover.
  if (ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(text_min, text_max))
    ImGui::SetTooltip("%s", finding.message.c_str());
  ImGui::SetCursorScreenPos(min);
  ImGui::Dummy(ImVec2(width, height));  // its place in the list, the height of a review's row
  ImGui::PopID();
}

void draw_rows(const ViewContext& context, ReviewsState& state) {
  const ReviewsState::Listing& listing = state.listing;
  if (listing.rows.empty()) {
    ui::empty_state("No progress reviews yet",
                    "Every " + std::to_string(context.plan.settings.review_interval_weeks) +
                        " weeks you, your workplace mentor or line manager and your academic tutor meet to review "
                        "progress, agree actions and sign the review off. Add the first with \xE2\x80\x9C"
                        "Add review\xE2\x80\x9D.");
    return;
  }
  const float row_height = ui::list_row_height();
  const float spacing = ui::space(3);
  ImGui::BeginChild("##rows", ImVec2(0, 0), ImGuiChildFlags_Border);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, spacing));
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(listing.rows.size()), row_height + spacing);
  if (!state.scroll_to.empty()) {
    for (std::size_t r = 0; r < listing.rows.size(); ++r) {
      const ReviewsState::Row& row = listing.rows[r];
      if (!row.gap && context.plan.reviews[row.index].id == state.scroll_to)
        clipper.IncludeItemByIndex(static_cast<int>(r));
    }
  }
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const ReviewsState::Row& row = listing.rows[static_cast<std::size_t>(r)];
      if (row.gap) draw_gap_row(context, row.index, row_height);
      else draw_review_row(context, state, row.index);
    }
  }
  ImGui::PopStyleVar();
  ImGui::EndChild();
}

void draw_list_pane(const ViewContext& context, ReviewsState& state) {
  const std::string add = std::string(icons::kAdd) + " Add review";
  if (!context.read_only && ui::primary_button(add.c_str())) {
    state.new_review_date = suggested_date(context);
    ImGui::OpenPopup(kAddPopup);
  }
  ImGui::SetItemTooltip("A progress review %d weeks after the last", context.plan.settings.review_interval_weeks);
  draw_add_popup(context, state);
  const ReviewsState::Listing& listing = state.listing;
  if (!context.plan.reviews.empty()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    std::string summary =
        std::to_string(context.plan.reviews.size()) + " reviews, " + std::to_string(listing.signed_off) + " signed off";
    if (listing.next) summary += ", next " + context.plan.reviews[*listing.next].date.display();
    ui::muted_text(summary);
    if (listing.awaiting > 0) {
      ImGui::AlignTextToFramePadding();
      ui::coloured_text(ui::colours().warning, std::string(icons::kWarning) + " " + std::to_string(listing.awaiting) +
                                                   (listing.awaiting == 1 ? " review waits" : " reviews wait") +
                                                   " for sign-off");
    }
    if (listing.gaps > 0) {
      ImGui::AlignTextToFramePadding();
      ui::coloured_text(ui::colours().warning, std::string(icons::kWarning) + " " + std::to_string(listing.gaps) +
                                                   (listing.gaps == 1 ? " gap" : " gaps") + " longer than " +
                                                   std::to_string(context.plan.settings.review_interval_weeks) +
                                                   " weeks");
    }
  }
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  draw_rows(context, state);
}

void draw_detail_pane(const ViewContext& context, ReviewsState& state, const ui::ListDetail& layout) {
  const Review* review = find_review(context.plan, context.navigation.selected);
  if (review == nullptr) {
    ui::empty_state("Nothing selected",
                    "Choose a review in the list to record who attended, notes, actions and sign-offs.");
    return;
  }
  if (layout.back_button("All reviews")) {
    context.navigation.selected.clear();
    return;
  }
  const std::size_t index = static_cast<std::size_t>(review - context.plan.reviews.data());
  ImGui::PushFont(context.fonts.heading);
  ImGui::TextUnformatted("Progress review");
  ImGui::PopFont();
  const StatusLook look = status_look(*review, context.catalogue.review_attendees.size(), context.today);
  ImGui::AlignTextToFramePadding();
  ui::muted_text(review->date.display() + "  \xC2\xB7  review " + std::to_string(index + 1) + " of " +
                 std::to_string(context.plan.reviews.size()));
  ImGui::SameLine();
  ui::chip(look.text, look.colour);
  ImGui::SetItemTooltip("%s", look.explanation);
  const bool remove = delete_button_at_right(context, "review");
  ui::ListDetail::begin_body();
  draw_item_comments(context, review->id);
  draw_review_details(context, state, *review);
  ui::ListDetail::end_body();
  if (remove) {
    state.removed = *review;
    context.apply(edits::remove_review(review->id));
    context.navigation.selected.clear();
  }
}

}  // namespace

void draw_reviews(const ViewContext& context) {
  ReviewsState& state = context.states.reviews;
  take_reveal(context, state);
  refresh_listing(context, state);
  ui::view_header(context.fonts.heading, "Reviews",
                  "Tripartite progress reviews every " + std::to_string(context.plan.settings.review_interval_weeks) +
                      " weeks: you, your workplace mentor or line manager and your academic tutor agree actions and "
                      "sign each review off.");
  draw_removed_notice(context, state);
  const bool detail_open = find_review(context.plan, context.navigation.selected) != nullptr;
  ui::ListDetail layout("##reviews", detail_open, {.list = kMinListWidth});
  if (layout.begin_list()) draw_list_pane(context, state);
  layout.end_list();
  if (layout.begin_detail()) draw_detail_pane(context, state, layout);
  layout.end_detail();
}

}  // namespace planner
