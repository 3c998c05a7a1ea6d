#include "app/widgets/controls.hpp"

#include <string>

#include "app/automation.hpp"

namespace planner::ui {
namespace {

const Palette* g_palette = nullptr;

ImVec4 tint(const ImVec4& colour, float amount) {
  const ImVec4 surface = colours().surface;
  return ImVec4(surface.x + (colour.x - surface.x) * amount, surface.y + (colour.y - surface.y) * amount,
                surface.z + (colour.z - surface.z) * amount, 1.0f);
}

}  // namespace

void use_palette(const Palette* palette) { g_palette = palette; }

const Palette& colours() { return g_palette != nullptr ? *g_palette : palette(Theme::light); }

float space(float css_pixels) {
  // The style was scaled with the text (apply_theme); spacing follows the same factor.
  return css_pixels * (ImGui::GetFontSize() / 15.0f);
}

bool primary_button(const char* label, ImVec2 size) {
  const Palette& p = colours();
  ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(p.accent.x * 0.88f, p.accent.y * 0.88f, p.accent.z * 0.88f, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(p.accent.x * 0.78f, p.accent.y * 0.78f, p.accent.z * 0.78f, 1));
  ImGui::PushStyleColor(ImGuiCol_Text, p.on_accent);
  ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
  const bool pressed = ImGui::Button(label, size);
  ImGui::PopStyleColor(5);
  return pressed;
}

bool danger_button(const char* label, ImVec2 size) {
  ImGui::PushStyleColor(ImGuiCol_Text, colours().error);
  const bool pressed = ImGui::Button(label, size);
  ImGui::PopStyleColor();
  return pressed;
}

bool icon_button(const char* icon, const char* name, const char* tooltip) {
  const std::string label = std::string(icon) + "##" + name;
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0);
  const bool pressed = ImGui::Button(label.c_str());
  automation::name_last_item(name);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  ImGui::SetItemTooltip("%s", tooltip != nullptr ? tooltip : name);
  return pressed;
}

void coloured_text(const ImVec4& colour, std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopStyleColor();
}

void muted_text(std::string_view text) { coloured_text(colours().text_muted, text); }

void wrapped_text(std::string_view text) {
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
}

namespace {
ImVec2 chip_padding() { return ImVec2(space(7), space(2)); }
}  // namespace

ImVec2 chip_size(std::string_view text) {
  const ImVec2 padding = chip_padding();
  const ImVec2 text_size = ImGui::CalcTextSize(text.data(), text.data() + text.size());
  return ImVec2(text_size.x + padding.x * 2, text_size.y + padding.y * 2);
}

void draw_chip(ImDrawList* draw_list, ImVec2 min, std::string_view text, const ImVec4& colour) {
  const ImVec2 padding = chip_padding();
  const ImVec2 size = chip_size(text);
  const ImVec2 max(min.x + size.x, min.y + size.y);
  draw_list->AddRectFilled(min, max, ImGui::GetColorU32(tint(colour, 0.16f)), (max.y - min.y) / 2);
  draw_list->AddText(ImVec2(min.x + padding.x, min.y + padding.y), ImGui::GetColorU32(colour), text.data(),
                     text.data() + text.size());
}

void chip(std::string_view text, const ImVec4& colour) {
  draw_chip(ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), text, colour);
  ImGui::Dummy(chip_size(text));
}

void view_header(ImFont* heading, std::string_view title, std::string_view explanation) {
  ImGui::PushFont(heading);
  ImGui::TextUnformatted(title.data(), title.data() + title.size());
  ImGui::PopFont();
  if (!explanation.empty()) {
    ImGui::PushTextWrapPos(0);
    muted_text(explanation);
    ImGui::PopTextWrapPos();
  }
  ImGui::Dummy(ImVec2(0, space(kSpaceS)));
}

void section_title(ImFont* bold, std::string_view title) {
  ImGui::Dummy(ImVec2(0, space(kSpaceXs)));
  ImGui::PushFont(bold);
  ImGui::TextUnformatted(title.data(), title.data() + title.size());
  ImGui::PopFont();
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(cursor.x, cursor.y),
                                      ImVec2(cursor.x + ImGui::GetContentRegionAvail().x, cursor.y),
                                      ImGui::GetColorU32(colours().border));
  ImGui::Dummy(ImVec2(0, space(kSpaceXs)));
}

void empty_state(std::string_view title, std::string_view advice) {
  ImGui::Dummy(ImVec2(0, space(kSpaceM)));
  ImGui::TextUnformatted(title.data(), title.data() + title.size());
  ImGui::PushTextWrapPos(0);
  muted_text(advice);
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, space(kSpaceM)));
}

}  // namespace planner::ui
