// Every view in every look (LOOKS in planner_steps.mjs): 1280×720 at pixel ratios 1 and 2, a
// portrait tablet, dark, high contrast, and text at 150% and 85%. One page a look, with a
// suggested plan: each view is brought to the state worth showing, which must be on screen (at
// large text sizes by scrolling, as a person would), and saved as
// build/e2e-artifacts/<view>-<look>.png. The console stays clean throughout.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {chromiumSession} from './harness.mjs';
import {LOOKS, backToList, displayDate, openInLook, openView, scrollIntoView, startWithSuggestedPlan} from './planner_steps.mjs';

const FIRST_STANDARD = 'To gain knowledge of systems and working across boundaries';

// `show(planner, plan)` opens the view and selects what is worth seeing in it.
const VIEWS = [
  {name: 'timeline', async show(planner) {
    await openView(planner, 'Timeline');
    await planner.click('Module 2');
    await planner.waitForState((s) => s.selected === 'M2');
  }},
  {name: 'modules', async show(planner, plan) {
    await openView(planner, 'Modules');
    await backToList(planner, 'All modules');  // narrow looks open on Module 2, selected in the timeline
    const second = plan.modules[1].moduleId;
    await planner.click(`Module ${second.slice(1)}`);
    await planner.waitForState((s) => s.selected === second);
  }},
  {name: 'dissertation', async show(planner) {
    await openView(planner, 'Dissertation');
    await planner.click('Literature review');
    await planner.waitForState((s) => s.selected === 'milestone/literature-review');
  }},
  {name: 'activities-list', async show(planner) {
    await openView(planner, 'Activities');
  }},
  {name: 'activities-details', async show(planner, plan) {
    await openView(planner, 'Activities');
    const shadowing = plan.activities.find((a) => a.type === 'shadowing');
    await planner.click(`${shadowing.title} on ${displayDate(shadowing.date)}`);
    await planner.item('\u2716 Delete activity');
  }},
  {name: 'reviews', async show(planner, plan) {
    await openView(planner, 'Reviews');
    await planner.click(`Progress review on ${displayDate(plan.reviews[0].date)}`);
    await scrollIntoView(planner, 'Review notes', 'Review date');  // below the fold at 150% text
  }},
  {name: 'coverage', async show(planner) {
    await openView(planner, 'Coverage');
    await scrollIntoView(planner, FIRST_STANDARD, /^All \(\d+\)$/);  // below the fold at 150% text
    await planner.click(FIRST_STANDARD);
    await planner.item('Plan shadowing for this');
  }},
  {name: 'hours', async show(planner) {
    await openView(planner, 'Hours');
  }},
];

const session = chromiumSession();

describe('every view in every look', () => {
  for (const look of LOOKS) {
    test(look.name, async (t) => {
      const planner = await openInLook(session.browser, session.server, look);
      await startWithSuggestedPlan(planner, {mentor: 'Alex Morgan'});
      const {plan} = await planner.state();
      for (const view of VIEWS) {
        await t.test(view.name, async () => {
          await view.show(planner, plan);
          // The pointer out of the way (over the status bar): no hover highlight or tooltip.
          await planner.page.mouse.move(look.viewport.width - 4, look.viewport.height - 4);
          await planner.waitForIdle();
          await planner.screenshot(`${view.name}-${look.name}`);
        });
      }
      assert.deepEqual(planner.problems(), []);
      await planner.close();
    });
  }
});
