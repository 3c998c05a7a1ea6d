// The Reviews view in Chromium through real input: a review's notes edited and the review signed
// off as the mentor; a sign-off withdrawn; and the view at every size and look.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {chromiumSession, openPlanner} from './harness.mjs';
import {displayDate, leaveField, scrollIntoView, startWithSuggestedPlan} from './planner_steps.mjs';

const session = chromiumSession();

const rowLabel = (review) => `Progress review on ${displayDate(review.date)}`;

describe('Reviews', () => {
  test('notes edited and the review signed off as the mentor', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await startWithSuggestedPlan(planner, {mentor: 'Alex Morgan', view: 'Reviews'});
    const first = (await planner.state()).plan.reviews[0];
    await planner.click(rowLabel(first));
    await planner.type('Review notes', 'Good progress on Module 1; proposal ideas discussed.');
    await planner.waitForState((s) => s.plan.reviews[0].notes === 'Good progress on Module 1; proposal ideas discussed.');
    await leaveField(planner);

    await scrollIntoView(planner, 'Sign off as mentor', 'Review date');
    await planner.screenshot('reviews-sign-off');
    await planner.click('Sign off as mentor');
    const signed = await planner.waitForState((s) => s.plan.reviews[0].signOff.mentor.signedOff);
    assert.equal(signed.plan.reviews[0].signOff.mentor.name, 'Alex Morgan');
    assert.match(signed.plan.reviews[0].signOff.mentor.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(signed.plan.reviews[0].signOff.apprentice.signedOff, false);
    await planner.item('Withdraw the mentor\'s sign-off');
    await planner.screenshot('reviews-signed-by-mentor');

    // Ctrl+Z takes the sign-off back, and the notes stay.
    await planner.page.keyboard.press('Control+z');
    const undone = await planner.waitForState((s) => !s.plan.reviews[0].signOff.mentor.signedOff);
    assert.equal(undone.plan.reviews[0].notes, 'Good progress on Module 1; proposal ideas discussed.');
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('a deleted review leaves a gap, shown with its fix', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await startWithSuggestedPlan(planner, {view: 'Reviews'});
    const before = (await planner.state()).plan.reviews;
    await planner.click(rowLabel(before[1]));
    await planner.click('\u2716 Delete review');
    await planner.waitForState((s) => s.plan.reviews.length === before.length - 1);
    const fix = await planner.item(/^Add a progress review on /);
    await planner.screenshot('reviews-gap');
    await planner.page.mouse.click(fix.x + fix.w / 2, fix.y + fix.h / 2);
    await planner.waitForState((s) => s.plan.reviews.length === before.length);
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });
});
