#pragma once
// Draws one view over any plan, without the app around it: a real ImGui context and fonts, the
// view's context built as the app builds it, and the edits it queues applied to a Document after
// each frame as the app applies them. For the plans a test cannot reach through the first-run
// screen: the large plan, a plan with nothing in it.
#include <gtest/gtest.h>

#include <functional>
#include <string_view>
#include <vector>

#include "app/automation.hpp"
#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/view_context.hpp"
#include "app/widgets/controls.hpp"
#include "core/plan/document.hpp"
#include "core/planning/derived.hpp"
#include "core/programme/catalogue.hpp"
#include "headless_ui.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace planner::testing {

class ViewHarness {
 public:
  using DrawView = std::function<void(const ViewContext&)>;

  ViewHarness(Plan plan, DrawView draw, ImVec2 size = {1096, 640})
      : document_(std::move(plan)), draw_(std::move(draw)), size_(size) {
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    fonts_ = build_fonts({1.0f, 1.0f});
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    apply_theme(Theme::light, 1.0f);
    frame();
    frame();
  }
  ~ViewHarness() { ImGui::DestroyContext(context_); }
  ViewHarness(const ViewHarness&) = delete;
  ViewHarness& operator=(const ViewHarness&) = delete;

  void frame() {
    if (revision_ != document_.revision() || !derived_) {
      derived_ = derive(default_catalogue(), document_.plan());
      revision_ = document_.revision();
    }
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = size_;
    io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    automation::begin_frame();
    ui::use_palette(&palette(Theme::light));
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(size_);
    ImGui::Begin("view", nullptr, ImGuiWindowFlags_NoDecoration);
    const ViewContext context{.catalogue = default_catalogue(),
                              .plan = document_.plan(),
                              .derived = *derived_,
                              .revision = document_.revision(),
                              .today = host.today(),
                              .theme = Theme::light,
                              .palette = palette(Theme::light),
                              .fonts = fonts_,
                              .read_only = false,
                              .host = host,
                              .navigation = navigation,
                              .states = states,
                              .buffers = buffers_,
                              .pending = pending_,
                              .commands = commands_};
    draw_(context);
    ImGui::End();
    ImGui::Render();
    automation::end_frame();
    for (const Edit& edit : pending_) document_.apply(edit);
    pending_.clear();
    if (ImGui::GetActiveID() == 0) document_.seal();
  }

  const automation::Item* find(std::string_view label) const {
    for (const automation::Item& item : automation::last_frame_items())
      if (item.label == label) return &item;
    return nullptr;
  }
  int count(const std::function<bool(const automation::Item&)>& matches) const {
    int n = 0;
    for (const automation::Item& item : automation::last_frame_items()) n += matches(item) ? 1 : 0;
    return n;
  }

  const Document& document() const { return document_; }
  const Derived& derived() const { return *derived_; }

  FakeHost host;
  Navigation navigation;
  ViewStates states;

 private:
  Document document_;
  DrawView draw_;
  ImVec2 size_;
  ImGuiContext* context_ = nullptr;
  Fonts fonts_;
  std::optional<Derived> derived_;
  std::uint64_t revision_ = 0;
  ui::FieldBuffers buffers_;
  std::vector<Edit> pending_;
  AppCommands commands_;
};

}  // namespace planner::testing
