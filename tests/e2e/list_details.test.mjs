// Lists and their details on a screen too narrow to show both (a portrait tablet, by touch): in
// Modules, Dissertation, Activities and Reviews a tap on a row opens its details as a page of
// their own, in place of the list, and the page's back button returns to the list.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {chromiumSession, openPlanner} from './harness.mjs';
import {displayDate, openView, suggestPlan} from './planner_steps.mjs';

const session = chromiumSession();

// A finger's tap at the item's centre, once the app has taken in the input before it.
async function tap(planner, label) {
  await planner.inputSettled();
  const item = await planner.item(label);
  await planner.page.touchscreen.tap(item.x + item.w / 2, item.y + item.h / 2);
}

async function shown(planner, label) {
  return (await planner.items()).some((item) => item.label === label && item.w > 0 && item.h > 0);
}

const activityRow = (activity) => `${activity.title || 'Activity'} on ${displayDate(activity.date)}`;

// Each view: its row to open, what `selected` becomes, a field of the details, the back button.
const VIEWS = [
  {view: 'Modules', row: (plan) => `Module ${plan.modules[1].moduleId.slice(1)}`,
   selected: (plan) => plan.modules[1].moduleId, detail: 'Face-to-face: module walk-through', back: 'All modules'},
  {view: 'Dissertation', row: () => 'Literature review',
   selected: () => 'milestone/literature-review', detail: 'Milestone title', back: 'All milestones'},
  {view: 'Activities', row: (plan) => activityRow(plan.activities[0]),
   selected: (plan) => plan.activities[0].id, detail: 'Title', back: 'All activities'},
  {view: 'Reviews', row: (plan) => `Progress review on ${displayDate(plan.reviews[0].date)}`,
   selected: (plan) => plan.reviews[0].id, detail: 'Review notes', back: 'All reviews'},
];

describe('lists and their details on a narrow touch screen', () => {
  test('a tapped row opens as a page of its own, and its back button returns to the list', async () => {
    const planner = await openPlanner(session.browser, session.server,
                                      {viewport: {width: 768, height: 1024}, hasTouch: true});
    const {plan} = await suggestPlan(planner);
    for (const {view, row, selected, detail, back} of VIEWS) {
      await openView(planner, view);
      await planner.item(row(plan));
      assert.ok(!(await shown(planner, detail)), `${view}: the list alone, no details beside it`);
      assert.ok(!(await shown(planner, back)), `${view}: nothing to go back from`);

      await tap(planner, row(plan));
      await planner.waitForState((s) => s.selected === selected(plan));
      await planner.item(detail);
      await planner.item(back);
      assert.ok(!(await shown(planner, row(plan))), `${view}: the details in place of the list`);

      await tap(planner, back);
      await planner.waitForState((s) => s.selected === '');
      await planner.item(row(plan));
      assert.ok(!(await shown(planner, detail)), `${view}: back to the list alone`);
    }
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });
});
