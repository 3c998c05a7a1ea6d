#include "app/frame_pacer.hpp"

#include <gtest/gtest.h>

namespace planner {
namespace {

FramePlan idle_frames(FramePacer& pacer, int frames, const FrameActivity& activity = {}) {
  FramePlan plan;
  for (int i = 0; i < frames; ++i) plan = pacer.after_frame(activity);
  return plan;
}

TEST(FramePacer, DrawsAFewFramesAfterAnEventThenSleeps) {
  FramePacer pacer;
  pacer.on_event();
  for (int i = 1; i < FramePacer::kFramesAfterEvent; ++i) EXPECT_TRUE(pacer.after_frame({}).draw_next) << i;
  const FramePlan plan = pacer.after_frame({});
  EXPECT_FALSE(plan.draw_next);
  EXPECT_FALSE(plan.wake_in.has_value());
}

TEST(FramePacer, KeepsDrawingWhileInputIsQueuedOrHeld) {
  FramePacer pacer;
  idle_frames(pacer, 5);
  EXPECT_TRUE(pacer.after_frame({.input_pending = true}).draw_next);
  EXPECT_TRUE(pacer.after_frame({.button_or_key_held = true}).draw_next);
  EXPECT_TRUE(pacer.after_frame({.app_animating = true}).draw_next);
  EXPECT_FALSE(pacer.after_frame({}).draw_next);
}

TEST(FramePacer, WakesOnceForEachTooltipDelayThenSleeps) {
  FramePacer pacer;
  idle_frames(pacer, 5);
  FramePlan plan = pacer.after_frame({.hovering_item = true, .hovered_for = 0.05});
  ASSERT_TRUE(plan.wake_in.has_value());
  EXPECT_NEAR(*plan.wake_in, 0.13, 1e-9);
  plan = pacer.after_frame({.hovering_item = true, .hovered_for = 0.2});
  ASSERT_TRUE(plan.wake_in.has_value());
  EXPECT_NEAR(*plan.wake_in, 0.25, 1e-9);
  plan = pacer.after_frame({.hovering_item = true, .hovered_for = 0.5});
  EXPECT_FALSE(plan.draw_next);
  EXPECT_FALSE(plan.wake_in.has_value());
}

TEST(FramePacer, BlinksTheCaret) {
  FramePacer pacer;
  idle_frames(pacer, 5);
  const FramePlan plan = pacer.after_frame({.text_input_active = true});
  EXPECT_FALSE(plan.draw_next);
  ASSERT_TRUE(plan.wake_in.has_value());
  EXPECT_DOUBLE_EQ(*plan.wake_in, FramePacer::kCaretBlink);
}

}  // namespace
}  // namespace planner
