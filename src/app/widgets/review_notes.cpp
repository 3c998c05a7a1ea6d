#include "app/widgets/review_notes.hpp"

#include <algorithm>

#include "app/automation.hpp"
#include "app/icons.hpp"
#include "app/widgets/controls.hpp"
#include "core/review/review_edits.hpp"

namespace planner::ui {
namespace {

std::size_t open_count(const ItemComments& comments) {
  return static_cast<std::size_t>(
      std::count_if(comments.begin(), comments.end(), [](const ReviewComment* c) { return !c->resolved; }));
}

// Open comments call for attention (the warning colour); resolved ones are done with.
std::string marker_text(const ItemComments& comments) {
  const std::size_t open = open_count(comments);
  return std::string(icons::kComment) + " " + (open > 0 ? std::to_string(open) : std::string(icons::kCheck));
}

ImVec4 marker_colour(const ItemComments& comments) {
  return open_count(comments) > 0 ? colours().warning : colours().success;
}

}  // namespace

std::string comments_in_words(const ItemComments& comments) {
  if (comments.empty()) return {};
  const std::size_t open = open_count(comments);
  const std::size_t n = open > 0 ? open : comments.size();
  return std::to_string(n) + (open > 0 ? " open" : " resolved") + (n == 1 ? " mentor comment" : " mentor comments");
}

float comment_marker_width(const ItemComments& comments) {
  return comments.empty() ? 0.0f : chip_size(marker_text(comments)).x;
}

void draw_comment_marker(ImDrawList* draw_list, ImVec2 min, const ItemComments& comments, std::string_view item_name) {
  if (comments.empty()) return;
  const std::string text = marker_text(comments);
  draw_chip(draw_list, min, text, marker_colour(comments));
  const ImVec2 size = chip_size(text);
  const std::string name = comments_in_words(comments) + " on " + std::string(item_name);
  automation::add_custom_item(ImGui::GetID(name.c_str()), name, min, ImVec2(min.x + size.x, min.y + size.y));
}

void comment_marker(const ItemComments& comments, std::string_view item_name) {
  if (comments.empty()) return;
  draw_comment_marker(ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), comments, item_name);
  ImGui::Dummy(chip_size(marker_text(comments)));
  ImGui::SetItemTooltip("%s", (comments_in_words(comments) + ": see them in the details").c_str());
}

std::optional<Edit> review_comment(const ReviewComment& comment, const CommentLook& look) {
  std::optional<Edit> chosen;
  ImGui::PushID((comment.review + "/" + comment.id).c_str());
  const ImVec2 top = ImGui::GetCursorScreenPos();
  ImGui::BeginGroup();
  if (look.show_item) {
    if (look.bold != nullptr) ImGui::PushFont(look.bold);
    wrapped_text(comment.item_label);
    if (look.bold != nullptr) ImGui::PopFont();
  }
  const ImVec4 colour = comment.resolved ? ImGui::GetStyle().Colors[ImGuiCol_TextDisabled] : colours().text;
  coloured_text(comment.resolved ? colours().success : colours().warning,
                std::string(comment.resolved ? icons::kCheck : icons::kComment));
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  wrapped_text(comment.text);
  ImGui::PopStyleColor();
  muted_text(comment.author + ", " + comment.date.display() + (comment.resolved ? " \xC2\xB7 resolved" : ""));
  ImGui::EndGroup();
  // The comment itself, for automation and assistive scripts: its words are drawn text, not items.
  const std::string name = "Comment by " + comment.author + ": " + comment.text;
  automation::add_custom_item(ImGui::GetID("##comment"), name, top, ImGui::GetItemRectMax());
  if (!look.read_only) {
    if (ImGui::SmallButton(comment.resolved ? "Reopen" : "Resolve"))
      chosen = edits::resolve_review_comment(comment.review, comment.id, !comment.resolved);
    ImGui::SetItemTooltip(comment.resolved ? "Mark it open again" : "Mark it dealt with (undo with Ctrl+Z)");
  }
  ImGui::PopID();
  return chosen;
}

std::optional<Edit> item_comments(const ItemComments& comments, std::string_view item, const CommentLook& look) {
  if (comments.empty()) return std::nullopt;
  section_title(look.bold, "Mentor comments");
  std::optional<Edit> chosen;
  for (const ReviewComment* comment : comments) {
    CommentLook shown = look;
    shown.show_item = comment->item != item;  // on one of its parts (a module's session): say which
    if (auto edit = review_comment(*comment, shown)) chosen = std::move(edit);
    ImGui::Dummy(ImVec2(0, space(kSpaceXs)));
  }
  return chosen;
}

}  // namespace planner::ui
