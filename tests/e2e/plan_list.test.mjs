// "All plans" in a real browser with real clicks and typing: duplicate, rename the
// copy, delete the open plan after a confirmation (it goes to the trash, byte for byte), restore
// it, and open it again exactly as it was; every step checked in localStorage itself.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {chromiumSession, openPlanner} from './harness.mjs';
import {suggestPlan} from './planner_steps.mjs';

const session = chromiumSession();

function stored(planner, key) {
  return planner.page.evaluate((k) => localStorage.getItem(k), key);
}

async function planList(planner) {
  return JSON.parse(await stored(planner, 'planner/index'));
}

// The plan inside a stored record (a header line, then the plan file).
function planOfRecord(record) {
  return JSON.parse(record.slice(record.indexOf('\n') + 1)).plan;
}

async function openPlanList(planner) {
  await planner.click('\u2630 Plan');
  await planner.click('All plans\u2026');
  await planner.item('Close');
}

// Clicks the `n`th item (0: the top one) labelled `label`: one per row of the list.
async function clickInRow(planner, label, n) {
  await planner.inputSettled();
  const rows = (await planner.items()).filter((item) => item.label === label).sort((a, b) => a.y - b.y);
  assert.ok(rows.length > n, `${rows.length} items labelled ${label}`);
  const item = rows[n];
  await planner.page.mouse.click(item.x + item.w / 2, item.y + item.h / 2);
}

describe('all plans', () => {
  test('duplicate, rename, delete to the trash and restore, each as stored', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    const original = await planner.waitForState((s) => s.save.status === 'saved');
    const key = `planner/plan/${original.plan.id}`;
    const record = await stored(planner, key);

    await openPlanList(planner);
    await planner.click('Duplicate');
    await planner.waitForState((s) => s.planCount === 2);
    const copy = (await planList(planner)).plans.find((entry) => entry.id !== original.plan.id);
    assert.equal(copy.name, `${original.plan.name} (copy)`);
    assert.deepEqual(planOfRecord(await stored(planner, `planner/plan/${copy.id}`)),
                     {...original.plan, id: copy.id, name: copy.name}, 'the same plan under a new id and name');

    await clickInRow(planner, 'Rename', 1);
    await planner.focusField('New name');
    await planner.page.keyboard.press('Control+A');
    await planner.page.keyboard.type('Plan for my second apprentice');
    await planner.inputSettled();
    await planner.click('Save name');
    await planner.waitFor((id) => JSON.parse(localStorage.getItem('planner/index')).plans.some(
        (entry) => entry.id === id && entry.name === 'Plan for my second apprentice'), copy.id);
    assert.equal(planOfRecord(await stored(planner, `planner/plan/${copy.id}`)).name, 'Plan for my second apprentice');

    await clickInRow(planner, 'Delete\u2026', 0);  // the open plan's row
    await planner.item('Keep it');
    await planner.screenshot('plan-list-confirm-delete');
    assert.equal((await planner.state()).planCount, 2, 'nothing deleted before the confirmation');
    await planner.click('Delete');
    const deleted = await planner.waitForState((s) => s.planCount === 1 && s.screen === 'first-run');
    assert.equal(deleted.plan, null);
    assert.equal(await stored(planner, key), null, 'gone from the plans');
    assert.equal(await stored(planner, `planner/trash/${original.plan.id}`), record, 'in the trash, byte for byte');

    await openPlanList(planner);
    await planner.click('Restore');
    await planner.waitForState((s) => s.planCount === 2);
    assert.equal(await stored(planner, key), record, 'back byte for byte');
    assert.equal(await stored(planner, `planner/trash/${original.plan.id}`), null);
    assert.deepEqual((await planList(planner)).trash, []);

    await openPlanList(planner);
    const rows = (await planList(planner)).plans.map((entry) => entry.id);
    await clickInRow(planner, 'Open', rows.indexOf(original.plan.id));
    const reopened = await planner.waitForState((s) => s.screen === 'plan' && s.plan.id === original.plan.id);
    assert.deepEqual(reopened.plan, original.plan, 'opens exactly as it was');
    assert.equal(reopened.save.status, 'saved');
    assert.deepEqual(planner.problems(), []);
    await planner.close();
  });
});
