// The browser half of `make bench`: loads a page several times in Debian's Chromium (SwiftShader
// WebGL2, as the tests do) and measures, the same way for the planner and for the reference Dear
// ImGui demo:
//   - first-frame download: compressed bytes of every response that ended before the first draw
//     call (the page, scripts, styles, wasm; fonts are inside the wasm);
//   - first frame: milliseconds from navigation start to the first WebGL draw call (median), the
//     planner's and the reference's loads taking turns (measurePages);
//   - idle frames: animation frames with any draw call during 180 display refreshes (3 s at
//     60 Hz), starting 60 refreshes after the first frame, with nobody touching the page;
//   - frame CPU time on the large plan (the app only, with --large-plan FILE): the app's own
//     per-frame timings (window.planner.frameTimes()) while the pointer sweeps over the
//     Timeline, Modules, Activities and Hours views, a drawn frame per move;
//   - dragging on the large plan: the same per-frame timings from pressing on a module bar in the
//     Timeline, through a drag to the right (the checks rerun every frame) to the drop; then,
//     apart, the frames from the drop until the autosave that follows is done. A frame over
//     16 ms is a dropped frame at 60 Hz;
//   - autosave on the large plan: the main-thread time of each of the save's three steps, which
//     run in tasks of their own between frames (measureAutosave).
// Draw calls are seen by wrapping WebGL2's draw functions in an init script, so nothing in the
// measured page is changed. Prints JSON: {app: {...}, reference: {...}, firstFrameRatios: [...]}.
//
//   node tests/bench/browser-bench.mjs [--runs 5] [--app build/web/app] [--reference build/bench/reference]
//                                      [--large-plan build/bench/large-plan.json]
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

import {launchChromium} from '../e2e/harness.mjs';
import {startServer} from '../../scripts/serve.mjs';

const INSTRUMENT = () => {
  const state = {refresh: 0, firstDraw: null, drawnRefreshes: new Set()};
  window.__bench = state;
  const tick = () => {
    state.refresh += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const proto = WebGL2RenderingContext.prototype;
  for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced']) {
    const original = proto[name];
    proto[name] = function (...args) {
      if (state.firstDraw === null) state.firstDraw = performance.now();
      state.drawnRefreshes.add(state.refresh);
      return original.apply(this, args);
    };
  }
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function measureOnce(browser, url, {measureIdle}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}});
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstDraw !== null, null, {timeout: 30000});
  const result = await page.evaluate(() => {
    const firstDraw = window.__bench.firstDraw;
    const entries = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')];
    const before = entries.filter((entry) => entry.responseEnd <= firstDraw);
    return {
      firstFrameMs: firstDraw,
      downloadBytes: before.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      files: before.map((entry) => ({name: entry.name.split('/').pop() || 'index.html', bytes: entry.encodedBodySize})),
    };
  });
  if (measureIdle) {
    result.idleFrames = await page.evaluate(() => new Promise((done) => {
      const bench = window.__bench;
      const start = bench.refresh + 60;
      const end = start + 180;
      const wait = () => {
        if (bench.refresh < end) return requestAnimationFrame(wait);
        done([...bench.drawnRefreshes].filter((r) => r >= start && r < end).length);
      };
      requestAnimationFrame(wait);
    }));
  }
  await context.close();
  return result;
}

const LARGE_PLAN_VIEWS = ['Timeline', 'Modules', 'Activities', 'Hours'];
const SWEEP_MOVES = 60;

function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

// Loads the plan file's text into the app (as planner.load does for a chosen file, without the
// preview), then in each view moves the pointer a step at a time, waiting for the frame each move
// draws, and keeps those frames' CPU times.
async function measureLargePlan(browser, url, planText) {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}});
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.planner && window.planner.frames() > 0, null, {timeout: 30000});
  const loaded = await page.evaluate((text) => window.planner.load(text), planText);
  if (!loaded.ok) throw new Error(`the large plan did not load: ${loaded.error}`);
  const frames = () => page.evaluate(() => window.planner.frames());
  const times = [];
  for (const view of LARGE_PLAN_VIEWS) {
    await openView(page, view);
    const start = await frames();
    for (let move = 0; move < SWEEP_MOVES; ++move) {
      const before = await frames();
      await page.mouse.move(320 + move * 14, 140 + (move % 12) * 40);
      await page.waitForFunction((n) => window.planner.frames() > n, before);
    }
    times.push(...(await frameTimesSince(page, start)));
  }
  await openView(page, 'Timeline');
  const drag = await measureDrag(page);
  const autosave = await measureAutosave(page);
  await context.close();
  return {
    frameMsMedian: median(times), frameMsP95: percentile(times, 0.95), frames: times.length, views: LARGE_PLAN_VIEWS,
    drag: summarise(drag.dragging),
    save: summarise(drag.saving),
    autosave,
  };
}

// The main-thread time of an autosave in Chromium: its three steps (encode, back up, write) run
// in tasks of their own once the pause after an edit is over, outside frames (web_main.cpp), and
// the app times each (planner.saveStepTimes()). Nudges the selected module bar a day with the
// arrow keys, one save each.
async function measureAutosave(page) {
  const SAVES = 9;  // 27 steps: the app keeps the last 64
  const bar = await (await page.waitForFunction(() => window.planner.items().find(
      (i) => /^Module \d+$/.test(i.label) && i.w > 20 && i.x > 0 && i.x + i.w < innerWidth) || false)).jsonValue();
  await page.mouse.click(bar.x + bar.w / 2, bar.y + bar.h / 2);
  await page.waitForFunction(() => window.planner.state().selected !== '' && window.planner.state().save.status === 'saved');
  const steps = {encode: [], backUp: [], write: [], total: []};
  for (let save = 0; save < SAVES; ++save) {
    const revision = await page.evaluate(() => window.planner.state().revision);
    const before = await page.evaluate(() => window.planner.saveStepTimes().length);
    await page.keyboard.press(save % 2 ? 'ArrowLeft' : 'ArrowRight');
    // Polled, not at every refresh, and not through planner.state(): the state holds the whole
    // plan, and building it again and again would load the very tasks measured.
    await page.waitForFunction((n) => window.planner.saveStepTimes().length >= n + 3, before, {polling: 50});
    await page.waitForFunction((r) => {
      const state = window.planner.state();
      return state.revision > r && state.save.status === 'saved';
    }, revision);
    const times = (await page.evaluate(() => window.planner.saveStepTimes())).slice(before);
    if (times.length !== 3) throw new Error(`a save took ${times.length} steps outside frames: ${JSON.stringify(times)}`);
    steps.encode.push(times[0]);
    steps.backUp.push(times[1]);
    steps.write.push(times[2]);
    steps.total.push(times[0] + times[1] + times[2]);
  }
  const summary = (values) => ({median: median(values), max: Math.max(...values)});
  return {saves: SAVES, encode: summary(steps.encode), backUp: summary(steps.backUp), write: summary(steps.write),
          total: summary(steps.total)};
}

function summarise(times) {
  return {frames: times.length, frameMsMax: Math.max(...times), framesOver16ms: times.filter((t) => t > 16).length};
}

// The CPU times of the frames drawn since frame number `start` (the app keeps the last 256).
async function frameTimesSince(page, start) {
  const drawn = (await page.evaluate(() => window.planner.frames())) - start;
  const recent = await page.evaluate(() => window.planner.frameTimes());
  return recent.slice(-Math.min(drawn, recent.length));
}

async function openView(page, view) {
  const item = await page.waitForFunction(
      (label) => window.planner.items().find((i) => i.label === label && i.w > 0) || false, view);
  const {x, y, w, h} = await item.jsonValue();
  await page.mouse.click(x + w / 2, y + h / 2);
  await page.waitForFunction((label) => window.planner.state().view === label, view);
}

// Drags the first module bar in view 160 pixels right, a drawn frame per step, drops it, and waits
// for the autosave: {dragging: CPU times of the frames from the press to the drop, saving: of the
// frames after it, the one that saves included}.
async function measureDrag(page) {
  const DRAG_STEPS = 40;
  const bar = await (await page.waitForFunction(() => window.planner.items().find(
      (i) => /^Module \d+$/.test(i.label) && i.w > 20 && i.x > 0 && i.x + i.w < innerWidth) || false)).jsonValue();
  const from = {x: bar.x + bar.w / 2, y: bar.y + bar.h / 2};
  const revisionBefore = await page.evaluate(() => window.planner.state().revision);
  const start = await page.evaluate(() => window.planner.frames());
  const step = async (action) => {
    const before = await page.evaluate(() => window.planner.frames());
    await action();
    await page.waitForFunction((n) => window.planner.frames() > n, before);
  };
  await step(() => page.mouse.move(from.x, from.y));
  await step(() => page.mouse.down());
  for (let i = 1; i <= DRAG_STEPS; ++i) await step(() => page.mouse.move(from.x + i * 4, from.y));
  await step(() => page.mouse.up());
  const dragging = await frameTimesSince(page, start);
  const dropped = await page.evaluate(() => window.planner.frames());
  await page.waitForFunction((revision) => {
    const state = window.planner.state();
    return state.revision > revision && state.save.status === 'saved';
  }, revisionBefore);
  return {dragging, saving: await frameTimesSince(page, dropped)};
}

// Loads the planner and the reference demo in turns, so that both see the same machine: on a busy
// one the load changes from minute to minute, and a ratio of two medians taken minutes apart says
// more about the machine than about either page.
// A first load of each, not counted, starts what a browser starts once (its GPU process, caches of
// its own), which would otherwise fall on whichever page came first.
export async function measurePages(browser, urls, runs) {
  const samples = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
  for (const url of Object.values(urls)) await measureOnce(browser, url, {measureIdle: false});
  for (let i = 0; i < runs; ++i) {
    for (const [name, url] of Object.entries(urls)) samples[name].push(await measureOnce(browser, url, {measureIdle: i === 0}));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, {
    firstFrameMs: Math.round(median(list.map((s) => s.firstFrameMs))),
    firstFrameSamplesMs: list.map((s) => Math.round(s.firstFrameMs)),
    downloadBytes: list[0].downloadBytes,
    files: list[0].files,
    idleFrames: list[0].idleFrames,
  }]));
}

async function main() {
  const options = {runs: 5, app: 'build/web/app', reference: 'build/bench/reference'};
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i += 2) options[args[i].replace(/^--/, '')] = args[i + 1];
  const runs = Number(options.runs);
  const browser = await launchChromium();
  const servers = {app: await startServer({root: options.app, port: 0}),
                   reference: await startServer({root: options.reference, port: 0})};
  try {
    const result = await measurePages(browser, {app: servers.app.url, reference: servers.reference.url}, runs);
    // Each load of the planner against the reference's load next to it (budgets.mjs takes the median).
    result.firstFrameRatios = result.app.firstFrameSamplesMs.map((ms, i) => ms / result.reference.firstFrameSamplesMs[i]);
    if (options['large-plan']) {
      result.app.largePlan = await measureLargePlan(browser, servers.app.url, await readFile(options['large-plan'], 'utf8'));
    }
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    await Promise.all(Object.values(servers).map((server) => server.close()));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
