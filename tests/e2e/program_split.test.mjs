// The program in two modules (scripts/split-program.mjs, web/boot.js): a first visit draws its
// first frame from planner.wasm alone and fetches planner.deferred.wasm after it; a click that
// needs the rest before it has arrived waits for it and works; halves of two builds are never
// joined; a returning visit loads both before its first frame.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {PlannerPage, chromiumSession, openPlanner} from './harness.mjs';
import {suggestPlan} from './planner_steps.mjs';

const session = chromiumSession();
const REST = 'planner.deferred.wasm';

// Notes the time of the first WebGL draw call, for comparing with the resource timings.
const NOTE_FIRST_DRAW = () => {
  const draw = WebGL2RenderingContext.prototype.drawElements;
  WebGL2RenderingContext.prototype.drawElements = function (...args) {
    if (window.firstDrawAt === undefined) window.firstDrawAt = performance.now();
    return draw.apply(this, args);
  };
};

// {name: {start, end}} of the program's files, in the page's clock, and the first draw's time.
function programTimings(planner) {
  return planner.page.evaluate(() => {
    const files = {};
    for (const entry of performance.getEntriesByType('resource')) {
      const name = entry.name.split('/').pop();
      if (name.endsWith('.wasm')) files[name] = {start: entry.startTime, end: entry.responseEnd};
    }
    return {files, firstDraw: window.firstDrawAt};
  });
}

// A first visit, watched from before the page loads: {planner, kinds}, where kinds lists the
// requests for the second module as they come ('fetch' after the first frame, 'xhr' when a call
// needed it at once). `route`, if given, handles those requests.
async function openFirstVisit({route} = {}) {
  const context = await session.browser.newContext({viewport: {width: 1280, height: 720}});
  await context.addInitScript(NOTE_FIRST_DRAW);
  if (route) await context.route(`**/${REST}`, route);
  const page = await context.newPage();
  const kinds = [];
  let firstModuleRequests = 0;
  page.on('request', (request) => {
    if (request.url().endsWith(`/${REST}`)) kinds.push(request.resourceType());
    if (request.url().endsWith('/planner.wasm')) firstModuleRequests += 1;
  });
  const planner = new PlannerPage(page, session.server.url.replace(/\/$/, ''));
  await page.goto(session.server.url);
  await planner.waitForFirstFrame();
  return {planner, kinds, firstModuleRequests: () => firstModuleRequests};
}

describe('the program in two modules', () => {
  test('a first visit draws its first frame from planner.wasm alone, then fetches the rest', async () => {
    const {planner, kinds, firstModuleRequests} = await openFirstVisit();
    assert.equal(firstModuleRequests(), 1, 'the page\'s preload of planner.wasm is the request boot.js uses');
    await planner.waitFor(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/planner.deferred.wasm')));
    const {files, firstDraw} = await programTimings(planner);
    assert.ok(files['planner.wasm'].end < firstDraw, 'the first module arrived before the first frame');
    assert.ok(files[REST].start >= firstDraw, `the rest was asked for after the first frame (${JSON.stringify({files, firstDraw})})`);
    await planner.waitForIdle();
    await suggestPlan(planner);
    assert.deepEqual(kinds, ['fetch'], 'the rest came once, in the background');
    assert.deepEqual(planner.problems(), []);
    await planner.close();
  });

  test('a click that needs the rest before it has arrived waits for it and works', async () => {
    // The background fetch is held until the click has been handled; the request the click makes
    // goes through.
    let releaseFetch;
    const fetchHeld = new Promise((done) => { releaseFetch = done; });
    const {planner, kinds} = await openFirstVisit({
      route: async (route) => {
        if (route.request().resourceType() === 'fetch') await fetchHeld;
        await route.continue();
      },
    });
    await suggestPlan(planner);
    assert.deepEqual(kinds, ['fetch', 'xhr'], 'the click fetched the rest on the spot');
    releaseFetch();
    await planner.click('Timeline');
    await planner.waitForState((s) => s.view === 'Timeline');
    assert.deepEqual(planner.problems(), []);
    await planner.close();
  });

  test('the two halves of different builds are never joined', async () => {
    // The second module as a newer deployment would serve it: another build's mark at its end
    // (scripts/split-program.mjs appends the mark last).
    const {planner} = await openFirstVisit({
      route: async (route) => {
        const response = await route.fetch();
        const bytes = Buffer.from(await response.body());
        bytes[bytes.length - 1] = bytes[bytes.length - 1] === 0x30 ? 0x31 : 0x30;
        await route.fulfill({response, body: bytes});
      },
    });
    await planner.page.waitForSelector('#problem:not([hidden])');
    assert.match(await planner.page.textContent('#problem-text'), /new version of the planner was published/);
    assert.equal(await planner.page.isVisible('#problem-retry'), true);
    // The service worker, installing meanwhile, may be fetching the module through the route.
    await planner.page.context().unrouteAll({behavior: 'ignoreErrors'});
    await planner.close();
  });

  test('a returning visit loads both modules before its first frame', async () => {
    const planner = await openPlanner(session.browser, session.server, {initScript: NOTE_FIRST_DRAW});
    await suggestPlan(planner);
    await planner.waitForState((s) => s.save.status === 'saved');
    const kinds = [];
    planner.page.on('request', (request) => {
      if (request.url().endsWith(`/${REST}`)) kinds.push(request.resourceType());
    });
    await planner.reload();
    const {files, firstDraw} = await programTimings(planner);
    assert.ok(files['planner.wasm'].end < firstDraw && files[REST].end < firstDraw,
              `both modules arrived before the first frame (${JSON.stringify({files, firstDraw})})`);
    assert.deepEqual(kinds, ['fetch']);
    assert.equal((await planner.state()).screen, 'plan');
    assert.deepEqual(planner.problems(), []);
    await planner.close();
  });
});
