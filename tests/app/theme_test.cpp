#include "app/theme.hpp"
#include "app/event_colours.hpp"

#include <gtest/gtest.h>

namespace planner {
namespace {

constexpr double kMinimumTextContrast = 4.5;  // WCAG 2 AA for body text

TEST(Theme, ContrastRatioMatchesTheWcagExamples) {
  EXPECT_NEAR(contrast_ratio(ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1)), 21.0, 1e-9);
  EXPECT_NEAR(contrast_ratio(ImVec4(1, 1, 1, 1), ImVec4(1, 1, 1, 1)), 1.0, 1e-9);
}

class EveryTheme : public ::testing::TestWithParam<Theme> {};

TEST_P(EveryTheme, TextColoursReadOnEveryBackground) {
  const Palette& p = palette(GetParam());
  for (const ImVec4& background : {p.background, p.surface}) {
    for (const ImVec4& text : {p.text, p.text_muted, p.error, p.warning, p.note, p.success})
      EXPECT_GE(contrast_ratio(text, background), kMinimumTextContrast) << to_string(GetParam());
  }
  EXPECT_GE(contrast_ratio(p.on_accent, p.accent), kMinimumTextContrast) << to_string(GetParam());
}

TEST_P(EveryTheme, WidgetTextReadsOnWidgetBackgrounds) {
  ImGui::CreateContext();
  apply_theme(GetParam(), 1.0f);
  const ImVec4* c = ImGui::GetStyle().Colors;
  for (ImGuiCol background : {ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive, ImGuiCol_Header,
                              ImGuiCol_HeaderHovered, ImGuiCol_FrameBg, ImGuiCol_FrameBgHovered, ImGuiCol_PopupBg,
                              ImGuiCol_WindowBg, ImGuiCol_ChildBg, ImGuiCol_TableHeaderBg}) {
    EXPECT_GE(contrast_ratio(c[ImGuiCol_Text], c[background]), kMinimumTextContrast)
        << to_string(GetParam()) << " colour " << ImGui::GetStyleColorName(background);
  }
  ImGui::DestroyContext();
}

INSTANTIATE_TEST_SUITE_P(Themes, EveryTheme, ::testing::Values(Theme::light, Theme::dark, Theme::high_contrast),
                         [](const ::testing::TestParamInfo<Theme>& param) {
                           std::string name(to_string(param.param));
                           for (char& c : name)
                             if (c == '-') c = '_';
                           return name;
                         });

}  // namespace
}  // namespace planner

namespace planner {
namespace {

TEST_P(EveryTheme, EveryEventKindReadsAsTextAndUnderText) {
  const Palette& p = palette(GetParam());
  for (int k = static_cast<int>(EventKind::module); k <= static_cast<int>(EventKind::epa); ++k) {
    const auto kind = static_cast<EventKind>(k);
    for (const ImVec4& background : {p.background, p.surface})
      EXPECT_GE(contrast_ratio(event_colour(kind, GetParam()), background), kMinimumTextContrast)
          << to_string(GetParam()) << " " << to_string(kind);
    EXPECT_GE(contrast_ratio(p.text, event_fill(kind, GetParam())), kMinimumTextContrast)
        << to_string(GetParam()) << " fill of " << to_string(kind);
  }
}

}  // namespace
}  // namespace planner
