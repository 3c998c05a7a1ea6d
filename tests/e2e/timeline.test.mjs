// The Timeline in Chromium through real input: a module dragged with the mouse onto a clash shows
// the finding (while dragging and after), Ctrl+Z takes it away; Ctrl+wheel zooms around the
// pointer; screenshots at the sizes and themes the app supports.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {chromiumSession, openPlanner} from './harness.mjs';
import {centre, nextFrame, openView, suggestPlan} from './planner_steps.mjs';

const session = chromiumSession();

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBetween = (from, to) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
const startOf = (state, moduleId) => state.plan.modules.find((p) => p.moduleId === moduleId).start;
// A module's bar runs from the Monday of its first week to the Friday of its twelfth.
const MODULE_SPAN_DAYS = 82;

describe('the Timeline', () => {
  test('a module dragged onto a clash shows a finding, and Ctrl+Z takes it away', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    const start = await openView(planner, 'Timeline');
    assert.equal(start.findings.error, 0, 'the suggested plan breaks no rule');
    await planner.click('Terms');
    for (const placement of start.plan.modules) await planner.item(`Module ${placement.moduleId.slice(1)}`);

    // Module 3 onto Module 2's weeks: three modules at once, their face-to-face days on one day.
    const moved = start.plan.modules[2];
    const target = start.plan.modules[1];
    const bar = await planner.item(`Module ${moved.moduleId.slice(1)}`);
    const pxPerDay = bar.w / MODULE_SPAN_DAYS;
    const from = centre(bar);
    const to = {x: from.x + daysBetween(moved.start, target.start) * pxPerDay, y: from.y};
    const mouse = planner.page.mouse;
    await mouse.move(from.x, from.y);
    await nextFrame(planner);
    await mouse.down();
    await nextFrame(planner);
    for (let step = 1; step <= 16; ++step) {
      await mouse.move(from.x + ((to.x - from.x) * step) / 16, from.y);
      await nextFrame(planner);
    }
    // The checks follow the drag before the button is let go.
    const dragging = await planner.waitForState((s) => startOf(s, moved.moduleId) === target.start);
    assert.ok(dragging.findings.error > 0, `a finding while dragging: ${JSON.stringify(dragging.findings)}`);
    await mouse.up();
    const dropped = await planner.waitForState((s) => !s.canRedo && s.findings.error > 0);
    assert.equal(startOf(dropped, moved.moduleId), target.start);
    await planner.screenshot('timeline-clash-1280x720');

    await planner.page.keyboard.press('Control+z');
    const restored = await planner.waitForState((s) => s.findings.error === 0);
    assert.deepEqual(restored.plan, start.plan, 'the whole drag was one undo step');
    assert.deepEqual(restored.findings, start.findings);
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('Ctrl+wheel zooms around the pointer, the wheel with Shift pans', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    const opened = await openView(planner, 'Timeline');
    const before = await planner.item('Module 1');
    const pointer = {x: before.x + before.w * 0.75, y: before.y + before.h / 2};
    await planner.page.mouse.move(pointer.x, pointer.y);
    await planner.page.keyboard.down('Control');
    await planner.page.mouse.wheel(0, -100);
    await planner.page.keyboard.up('Control');
    const right = (item) => item.x + item.w;
    const zoomed = await planner.page.waitForFunction((w) => {
      const item = window.planner.items().find((i) => i.label === 'Module 1');
      return item && item.x + item.w > w + 10 ? item : false;
    }, right(before)).then((handle) => handle.jsonValue());
    // The day under the pointer stayed under it: the bar's end moved away from it by the zoom's
    // factor (a wheel step is a factor of e^0.25). Its start may be under the row labels now.
    const factor = (right(zoomed) - pointer.x) / (right(before) - pointer.x);
    assert.ok(Math.abs(factor - Math.exp(0.25)) < 0.02, `zoomed by ${factor}`);
    assert.equal((await planner.state()).revision, opened.revision, 'zooming changes nothing in the plan');

    await planner.page.keyboard.down('Shift');
    await planner.page.mouse.wheel(0, 100);
    await planner.page.keyboard.up('Shift');
    await planner.page.waitForFunction((x) => {
      const item = window.planner.items().find((i) => i.label === 'Module 1');
      return item && item.x + item.w < x - 10;
    }, right(zoomed));
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('hovering a module shows its details; a click selects it', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    await openView(planner, 'Timeline');
    const bar = await planner.item('Module 1');
    await planner.page.mouse.move(centre(bar).x, centre(bar).y);
    await planner.item(/^Details of Module 1: /);
    await planner.page.mouse.click(centre(bar).x, centre(bar).y);
    await planner.waitForState((s) => s.selected === 'M1');
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });
});
