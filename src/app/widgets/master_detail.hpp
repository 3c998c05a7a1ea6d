#pragma once
// A list beside the details of its selected item when the view is wide enough, one above the
// other when it is not (a tablet in portrait, large text, the Checks panel open). Side by side,
// each pane scrolls on its own so the list stays in sight while the details are long; stacked,
// both flow in the view's own scrolling.
//
//   ui::MasterDetail panes("##modules", {.list_width = 400, .min_detail_width = 420});
//   draw_list();
//   panes.next_pane();
//   draw_details();
//   // the destructor closes the panes
namespace planner::ui {

struct MasterDetailLayout {
  float list_width = 400;        // CSS pixels at text scale 1; the list takes at most 45% of the view
  float min_detail_width = 420;  // narrower than list + this: stacked
};

class MasterDetail {
 public:
  MasterDetail(const char* id, const MasterDetailLayout& layout);
  ~MasterDetail();
  MasterDetail(const MasterDetail&) = delete;
  MasterDetail& operator=(const MasterDetail&) = delete;

  // Ends the list pane and starts the details pane.
  void next_pane();
  bool side_by_side() const { return side_by_side_; }

 private:
  const char* id_;
  bool side_by_side_ = false;
  bool in_details_ = false;
  float height_ = 0;
};

}  // namespace planner::ui
