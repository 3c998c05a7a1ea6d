// The Modules view in Chromium through real input: reorder the sequence by dragging a row with the
// mouse and undo it with Ctrl+Z; set a session's date by typing; screenshots at the sizes and
// themes the app supports.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {chromiumSession, openPlanner} from './harness.mjs';
import {centre, dragBetween, nextFrame, openView, suggestPlan, replaceText} from './planner_steps.mjs';

const session = chromiumSession();

const order = (state) => state.plan.modules.map((placement) => placement.moduleId);
const rowLabel = (moduleId) => `Module ${moduleId.slice(1)}`;

describe('the Modules view', () => {
  test('a module dragged with the mouse moves in the sequence, and Ctrl+Z puts it back', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    const start = await openView(planner, 'Modules');
    const suggested = order(start);
    const first = await planner.item(rowLabel(suggested[0]));
    const third = await planner.item(rowLabel(suggested[2]));
    // Onto the lower half of the third row: after it.
    await dragBetween(planner, centre(first), {x: centre(third).x, y: third.y + third.h * 0.75});
    const moved = await planner.waitForState((s) => order(s)[2] === suggested[0]);
    assert.deepEqual(order(moved).slice(0, 3), [suggested[1], suggested[2], suggested[0]]);
    // The modules traded start dates: the slots stay where they were.
    const starts = (state) => state.plan.modules.map((placement) => placement.start);
    assert.deepEqual(starts(moved), starts(start));

    await planner.page.keyboard.press('Control+z');
    const restored = await planner.waitForState((s) => order(s)[0] === suggested[0]);
    assert.deepEqual(restored.plan, start.plan);
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('a session date typed in is kept as set by hand, and "Use timetable date" clears it', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    const state = await openView(planner, 'Modules');
    const module = state.plan.modules[1];
    await planner.click(rowLabel(module.moduleId));
    await planner.waitForState((s) => s.selected === module.moduleId);
    // The Tuesday of week 4 instead of its Monday (the university moved the day).
    const tuesday = new Date(`${module.start}T00:00:00Z`);
    tuesday.setUTCDate(tuesday.getUTCDate() + 22);
    const typed = tuesday.toISOString().slice(0, 10);
    await replaceText(planner, 'Face-to-face: update and problem solving', typed);
    await planner.page.keyboard.press('Enter');
    const set = await planner.waitForState((s) =>
      s.plan.modules.find((p) => p.moduleId === module.moduleId).sessionDates['f2f-2'] === typed);
    assert.equal(set.plan.modules.find((p) => p.moduleId === module.moduleId).start, module.start);

    await planner.click('Use timetable date');
    await planner.waitForState((s) =>
      !('f2f-2' in s.plan.modules.find((p) => p.moduleId === module.moduleId).sessionDates));
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('Alt+Down on the selected module moves it one place later', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    const suggested = order(await openView(planner, 'Modules'));
    await planner.click(rowLabel(suggested[0]));
    await planner.waitForState((s) => s.selected === suggested[0]);
    await planner.page.keyboard.press('Alt+ArrowDown');
    await planner.waitForState((s) => order(s)[1] === suggested[0]);
    await nextFrame(planner);
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });
});
