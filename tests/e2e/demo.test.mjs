// Demo mode in Chromium through real input (docs/product.md §16): `?demo` and the
// first-run button open the demo plan, marked as a demo; an edit is undone by "Reset demo"; the
// guided tour walks every step by mouse and by keyboard with its highlight on the real widget;
// and a demo session leaves the browser's storage byte for byte as it was.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {chromiumSession, openPlanner} from './harness.mjs';
import {LOOKS, openInLook, openView} from './planner_steps.mjs';

const session = chromiumSession();

const DEMO_PLAN_NAME = "Amira's apprenticeship plan";
const BANNER = 'Demo plan \u2014 changes are not kept';

// What a returning user's browser holds: the planner's own keys and another page's (file:// pages
// can share storage). Seeded before the app's script runs, which then finds it as it would be;
// window.storageAtStart keeps every key and value as they were at that moment.
function seedStorage() {
  const snapshot = () => JSON.stringify(Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)]));
  if (localStorage.getItem('planner/index') === null) {
    localStorage.setItem('planner/index', '{"format":"planner-index","plans":[{"id":"plan-0123456789abcdef","name":"My plan"}]}');
    localStorage.setItem('planner/plan/plan-0123456789abcdef', '{"revision":12,"file":"{\\"format\\":\\"apprenticeship-plan\\"}"}');
    localStorage.setItem('planner/settings/ui', '{"theme":"dark","textScale":1.2}');
    localStorage.setItem('another-app/state', 'caf\u00e9 \u2603 unrelated');
  }
  window.storageAtStart = snapshot();
}

// Every key and value, in key order, as one string: compared byte for byte.
function storageSnapshot(planner) {
  return planner.page.evaluate(() =>
    JSON.stringify(Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)])));
}

async function openDemo(options = {}) {
  const planner = await openPlanner(session.browser, session.server, {path: '?demo', ...options});
  await planner.waitForState((s) => s.mode === 'demo' && s.screen === 'plan');
  return planner;
}

const order = (state) => state.plan.modules.map((placement) => placement.moduleId);

// Steps the tour once per press or click, checking each step highlights its target item.
async function expectStep(planner, step) {
  const state = await planner.waitForState((s) => s.tour.active && s.tour.step === step && s.tour.highlight);
  const labels = (await planner.items()).map((item) => item.label);
  assert.ok(labels.some((label) => label === state.tour.target || label.startsWith(`${state.tour.target} `)),
    `the target "${state.tour.target}" is on screen`);
  return state;
}

describe('demo mode', () => {
  test('?demo opens the demo plan, marked as a demo, shown as on its own day', async () => {
    const planner = await openDemo();
    const state = await planner.state();
    assert.equal(state.mode, 'demo');
    assert.equal(state.plan.name, DEMO_PLAN_NAME);
    assert.equal(state.today, '2027-03-03');
    assert.ok(state.findings.warning > 0, 'the demo shows the checks at work');
    // Not kept because it is the demo, and said so once: no storage warning, which would be untrue.
    assert.equal(state.save.status, 'unavailable');
    assert.match(state.save.message, /^The demo plan is not kept/);
    await planner.item(BANNER);
    await planner.item('Save state: unavailable');
    assert.equal((await planner.items()).some((item) => item.label === 'Export now'), false);
    for (const label of ['Take the tour', 'Reset demo', 'Leave demo']) await planner.item(label);
    await planner.waitForIdle();
    assert.deepEqual(planner.problems(), []);
    assert.deepEqual(planner.foreignRequests, []);
    await planner.page.context().close();
  });

  test('"Explore the demo plan" on the first-run screen opens it, "Leave demo" goes back', async () => {
    const planner = await openPlanner(session.browser, session.server);
    assert.equal((await planner.state()).mode, 'edit');
    await planner.click('Explore the demo plan');
    const state = await planner.waitForState((s) => s.mode === 'demo');
    assert.equal(state.plan.name, DEMO_PLAN_NAME);
    await planner.click('Leave demo');
    await planner.waitForState((s) => s.mode === 'edit' && s.screen === 'first-run');
    await planner.item('Explore the demo plan');
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('"Leave demo" after ?demo takes demo out of the address: a reload opens the user\'s own plan', async () => {
    const planner = await openDemo({path: '?demo&from=induction#top'});
    await planner.click('Leave demo');
    await planner.waitForState((s) => s.mode === 'edit');
    const address = new URL(planner.page.url());
    assert.equal(address.searchParams.has('demo'), false);
    assert.equal(address.searchParams.get('from'), 'induction', 'the rest of the address is kept');
    assert.equal(address.hash, '#top');
    await planner.reload();
    assert.equal((await planner.waitForState((s) => s.screen === 'first-run')).mode, 'edit');
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('an edit in the demo is undone by "Reset demo", with no undo history left', async () => {
    const planner = await openDemo();
    const sample = (await planner.state()).plan;
    await openView(planner, 'Modules');
    const second = sample.modules[1].moduleId;
    await planner.click(`Module ${second.slice(1)}`);
    await planner.waitForState((s) => s.selected === second);
    await planner.page.keyboard.press('Alt+ArrowDown');
    const edited = await planner.waitForState((s) => order(s)[2] === second);
    assert.equal(edited.canUndo, true);
    assert.notDeepEqual(edited.plan, sample);

    await planner.click('Reset demo');
    const reset = await planner.waitForState((s) => !s.canUndo && s.view === 'Next up');
    assert.deepEqual(reset.plan, sample);
    assert.equal(reset.mode, 'demo');
    assert.equal(reset.canRedo, false);
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('the tour walks through every step with real clicks and the keyboard', async () => {
    const planner = await openDemo();
    await planner.click('Take the tour');
    const first = await expectStep(planner, 0);
    const steps = first.tour.steps;
    assert.ok(steps >= 5 && steps <= 7, `${steps} steps`);
    // The highlight sits on the target item (canvas pixels; the canvas fills the page).
    const target = await planner.item(first.tour.target);
    assert.deepEqual([first.tour.highlight.x, first.tour.highlight.y, first.tour.highlight.w, first.tour.highlight.h],
      [target.x, target.y, target.w, target.h]);

    // Mouse: Next through every step, one Back on the way.
    for (let step = 1; step < steps; ++step) {
      await planner.click('Next');
      const state = await expectStep(planner, step);
      if (step === 3) {
        await planner.click('Back');
        await expectStep(planner, 2);
        await planner.click('Next');
        await expectStep(planner, 3);
      }
      if (state.tour.target === 'Checks') {
        await planner.page.mouse.move(1276, 716);
        await planner.waitForIdle();
        await planner.screenshot('demo-tour-checks-step');
      }
    }
    await planner.click('Finish');
    await planner.waitForState((s) => !s.tour.active);

    // Keyboard: the callout has the focus with "Next" focused.
    await planner.click('Take the tour');
    await expectStep(planner, 0);
    await planner.page.keyboard.press('Enter');
    await expectStep(planner, 1);
    for (let step = 2; step < steps; ++step) {
      await planner.page.keyboard.press('ArrowRight');
      await expectStep(planner, step);
    }
    await planner.page.keyboard.press('ArrowLeft');
    await expectStep(planner, steps - 2);
    await planner.page.keyboard.press('Escape');
    const ended = await planner.waitForState((s) => !s.tour.active);
    assert.equal(ended.mode, 'demo');
    await planner.waitForIdle();
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('a demo session leaves local storage byte for byte unchanged', async () => {
    const planner = await openDemo({initScript: seedStorage});
    const before = await planner.page.evaluate(() => window.storageAtStart);
    assert.ok(before.includes('planner/plan/plan-0123456789abcdef'), 'storage was seeded');

    await openView(planner, 'Modules');
    const second = (await planner.state()).plan.modules[1].moduleId;
    await planner.click(`Module ${second.slice(1)}`);
    await planner.waitForState((s) => s.selected === second);
    await planner.page.keyboard.press('Alt+ArrowDown');
    await planner.waitForState((s) => s.canUndo);
    await planner.click('Take the tour');
    await expectStep(planner, 0);
    await planner.page.keyboard.press('Escape');
    await planner.click('Reset demo');
    await planner.waitForState((s) => !s.canUndo && !s.tour.active);
    await planner.waitForIdle();
    assert.equal(await storageSnapshot(planner), before);

    // A reload of the demo reads and writes nothing either: still the demo plan.
    await planner.reload();
    const state = await planner.waitForState((s) => s.mode === 'demo');
    assert.equal(state.plan.name, DEMO_PLAN_NAME);
    await planner.waitForIdle();
    assert.equal(await storageSnapshot(planner), before);
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('screenshots in every look: the demo, and a tour step pointing at the navigation or the top bar', async () => {
    const problems = [];
    for (const [index, look] of LOOKS.entries()) {
      const planner = await openInLook(session.browser, session.server, {...look, path: '?demo'});
      await planner.waitForState((s) => s.mode === 'demo');
      await planner.page.mouse.move(look.viewport.width - 4, look.viewport.height - 4);
      await planner.waitForIdle();
      await planner.screenshot(`demo-${look.name}`);
      // Alternate between a step beside a navigation item and one under a top-bar button.
      const step = index % 2 === 0 ? 1 : 3;
      await planner.click('Take the tour');
      for (let i = 0; i < step; ++i) await planner.page.keyboard.press('ArrowRight');
      await expectStep(planner, step);
      await planner.page.mouse.move(look.viewport.width - 4, look.viewport.height - 4);
      await planner.waitForIdle();
      await planner.screenshot(`demo-tour-${look.name}`);
      problems.push(...planner.problems());
      await planner.page.context().close();
    }
    assert.deepEqual(problems, []);
  });
});
