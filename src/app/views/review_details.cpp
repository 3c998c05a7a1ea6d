#include "app/views/review_details.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "app/automation.hpp"
#include "app/icons.hpp"
#include "app/view_context.hpp"
#include "app/views/reviews.hpp"
#include "app/widgets/checklist.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/day_note.hpp"
#include "app/widgets/edit_steps.hpp"
#include "app/widgets/fields.hpp"
#include "core/plan/edits.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr float kLabelWidth = 150;  // CSS pixels at text scale 1

// The name the profile gives each party, to sign off with.
std::string profile_name(const Profile& profile, std::string_view party) {
  if (party == "apprentice") return profile.apprentice;
  if (party == "mentor") return profile.mentor;
  if (party == "tutor") return profile.tutor;
  return {};
}

// "mentor's": how a button names its party; "Mentor's" starts a field's name.
std::string possessive(std::string_view party) { return std::string(party) + "'s"; }
std::string field_name(std::string_view party, std::string_view what) {
  std::string name = possessive(party) + " " + std::string(what);
  if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  return name;
}

void apply_review(const ViewContext& context, Review review) {
  context.apply(ui::one_step_unless_typing(edits::update_review(context.catalogue, std::move(review))));
}

void draw_attendees(const ViewContext& context, const Review& review) {
  ui::section_title(context.fonts.bold, "Who attends");
  std::vector<ui::CheckOption> options;
  for (const std::string& party : context.catalogue.review_attendees) {
    const std::string name = profile_name(context.plan.profile, party);
    options.push_back(
        {.value = party, .label = std::string(party_name(party)), .note = name, .note_colour = {}, .tooltip = {}});
  }
  if (auto attendees = ui::checklist("attendees", options, review.attendees)) {
    Review changed = review;
    changed.attendees = *attendees;
    apply_review(context, std::move(changed));
  }
  if (review.attendees.size() < context.catalogue.review_attendees.size())
    ui::coloured_text(ui::colours().warning,
                      std::string(icons::kWarning) + " A tripartite review needs all three parties.");
}

void draw_actions(const ViewContext& context, ReviewsState& state, const Review& review) {
  ui::section_title(context.fonts.bold, "Actions agreed");
  if (review.actions.empty())
    ui::muted_text("No actions yet: add what each party agreed to do before the next review.");
  for (std::size_t i = 0; i < review.actions.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const std::string name = "Action " + std::to_string(i + 1);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted((std::to_string(i + 1) + ".").c_str());
    ImGui::SameLine(ui::space(28));
    const float remove_width = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x;
    if (state.focus_new_action && i + 1 == review.actions.size()) {
      ImGui::SetKeyboardFocusHere();
      state.focus_new_action = false;
    }
    if (auto text = ui::text_field(
            name, review.actions[i],
            {.hint = "who does what, by when", .width = ImGui::GetContentRegionAvail().x - remove_width})) {
      Review changed = review;
      changed.actions[i] = *text;
      apply_review(context, std::move(changed));
    }
    ImGui::SameLine();
    const std::string remove = "Remove action " + std::to_string(i + 1);
    if (ui::icon_button(icons::kRemove, remove.c_str(), "Remove this action")) {
      Review changed = review;
      changed.actions.erase(changed.actions.begin() + static_cast<std::ptrdiff_t>(i));
      apply_review(context, std::move(changed));
    }
    ImGui::PopID();
  }
  const std::string add = std::string(icons::kAdd) + " Add action";
  if (ImGui::Button(add.c_str())) {
    Review changed = review;
    changed.actions.emplace_back();
    apply_review(context, std::move(changed));
    state.focus_new_action = true;
  }
}

void draw_sign_off(const ViewContext& context, ReviewsState& state, const Review& review, const std::string& party) {
  const SignOff* current = sign_off_of(review, party);
  if (current == nullptr) return;
  ImGui::PushID(party.c_str());
  ImGui::PushFont(context.fonts.bold);
  ImGui::TextUnformatted(std::string(party_name(party)).c_str());
  ImGui::PopFont();
  const float label_width = ui::space(kLabelWidth);
  if (current->signed_off) {
    std::string text = std::string(icons::kCheck) + " Signed off";
    if (!current->name.empty()) text += " by " + current->name;
    if (current->date) text += " on " + current->date->display();
    ImGui::AlignTextToFramePadding();
    ui::coloured_text(ui::colours().success, text);
    ImGui::SameLine();
    const std::string withdraw = "Withdraw##" + party;
    if (ImGui::Button(withdraw.c_str())) context.apply(edits::sign_off_review(review.id, party, SignOff{}));
    automation::name_last_item("Withdraw the " + possessive(party) + " sign-off");
    ImGui::SetItemTooltip("Take back this sign-off (it can be given again)");
  } else {
    SignOff& draft = state.sign_off_drafts[party];
    ui::form_label("Name", label_width);
    if (auto name = ui::text_field(field_name(party, "name"), draft.name, {.hint = "who signs"})) draft.name = *name;
    ui::form_label("Date", label_width);
    const ui::DateFieldOptions options{.holidays = &context.catalogue.holidays, .today = context.today};
    if (auto day = ui::date_field(field_name(party, "sign-off date"), draft.date, context.buffers, options);
        day && day->value)
      draft.date = day->value;
    ImGui::SetCursorPosX(label_width);
    const bool ready = !draft.name.empty() && draft.date.has_value();
    ImGui::BeginDisabled(!ready);
    const std::string sign = "Sign off as " + party;
    if (ui::primary_button(sign.c_str())) {
      SignOff signed_off = draft;
      signed_off.signed_off = true;
      context.apply(edits::sign_off_review(review.id, party, signed_off));
    }
    ImGui::EndDisabled();
    if (!ready) {
      ImGui::SameLine();
      ui::muted_text(draft.name.empty() ? "Type the name of who signs." : "Give the date of the sign-off.");
    }
  }
  ImGui::Dummy(ImVec2(0, ui::space(ui::kSpaceXs)));
  ImGui::PopID();
}

void draw_sign_offs(const ViewContext& context, ReviewsState& state, const Review& review) {
  ui::section_title(context.fonts.bold, "Sign-off");
  if (state.sign_off_review != review.id) {
    state.sign_off_review = review.id;
    state.sign_off_drafts.clear();
    for (const std::string& party : context.catalogue.review_attendees)
      state.sign_off_drafts[party] =
          SignOff{.signed_off = false, .name = profile_name(context.plan.profile, party), .date = context.today};
  }
  if (context.today < review.date)
    ui::muted_text("This review is on " + review.date.display() + ": each party signs it off once it has been held.");
  for (const std::string& party : context.catalogue.review_attendees) draw_sign_off(context, state, review, party);
}

}  // namespace

std::string_view party_name(std::string_view party) {
  if (party == "apprentice") return "Apprentice";
  if (party == "mentor") return "Workplace mentor or line manager";
  if (party == "tutor") return "Academic tutor";
  return party;
}

const SignOff* sign_off_of(const Review& review, std::string_view party) {
  if (party == "apprentice") return &review.apprentice;
  if (party == "mentor") return &review.mentor;
  if (party == "tutor") return &review.tutor;
  return nullptr;
}

int sign_offs(const Review& review) {
  return static_cast<int>(review.apprentice.signed_off) + static_cast<int>(review.mentor.signed_off) +
         static_cast<int>(review.tutor.signed_off);
}

void draw_review_details(const ViewContext& context, ReviewsState& state, const Review& review) {
  ImGui::PushID(review.id.c_str());
  ImGui::BeginDisabled(context.read_only);
  const float label_width = ui::space(kLabelWidth);
  ui::form_label("Date", label_width);
  const ui::DateFieldOptions options{.holidays = &context.catalogue.holidays, .today = context.today};
  if (auto day = ui::date_field("Review date", review.date, context.buffers, options); day && day->value) {
    Review changed = review;
    changed.date = *day->value;
    apply_review(context, std::move(changed));
  }
  ui::day_note(context.catalogue, context.plan, review.date, label_width);

  draw_attendees(context, review);

  ui::section_title(context.fonts.bold, "Notes");
  if (auto notes = ui::text_area("Review notes", review.notes, 5)) {
    Review changed = review;
    changed.notes = *notes;
    apply_review(context, std::move(changed));
  }

  draw_actions(context, state, review);
  draw_sign_offs(context, state, review);
  ImGui::EndDisabled();
  ImGui::PopID();
}

}  // namespace planner
