// The Dissertation view in Chromium through real input: add a milestone by typing, edit its words,
// delete it and undo; screenshots at the sizes and themes the app supports.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {chromiumSession, openPlanner} from './harness.mjs';
import {openView, replaceText, scrollIntoView, suggestPlan} from './planner_steps.mjs';

const session = chromiumSession();

const milestones = (state) => state.plan.dissertation.milestones;
const find = (state, id) => milestones(state).find((milestone) => milestone.id === id);

describe('the Dissertation view', () => {
  test('a milestone is added by typing, its words edited, deleted, and brought back by undo', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    const start = await openView(planner, 'Dissertation');
    const count = milestones(start).length;

    await planner.click('Add a milestone');
    await replaceText(planner, 'New milestone title', 'Pilot interviews with the project board');
    const due = find(start, 'data-collection').due;
    await replaceText(planner, 'New milestone due date', due);
    await replaceText(planner, 'New milestone target words', '750');
    await planner.click('Add milestone');
    const added = await planner.waitForState((s) => milestones(s).length === count + 1);
    const milestone = milestones(added).find((m) => m.title === 'Pilot interviews with the project board');
    assert.ok(milestone, 'the new milestone is in the plan');
    assert.equal(milestone.due, due);
    assert.equal(milestone.targetWords, 750);
    assert.equal(added.selected, `milestone/${milestone.id}`, 'and selected for editing');

    await replaceText(planner, 'Words written', '480');
    await planner.page.keyboard.press('Enter');
    await planner.waitForState((s) => find(s, milestone.id)?.words === 480);
    // Out of range: refused in the field, the plan keeps 480.
    await replaceText(planner, 'Words written', '99999');
    await planner.page.keyboard.press('Enter');
    assert.equal(find(await planner.state(), milestone.id).words, 480);

    // At the foot of the editor, which scrolls below its heading: wheeled into view first.
    const remove = await scrollIntoView(planner, 'Delete milestone', 'Milestone title');
    await planner.page.mouse.click(remove.x + remove.w / 2, remove.y + remove.h / 2);
    await planner.waitForState((s) => !find(s, milestone.id));
    await planner.page.keyboard.press('Control+z');
    const restored = await planner.waitForState((s) => Boolean(find(s, milestone.id)));
    assert.equal(find(restored, milestone.id).words, 480);
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });
});
