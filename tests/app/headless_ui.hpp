#pragma once
// Drives the app's Dear ImGui front without a browser or a GPU: a real ImGui context with the real
// fonts, frames stepped by hand, input through ImGuiIO as the web glue sends it, and items found
// through the same automation registry that window.planner.items() reads.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "../unit/fake_storage.hpp"
#include "app/app.hpp"
#include "app/automation.hpp"
#include "app/fonts.hpp"
#include "core/programme/catalogue.hpp"
#include "fake_export_port.hpp"
#include "imgui.h"

namespace planner::testing {

// The platform as the app tests see it: a fixed day, storage that can fail on purpose (shared, so
// a second window or a reload sees the same browser storage), downloads (through the one
// ExportPort) and file choosers recorded.
class FakeHost final : public Host {
 public:
  explicit FakeHost(std::shared_ptr<test::FakeStorage> storage = std::make_shared<test::FakeStorage>())
      : shared_storage(std::move(storage)) {}
  Date today_value = Date::parse("2027-01-04").value();
  Date today() const override { return today_value; }
  std::string now_utc() const override { return today_value.iso() + "T09:00:00Z"; }
  // A GPU painter stand-in: the draw lists then carry it as a callback instead of rectangles.
  ImDrawCallback painter = nullptr;
  ImDrawCallback timeline_painter() override { return painter; }
  bool from_file = false;  // the one-file planner, opened from file://
  bool opened_from_file() const override { return from_file; }
  int demos_left = 0;  // Host::demo_left calls
  void demo_left() override { ++demos_left; }
  ExportPort& exports() override { return export_port; }
  FakeExportPort export_port;
  Storage& storage() override { return *shared_storage; }
  // navigator.storage as the tests play it: the browser's answer, and every request counted. A
  // request is answered at once: granted turns best effort into persistent.
  StoragePersistence persistence = StoragePersistence::best_effort;
  bool grants_persistence = true;
  int persistence_requests = 0;
  StoragePersistence storage_persistence() const override { return persistence; }
  void request_persistent_storage() override {
    ++persistence_requests;
    if (grants_persistence) persistence = StoragePersistence::persistent;
  }
  void choose_file() override { ++files_chosen; }

  std::shared_ptr<test::FakeStorage> shared_storage;
  int files_chosen = 0;
};

class HeadlessUi {
 public:
  explicit HeadlessUi(ImVec2 size = {1280, 720},
                      std::shared_ptr<test::FakeStorage> storage = std::make_shared<test::FakeStorage>(),
                      AppMode mode = AppMode::edit, bool opened_from_file = false)
      : host(std::move(storage)), size_(size) {
    host.from_file = opened_from_file;
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);  // CreateContext keeps another window's context current
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    app_ = std::make_unique<App>(host, default_catalogue(), mode);
    app_->use_fonts(build_fonts(app_->wanted_font_scale(1.0f)));
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);  // marks the atlas as uploaded
    frame();
    frame();
  }
  ~HeadlessUi() {
    ImGui::SetCurrentContext(context_);
    app_.reset();
    ImGui::DestroyContext(context_);
  }
  HeadlessUi(const HeadlessUi&) = delete;
  HeadlessUi& operator=(const HeadlessUi&) = delete;

  App& app() { return *app_; }

  // One frame, `seconds` long on ImGui's clock (the autosave pause counts on it).
  void frame(float seconds = 1.0f / 60.0f) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = size_;
    io.DeltaTime = seconds;
    ImGui::NewFrame();
    automation::begin_frame();
    app_->draw();
    ImGui::Render();
    automation::end_frame();
  }

  const automation::Item* find(std::string_view label) const {
    for (const automation::Item& item : automation::last_frame_items())
      if (item.label == label) return &item;
    return nullptr;
  }

  // Clicks the item's centre as the browser glue would: move, press, release, a frame each.
  void click(std::string_view label) {
    const automation::Item* item = find(label);
    ASSERT_NE(item, nullptr) << "no item labelled " << label;
    const ImVec2 centre((item->min.x + item->max.x) / 2, (item->min.y + item->max.y) / 2);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(centre.x, centre.y);
    frame();
    io.AddMouseButtonEvent(0, true);
    frame();
    io.AddMouseButtonEvent(0, false);
    frame();
    frame();
  }

  FakeHost host;

 private:
  ImVec2 size_;
  ImGuiContext* context_ = nullptr;
  std::unique_ptr<App> app_;
};

// The plan the app has open now.
inline const Plan& plan_of(HeadlessUi& ui) { return ui.app().document().plan(); }

}  // namespace planner::testing
