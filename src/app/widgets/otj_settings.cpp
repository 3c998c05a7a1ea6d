#include "app/widgets/otj_settings.hpp"

#include <string_view>
#include <vector>

#include "app/widgets/controls.hpp"
#include "imgui.h"

namespace planner::ui {
namespace {

// A policy's label reads "Started before 1 Aug 2022: at least 20% of contracted hours off the
// job": the part before the colon names it in the combo (short enough for a tablet), the rest is
// shown beneath as what it asks for.
std::string_view short_name(const OtjPolicy& policy) {
  const std::string_view label = policy.label;
  return label.substr(0, label.find(": "));
}

std::string what_it_asks(const OtjPolicy& policy) {
  const std::string_view label = policy.label;
  const auto colon = label.find(": ");
  if (colon == std::string_view::npos) return "";
  std::string rest(label.substr(colon + 2));
  if (!rest.empty() && rest.front() >= 'a' && rest.front() <= 'z')
    rest.front() = static_cast<char>(rest.front() - 'a' + 'A');
  return rest + ".";
}

// The largest figure each measure takes: a whole week's hours would be 100%; 40 hours a week;
// the longest programme's hours.
double largest_figure(const OtjPolicy& policy) {
  if (policy.measure == OtjMeasure::percent_of_contracted) return 100;
  if (policy.measure == OtjMeasure::hours_per_week) return 40;
  return 5000;
}

}  // namespace

std::string otj_figure_unit(const OtjPolicy& policy) {
  if (policy.measure == OtjMeasure::percent_of_contracted) return "% of contracted hours";
  if (policy.measure == OtjMeasure::hours_per_week) return "hours a week on average";
  return "hours in total";
}

bool otj_settings_fields(const Catalogue& catalogue, Profile& profile, FieldBuffers& buffers, float label_width) {
  bool changed = false;
  form_label("Contracted hours", label_width);
  if (auto hours =
          number_field("Contracted hours", profile.contracted_hours_per_week, 1, 60, buffers, 0, 0.5, "hours a week")) {
    profile.contracted_hours_per_week = *hours;
    changed = true;
  }

  std::vector<Option> policies;
  for (const OtjPolicy& policy : catalogue.otj_policies)
    policies.push_back({policy.id, std::string(short_name(policy))});
  form_label("Off-the-job rule", label_width);
  if (auto chosen = choice_field("Off-the-job rule", profile.otj_policy, policies)) {
    profile.otj_policy = *chosen;
    if (const OtjPolicy* policy = catalogue.otj_policy(*chosen)) profile.otj_figure = policy->default_figure;
    changed = true;
  }
  ImGui::SetItemTooltip("Which rule applies depends on when the apprenticeship started");
  const OtjPolicy* policy = catalogue.otj_policy(profile.otj_policy);
  if (policy == nullptr) return changed;
  ImGui::SetCursorPosX(label_width);
  ImGui::PushTextWrapPos(0);
  muted_text(what_it_asks(*policy));
  ImGui::PopTextWrapPos();

  form_label("Off-the-job target", label_width);
  // 0 stands for the rule's own figure (a plan made before one was chosen): show that figure.
  const double figure = profile.otj_figure > 0 ? profile.otj_figure : policy->default_figure;
  if (auto typed = number_field("Off-the-job target", figure, 1, largest_figure(*policy), buffers, 0, 0,
                                otj_figure_unit(*policy).c_str())) {
    profile.otj_figure = *typed;
    changed = true;
  }
  return changed;
}

}  // namespace planner::ui
