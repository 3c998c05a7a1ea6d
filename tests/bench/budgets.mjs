// Prints `make bench`'s budgets table from the browser measurements (browser-bench.mjs) and the
// core's Google Benchmark results, and exits non-zero when a budget is missed or not measured.
//
//   node tests/bench/budgets.mjs build/bench/browser.json build/bench/core.json
import {readFileSync, existsSync} from 'node:fs';

const [browserFile, coreFile] = process.argv.slice(2);
const browser = JSON.parse(readFileSync(browserFile, 'utf8'));
const core = coreFile && existsSync(coreFile) ? JSON.parse(readFileSync(coreFile, 'utf8')) : {benchmarks: []};

const kb = (bytes) => `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} KB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => (value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(value < 10 ? 2 : 0)} ms`);

// Google Benchmark reports per-iteration time in its time_unit; we compare milliseconds.
function coreMs(name) {
  // Manual-time benchmarks are named "BM_X/manual_time".
  const entry = core.benchmarks.find((b) => b.name === name || b.run_name === name || b.name === `${name}/manual_time`);
  if (!entry) return null;
  const scale = {ns: 1e-6, us: 1e-3, ms: 1, s: 1000}[entry.time_unit];
  return entry.real_time * scale;
}

// A budget of no frame over 16 ms (a dropped frame at 60 Hz) for one group of large-plan frames.
function droppedFramesRow(budget, group, noteEnd) {
  const frames = browser.app.largePlan && browser.app.largePlan[group];
  return {
    budget,
    measured: frames ? String(frames.framesOver16ms) : 'not measured',
    limit: '0',
    ok: Boolean(frames) && frames.framesOver16ms === 0,
    note: frames ? `longest frame ${ms(frames.frameMsMax)} of ${frames.frames}${noteEnd}`
                 : 'needs build/bench/large-plan.json (planner_large_plan)',
  };
}

// The median of the planner's first frame against the reference's load next to it (browser-bench.mjs
// takes them in turns); older results without pairs compare the two medians.
const firstFrameRatio = browser.firstFrameRatios ? median(browser.firstFrameRatios)
                                                 : browser.app.firstFrameMs / browser.reference.firstFrameMs;

const rows = [
  {
    budget: 'First-frame download (gzip, fonts and data included)',
    measured: kb(browser.app.downloadBytes),
    limit: '≤ 340 KB',
    ok: browser.app.downloadBytes <= 340_000,
    note: `reference demo ${kb(browser.reference.downloadBytes)}; ` +
          browser.app.files.map((f) => `${f.name} ${kb(f.bytes)}`).join(', '),
  },
  {
    budget: 'First frame (median of 5 loads, each beside one of the reference)',
    measured: `${browser.app.firstFrameMs} ms (${firstFrameRatio.toFixed(2)}×)`,
    limit: '≤ 1.0 × reference',
    ok: firstFrameRatio <= 1.0,
    note: `reference demo ${browser.reference.firstFrameMs} ms; planner ${browser.app.firstFrameSamplesMs.join(', ')} ms, ` +
          `reference ${browser.reference.firstFrameSamplesMs.join(', ')} ms`,
  },
  {
    budget: 'Frames drawn in 3 idle seconds',
    measured: String(browser.app.idleFrames),
    limit: '0',
    ok: browser.app.idleFrames === 0,
    note: `reference demo ${browser.reference.idleFrames}`,
  },
  {
    budget: 'Frame CPU time on the large plan (median)',
    measured: browser.app.largePlan ? ms(browser.app.largePlan.frameMsMedian) : 'not measured',
    limit: '≤ 2 ms',
    ok: Boolean(browser.app.largePlan) && browser.app.largePlan.frameMsMedian <= 2,
    note: browser.app.largePlan
      ? `95th percentile ${ms(browser.app.largePlan.frameMsP95)}; ${browser.app.largePlan.frames} frames over ${browser.app.largePlan.views.join(', ')}`
      : 'needs build/bench/large-plan.json (planner_large_plan)',
  },
  droppedFramesRow('Frames over 16 ms while dragging on the large plan', 'drag', ''),
  droppedFramesRow('Frames over 16 ms while autosaving the large plan (Chromium)', 'save', ' from the drop to "saved"'),
  autosaveRow(),
];

// The autosave's main-thread time in Chromium, its three steps apart (browser-bench.mjs).
function autosaveRow() {
  const autosave = browser.app.largePlan && browser.app.largePlan.autosave;
  if (!autosave) {
    return {budget: 'Autosave the large plan in Chromium (main thread)', measured: 'not measured', limit: '≤ 5 ms', ok: false,
            note: 'needs build/bench/large-plan.json (planner_large_plan)'};
  }
  const step = (name, s) => `${name} ${ms(s.median)} (max ${ms(s.max)})`;
  return {
    budget: 'Autosave the large plan in Chromium (main thread, median)',
    measured: ms(autosave.total.median),
    limit: '≤ 5 ms',
    // A step is a task between frames: one over 16 ms would hold up a frame.
    ok: autosave.total.median <= 5 && Math.max(autosave.encode.max, autosave.backUp.max, autosave.write.max) <= 16,
    note: `${autosave.saves} saves, each three tasks outside frames: ${step('encode', autosave.encode)}, ` +
          `${step('back up', autosave.backUp)}, ${step('write', autosave.write)}`,
  };
}

// Core budgets: Google Benchmark names → limits in milliseconds.
const CORE_BUDGETS = [
  {name: 'BM_Autoplan', budget: 'Auto-plan', limitMs: 16},
  {name: 'BM_ExpandAndCheckLargePlan', budget: 'Expand + check the large plan', limitMs: 2},
  {name: 'BM_RejectHostileFile', budget: 'Reject a 1 MiB hostile file', limitMs: 100},
  {name: 'BM_AutosaveLargePlan', budget: 'Autosave the large plan, core (native, memory storage)', limitMs: 5},
];
for (const {name, budget, limitMs} of CORE_BUDGETS) {
  const value = coreMs(name);
  rows.push({
    budget,
    measured: value === null ? 'not measured' : ms(value),
    limit: `< ${limitMs} ms`,
    ok: value !== null && value < limitMs,
    note: name,
  });
}

const widths = ['budget', 'measured', 'limit'].map((key) => Math.max(key.length, ...rows.map((r) => r[key].length)));
const line = (cells) => cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join('  ');
console.log(line(['budget', 'measured', 'limit', 'status  note']));
console.log(line(widths.map((w) => '-'.repeat(w)).concat(['------'])));
for (const row of rows) console.log(line([row.budget, row.measured, row.limit, `${row.ok ? 'ok    ' : 'MISSED'}  ${row.note}`]));
const missed = rows.filter((row) => !row.ok).length;
console.log(missed === 0 ? '\nmake bench: every budget met' : `\nmake bench: ${missed} budget(s) missed or not measured`);
process.exit(missed === 0 ? 0 : 1);
