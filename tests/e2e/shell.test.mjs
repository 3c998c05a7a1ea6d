// The app shell in a real browser: a clean start, real input, sharp rendering at any pixel ratio,
// idle means idle, and a friendly page when the browser cannot run it.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {chromiumSession, openPlanner} from './harness.mjs';
import {suggestPlan} from './planner_steps.mjs';

const session = chromiumSession();

describe('the app shell', () => {
  test('starts with a clean console and shows the app', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await planner.waitForIdle();
    assert.equal(await planner.page.title(), 'Apprenticeship Planner');
    assert.equal(await planner.page.isVisible('#loading'), false, 'the loading indicator is gone');
    assert.equal((await planner.state()).screen, 'first-run');
    await planner.screenshot('shell-first-run');
    await suggestPlan(planner);
    await planner.waitForIdle();
    const labels = (await planner.items()).map((item) => item.label);
    for (const view of ['Next up', 'Timeline', 'Modules', 'Dissertation', 'Activities', 'Reviews', 'Coverage', 'Hours'])
      assert.ok(labels.includes(view), `navigation shows "${view}"`);
    await planner.screenshot('shell-start');
    assert.deepEqual(planner.problems(), []);
    assert.deepEqual(planner.foreignRequests, []);
    await planner.page.context().close();
  });

  test('a real click on a navigation button changes the view', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    assert.equal((await planner.state()).view, 'Next up');
    await planner.click('Timeline');
    const state = await planner.waitForState((s) => s.view === 'Timeline');
    assert.equal(state.view, 'Timeline');
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('the keyboard reaches the app: Tab and Enter activate a focused button', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await planner.waitForIdle();
    const framesBefore = await planner.frames();
    await planner.page.keyboard.press('Tab');
    await planner.page.waitForFunction((n) => window.planner.frames() > n, framesBefore);
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('at devicePixelRatio 2 the canvas backing store is twice its CSS size', async () => {
    const planner = await openPlanner(session.browser, session.server, {deviceScaleFactor: 2});
    await suggestPlan(planner);
    await planner.waitForIdle();
    const size = await planner.page.evaluate(() => {
      const canvas = document.getElementById('planner-canvas');
      return {width: canvas.width, height: canvas.height, cssWidth: canvas.clientWidth, cssHeight: canvas.clientHeight};
    });
    assert.equal(size.width, size.cssWidth * 2);
    assert.equal(size.height, size.cssHeight * 2);
    // Items stay in CSS pixels: the same layout as at ratio 1.
    const timeline = await planner.item('Timeline');
    const atOne = await openPlanner(session.browser, session.server);
    await suggestPlan(atOne);
    const timelineAtOne = await atOne.item('Timeline');
    assert.deepEqual(timeline, timelineAtOne);
    await planner.screenshot('shell-dpr2');
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
    await atOne.page.context().close();
  });

  test('the canvas follows window resizes', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    await planner.page.setViewportSize({width: 900, height: 600});
    await planner.page.waitForFunction(() => {
      const canvas = document.getElementById('planner-canvas');
      return canvas.width === 900 && canvas.height === 600;
    });
    const hours = await planner.item('Hours');
    assert.ok(hours.y + hours.h <= 600, 'navigation laid out inside the smaller window');
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });

  test('draws no frame while idle, on the first-run screen and on the timeline', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await planner.waitForIdle();
    // Three seconds of display refreshes at 60 Hz with nobody touching anything.
    assert.equal(await planner.framesDuringRefreshes(180), 0);
    await suggestPlan(planner);
    await planner.click('Timeline');
    await planner.waitForState((s) => s.view === 'Timeline');
    await planner.page.mouse.move(2, 2);
    await planner.waitForIdle();
    assert.equal(await planner.framesDuringRefreshes(180), 0);
    await planner.page.context().close();
  });

  test('follows the system colour scheme', async () => {
    const planner = await openPlanner(session.browser, session.server, {colorScheme: 'dark'});
    assert.equal((await planner.state()).theme, 'dark');
    await planner.page.emulateMedia({colorScheme: 'light'});
    await planner.waitForState((s) => s.theme === 'light');
    await planner.page.context().close();
  });
});

describe('when the browser cannot run the planner', () => {
  test('without WebGL 2 a friendly page explains what to do', async () => {
    const planner = await openPlanner(session.browser, session.server, {
      waitForFrame: false,
      initScript: () => {
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
          return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
        };
      },
    });
    await planner.page.waitForSelector('#problem:not([hidden])');
    assert.match(await planner.page.textContent('#problem-title'), /cannot show the planner/);
    assert.match(await planner.page.textContent('#problem-advice'), /graphics acceleration/);
    assert.equal(await planner.page.isVisible('#loading'), false);
    await planner.screenshot('no-webgl2');
    await planner.page.context().close();
  });

  test('when the program file cannot be downloaded a friendly page says so', async () => {
    const context = await session.browser.newContext();
    await context.route('**/planner.wasm', (route) => route.fulfill({status: 404, body: 'missing'}));
    const page = await context.newPage();
    await page.goto(session.server.url);
    await page.waitForSelector('#problem:not([hidden])');
    assert.match(await page.textContent('#problem-title'), /did not load/);
    assert.equal(await page.isVisible('#problem-retry'), true);
    await context.close();
  });
});
