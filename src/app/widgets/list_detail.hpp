#pragma once
// A list beside the details of what is selected in it, when the view is wide enough for both
// (a laptop); one at a time when it is not (a phone, a portrait tablet, large text, the Checks
// panel open): the list, or the details as a page of their own with a way back to the list.
// Side by side, the list and the details scroll on their own, the details' heading staying in
// view. Activities, Reviews, Modules and Dissertation use it.
//
//   ListDetail layout("##activities", detail_open, {.list = 380});
//   if (layout.begin_list()) { …the list, scrolling in a child of its own… }
//   layout.end_list();
//   if (layout.begin_detail()) {
//     if (layout.back_button("All activities")) close();
//     …heading and actions, always in view…
//     ui::ListDetail::begin_body(); …fields, scrolling… ui::ListDetail::end_body();
//   }
//   layout.end_detail();
#include "imgui.h"

namespace planner::ui {

// CSS pixels at text scale 1. A view narrower than list + detail shows one at a time.
struct ListDetailWidths {
  float list = 380;  // the least the list needs; side by side it takes 42% of the view, at least this
  float detail = 0;  // the least the details need beside it; 0: as much as the list
};

class ListDetail {
 public:
  // `detail_open`: something is selected or being added; on a narrow view its details replace
  // the list.
  ListDetail(const char* id, bool detail_open, const ListDetailWidths& widths);
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
