// The Activities view in Chromium through real input: a shadowing activity added by typing, then
// edited, deleted and brought back with Ctrl+Z; and the view at every size and look.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {chromiumSession, openPlanner} from './harness.mjs';
import {
  addDays, displayDate, leaveField, replaceText, scrollIntoView, startWithSuggestedPlan,
} from './planner_steps.mjs';

const ADD = '\u271A Add activity';
const DELETE = '\u2716 Delete activity';
const STANDARD = 'Manages complex relationships across multiple and diverse stakeholders';

const session = chromiumSession();

describe('Activities', () => {
  test('a shadowing activity added by typing, edited, deleted and brought back with Ctrl+Z', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await startWithSuggestedPlan(planner, {view: 'Activities'});
    const start = (await planner.state()).plan.profile.start;
    const day = addDays(start, 45);

    await planner.click(ADD);
    await planner.click('Shadowing a colleague');
    await planner.type('Who you shadow', 'Priya Shah');
    await planner.type('Their role', 'Chief Operating Officer');
    await replaceText(planner, 'Date', day);
    await planner.type('Focus', 'How the executive team prioritises winter pressures');
    await planner.click('1000 words');
    await planner.click('500 words');
    await scrollIntoView(planner, STANDARD, 'Title');
    await planner.click(STANDARD);
    await scrollIntoView(planner, 'Inclusive', STANDARD);
    await planner.click('Inclusive');
    await planner.screenshot('activities-add-form');
    await planner.click('Add activity');

    const added = (await planner.waitForState((s) => s.plan.activities.some((a) => a.withWhom === 'Priya Shah')))
      .plan.activities.find((a) => a.withWhom === 'Priya Shah');
    assert.equal(added.type, 'shadowing');
    assert.equal(added.role, 'Chief Operating Officer');
    assert.equal(added.date, day);
    assert.equal(added.focus, 'How the executive team prioritises winter pressures');
    assert.deepEqual(added.standards, ['stakeholder-relationships']);
    assert.deepEqual(added.behaviours, ['inclusive']);
    assert.equal(added.reflectionWords, 500);
    assert.equal(added.status, 'planned');
    // Selected and in view.
    await planner.item(`Shadowing a colleague on ${displayDate(day)}`);

    // Edit it in place: the title, typed, then its status.
    await planner.type('Title', ' (COO)');
    await planner.waitForState((s) => s.plan.activities.some((a) => a.id === added.id && a.title === 'Shadowing a colleague (COO)'));
    await leaveField(planner);
    await planner.click('Done');
    await planner.waitForState((s) => s.plan.activities.find((a) => a.id === added.id).status === 'done');
    await planner.screenshot('activities-edited');

    // Delete it; Ctrl+Z brings it back as it was.
    const edited = (await planner.state()).plan.activities.find((a) => a.id === added.id);
    await planner.click(DELETE);
    await planner.waitForState((s) => !s.plan.activities.some((a) => a.id === added.id));
    await planner.item('Restore');
    await planner.page.keyboard.press('Control+z');
    const restored = await planner.waitForState((s) => s.plan.activities.some((a) => a.id === added.id));
    assert.deepEqual(restored.plan.activities.find((a) => a.id === added.id), edited);

    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('the filters count and narrow the list', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await startWithSuggestedPlan(planner, {view: 'Activities'});
    const {plan} = await planner.state();
    const shadowing = plan.activities.filter((a) => a.type === 'shadowing');
    await planner.click('Kind filter');
    await planner.click(`Shadowing a colleague (${shadowing.length})`);
    await planner.item(`All (${shadowing.length})`);
    const rows = (await planner.items()).filter((i) => / on (Mon|Tue|Wed|Thu|Fri|Sat|Sun) /.test(i.label));
    assert.ok(rows.length > 0);
    assert.ok(rows.every((row) => row.label.startsWith('Shadowing a colleague on')), 'only shadowing is listed');
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });
});
