// The smoke suite in Firefox ESR (WebDriver BiDi, headed on Xvfb): the app starts clean, takes real
// clicks and keystrokes, renders sharp at any pixel ratio, draws nothing while idle, asks no other
// origin for anything, and explains itself where WebGL 2 is missing. Its own folder: the Chromium
// stage runs tests/e2e/*.test.mjs only.
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';

import {launchFirefox, openPlanner} from '../firefox_harness.mjs';
import {serveApp} from '../harness.mjs';
import {suggestPlan} from '../planner_steps.mjs';

const NAVIGATION = ['Next up', 'Timeline', 'Modules', 'Dissertation', 'Activities', 'Reviews', 'Coverage', 'Hours'];

let browser;
let server;
const opened = [];  // every page of the run: none may send a request beyond the app's origin
before(async () => {
  server = await serveApp();
  browser = await launchFirefox();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(options) {
  const planner = await openPlanner(browser, server, options);
  opened.push(planner);
  return planner;
}

async function closeClean(planner) {
  assert.deepEqual(planner.problems(), [], 'no console errors or warnings, page errors or failed requests');
  await planner.close();
}

describe('Firefox', () => {
  test('starts with a clean console on the first-run screen, and "Suggest a plan" makes a plan', async () => {
    const planner = await open();
    await planner.waitForIdle();
    assert.equal(await planner.page.title(), 'Apprenticeship Planner');
    assert.equal(await planner.page.$eval('#loading', (e) => getComputedStyle(e).display), 'none', 'the loading indicator is gone');
    assert.equal((await planner.state()).screen, 'first-run');
    await planner.screenshot('firefox-first-run');
    const plan = await suggestPlan(planner);
    assert.equal(plan.screen, 'plan');
    await planner.waitForIdle();
    const labels = (await planner.items()).map((item) => item.label);
    for (const view of NAVIGATION) assert.ok(labels.includes(view), `navigation shows "${view}"`);
    await planner.screenshot('firefox-plan');
    // The service worker installs in Firefox too: the app's files are cached for offline starts.
    await planner.waitFor(() => navigator.serviceWorker.controller !== null, undefined, {timeout: 20000});
    await closeClean(planner);
  });

  test('a real click on a navigation entry changes the view', async () => {
    const planner = await open();
    await suggestPlan(planner);
    assert.equal((await planner.state()).view, 'Next up');
    await planner.click('Timeline');
    await planner.waitForState((s) => s.view === 'Timeline');
    await planner.click('Modules');
    await planner.waitForState((s) => s.view === 'Modules');
    await closeClean(planner);
  });

  test('real keystrokes type into a text field', async () => {
    const planner = await open();
    await planner.type('Mentor', 'Alex Morgan');
    await suggestPlan(planner);
    const state = await planner.waitForState((s) => JSON.stringify(s.plan).includes('"Alex Morgan"'));
    assert.ok(JSON.stringify(state.plan).includes('"Alex Morgan"'));
    await closeClean(planner);
  });

  test('at devicePixelRatio 2 the canvas backing store is twice its CSS size; it follows resizes', async () => {
    const planner = await open({deviceScaleFactor: 2});
    await suggestPlan(planner);
    await planner.waitForIdle();
    const size = await planner.page.evaluate(() => {
      const canvas = document.getElementById('planner-canvas');
      return {ratio: window.devicePixelRatio, width: canvas.width, height: canvas.height,
              cssWidth: canvas.clientWidth, cssHeight: canvas.clientHeight};
    });
    assert.equal(size.ratio, 2);
    assert.equal(size.cssWidth, 1280);
    assert.equal(size.width, size.cssWidth * 2);
    assert.equal(size.height, size.cssHeight * 2);
    const timeline = await planner.item('Timeline');
    await planner.screenshot('firefox-dpr2');
    await closeClean(planner);

    const atOne = await open();
    await suggestPlan(atOne);
    assert.deepEqual(await atOne.item('Timeline'), timeline, 'items stay in CSS pixels');
    const canvas = await atOne.page.$eval('#planner-canvas', (c) => ({width: c.width, height: c.height}));
    assert.deepEqual(canvas, {width: 1280, height: 720});
    await atOne.page.setViewport({width: 900, height: 600});
    await atOne.waitFor(() => {
      const canvas = document.getElementById('planner-canvas');
      return canvas.width === 900 && canvas.height === 600;
    });
    const hours = await atOne.item('Hours');
    assert.ok(hours.y + hours.h <= 600, 'navigation laid out inside the smaller window');
    await closeClean(atOne);
  });

  test('draws no frame while idle, on the first-run screen and on the timeline', async () => {
    const planner = await open();
    await planner.waitForIdle();
    // About two seconds of display refreshes (120 animation frames at 60 Hz), nobody touching.
    assert.equal(await planner.framesDuringRefreshes(120), 0);
    await suggestPlan(planner);
    await planner.click('Timeline');
    await planner.waitForState((s) => s.view === 'Timeline');
    await planner.page.mouse.move(2, 2);
    await planner.waitForIdle();
    assert.equal(await planner.framesDuringRefreshes(120), 0);
    await closeClean(planner);
  });

  // What headless Firefox on a machine like this one would show: it has no WebGL 2.
  test('without WebGL 2 a friendly page explains what to do', async () => {
    const planner = await open({
      waitForFrame: false,
      initScript: () => {
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
          return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
        };
      },
    });
    await planner.page.waitForSelector('#problem:not([hidden])');
    assert.match(await planner.page.$eval('#problem-title', (e) => e.textContent), /cannot show the planner/);
    assert.match(await planner.page.$eval('#problem-advice', (e) => e.textContent), /graphics acceleration/);
    assert.equal(await planner.page.$eval('#loading', (e) => getComputedStyle(e).display), 'none');
    await closeClean(planner);
  });

  test('asked nothing of any other origin', () => {
    assert.ok(opened.length > 0);
    assert.deepEqual(opened.flatMap((planner) => planner.foreignRequests), []);
  });
});
