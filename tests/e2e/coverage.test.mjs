// The Coverage view in Chromium through real input: a gap appears when its only evidence is
// deleted, and "Plan shadowing" for it fills it; and the view at every size and look.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {chromiumSession, openPlanner} from './harness.mjs';
import {displayDate, scrollIntoView, startWithSuggestedPlan} from './planner_steps.mjs';

const BEHAVIOURS = {
  'takes-responsibility': 'Takes responsibility', inclusive: 'Inclusive', agile: 'Agile', professionalism: 'Professionalism',
};
const FIRST_STANDARD = 'To gain knowledge of systems and working across boundaries';

const session = chromiumSession();

describe('Coverage', () => {
  test('a gap appears when its only evidence is deleted, and planning shadowing for it fills it', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await startWithSuggestedPlan(planner, {view: 'Coverage'});
    const {plan} = await planner.state();
    // A behaviour that exactly one activity evidences.
    const [id, name] = Object.entries(BEHAVIOURS).find(
      ([behaviour]) => plan.activities.filter((a) => a.behaviours.includes(behaviour)).length === 1);
    const only = plan.activities.find((a) => a.behaviours.includes(id));
    await planner.item('Gaps (0)');

    // The row's details lead to the activity; it is deleted there.
    await scrollIntoView(planner, name, FIRST_STANDARD);
    await planner.click(name);
    await planner.click(`\u25CB ${only.title} on ${displayDate(only.date)}`);
    await planner.waitForState((s) => s.view === 'Activities');
    await planner.click('\u2716 Delete activity');
    await planner.waitForState((s) => !s.plan.activities.some((a) => a.id === only.id));

    await planner.click('Coverage');
    await planner.click('Gaps (1)');
    await planner.item(name);
    await planner.screenshot('coverage-gap');
    await planner.click(`Plan shadowing for ${name}`);
    await planner.waitForState((s) => s.view === 'Activities');
    await planner.item('Who you shadow');
    await planner.screenshot('coverage-plan-shadowing-form');
    await planner.click('Add activity');
    const filled = await planner.waitForState((s) => s.plan.activities.some((a) => a.id !== only.id && a.behaviours.includes(id)));
    const added = filled.plan.activities.find((a) => a.type === 'shadowing' && a.behaviours.includes(id));
    assert.ok(added, 'a shadowing activity evidences the behaviour');
    await planner.click('Coverage');
    await planner.item('Gaps (0)');
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('a column header opens its piece of evidence', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await startWithSuggestedPlan(planner, {view: 'Coverage'});
    await planner.click('Module 2: Understanding Organisational Performance');
    await planner.waitForState((s) => s.view === 'Modules');
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });
});
