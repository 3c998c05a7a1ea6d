#pragma once
// A list beside the details of what is selected in it, when the view is wide enough for both
// (a laptop); one at a time on a narrow view (a portrait tablet): the list, or the details with a
// way back to the list. Activities and Reviews use it.
//
//   ListDetail layout("##activities", detail_open, ui::space(420));
//   if (layout.begin_list()) { …the list… }
//   layout.end_list();
//   if (layout.begin_detail()) {
//     if (layout.back_button("All activities")) close();
//     …heading and actions, always in view…
//     ui::ListDetail::begin_body(); …fields, scrolling… ui::ListDetail::end_body();
//   }
//   layout.end_detail();
#include "imgui.h"

namespace planner::ui {

class ListDetail {
 public:
  // `detail_open`: something is selected or being added. `min_list_width`: CSS pixels at text
  // scale 1 the list needs beside the details (the details take the rest, at least as much).
  ListDetail(const char* id, bool detail_open, float min_list_width);
  ~ListDetail() { ImGui::PopID(); }
  ListDetail(const ListDetail&) = delete;
  ListDetail& operator=(const ListDetail&) = delete;

  bool side_by_side() const { return side_by_side_; }
  // Each begin_ is always followed by its end_, whatever it returned (like ImGui::BeginChild).
  bool begin_list();
  void end_list();
  bool begin_detail();
  void end_detail();
  // On a narrow view, a button back to the list above the details (returns true when pressed);
  // side by side it draws nothing.
  bool back_button(const char* label) const;
  // Within the details, below their heading: the part that scrolls (the heading and its actions
  // stay in view). Always paired.
  static void begin_body();
  static void end_body();

 private:
  bool side_by_side_ = false;
  bool show_list_ = true;
  bool show_detail_ = false;
  bool list_open_ = false;
  bool detail_open_ = false;
  float list_width_ = 0;
  float height_ = 0;
};

}  // namespace planner::ui
