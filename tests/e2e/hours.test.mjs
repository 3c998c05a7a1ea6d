// The Hours view in Chromium through real input: log hours by typing and see the logged total
// change on screen and in the plan, refuse what is not an hour count, delete an entry and undo,
// change the off-the-job rule; screenshots at the sizes and themes the app supports.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {chromiumSession, openPlanner} from './harness.mjs';
import {addDays, openView, replaceText, scrollIntoView, suggestPlan} from './planner_steps.mjs';

const session = chromiumSession();

const log = (state) => state.plan.hoursLog;

describe('the Hours view', () => {
  test('hours are logged by typing, the total follows, a deleted entry comes back with Ctrl+Z', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    const opened = await openView(planner, 'Hours');
    assert.ok(await planner.item(/^Logged: 0 of [\d,]+ h$/), 'nothing logged yet, on screen');
    const date = addDays(opened.plan.profile.start, 16);
    await replaceText(planner, 'Date', date);
    await planner.page.keyboard.press('Enter');

    // Refused: more hours than a day has. Nothing is logged; what was typed stays to be put right.
    await planner.type('Hours to log', '25');
    await planner.click('Log hours');
    await planner.waitForIdle();
    assert.equal(log(await planner.state()).length, 0);

    await replaceText(planner, 'Hours to log', '3.5');
    await planner.type('What you did', 'Read for the Module 2 assignment');
    await planner.page.keyboard.press('Enter');
    const logged = await planner.waitForState((s) => log(s).length === 1);
    const entry = log(logged)[0];
    assert.equal(entry.date, date, JSON.stringify(entry));
    assert.equal(entry.hours, 3.5);
    assert.equal(entry.description, 'Read for the Module 2 assignment');
    assert.equal(entry.activeLearning, true);
    assert.ok(await planner.item(/^Logged: 3\.5 of [\d,]+ h$/), 'the logged total on screen follows');

    // A second entry by the button; the date stays, several entries for one day are usual.
    await replaceText(planner, 'Hours to log', '2');
    await planner.click('Log hours');
    await planner.waitForState((s) => log(s).length === 2);
    assert.ok(await planner.item(/^Logged: 5\.5 of [\d,]+ h$/));

    // Edited in place in the log.
    const second = log(await planner.state())[1];
    await scrollIntoView(planner, `Hours of ${second.id}`, 'Log hours');
    await replaceText(planner, `Hours of ${second.id}`, '1.5');
    await planner.page.keyboard.press('Enter');
    await planner.waitForState((s) => log(s)[1]?.hours === 1.5);

    await scrollIntoView(planner, `Delete ${entry.id}`, `Hours of ${second.id}`);
    await planner.click(`Delete ${entry.id}`);
    await planner.waitForState((s) => log(s).length === 1);
    assert.ok(await planner.item('Restore'), 'the deleted entry is offered back');
    await planner.page.keyboard.press('Control+z');
    const restored = await planner.waitForState((s) => log(s).length === 2);
    assert.deepEqual(log(restored)[0], entry);
    assert.ok(await planner.item(/^Logged: 5 of [\d,]+ h$/));
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('changing the off-the-job rule changes what is asked for', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    await openView(planner, 'Hours');
    await planner.click('Off-the-job settings: rule, target and contracted hours');
    await planner.click('Off-the-job rule');
    await planner.waitForIdle();  // the list lays itself out in its first frame
    await planner.click('Started before 1 Aug 2022');
    const changed = await planner.waitForState((s) => s.plan.profile.otjPolicy === 'pre-2022-08');
    assert.equal(changed.plan.profile.otjFigure, 20);
    await replaceText(planner, 'Contracted hours', '30');
    await planner.page.keyboard.press('Enter');
    await planner.waitForState((s) => s.plan.profile.contractedHoursPerWeek === 30);
    await planner.inputSettled();  // Enter's own key events delivered first: one key press at a time
    await planner.page.keyboard.press('Control+z');
    await planner.waitForState((s) => s.plan.profile.contractedHoursPerWeek === 37.5);
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });
});
