#!/usr/bin/env node
// Splits the linked program in two (run after each link of planner_app; cmake/WebApp.cmake):
//   planner.wasm           what the first frame of a first visit runs: the first-run screen
//   planner.deferred.wasm  everything else, fetched once that frame is drawn (web/boot.js)
// What the first frame runs is recorded, not guessed: Binaryen's wasm-split instruments a copy of
// the program, Chromium draws its first frame in each of the situations below, and the functions
// that ran stay in the first module. A function that was not recorded still works: calling it
// before the second module is there loads it on the spot (boot.js).
//
// The linked planner.wasm keeps its function names (--profiling-funcs): the names go into the
// work folder's copies, for `make bench`'s size table, and are stripped from the app's files.
//
//   node scripts/split-program.mjs --app build/web/app --work build/web/split
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {copyFile, mkdir, readFile, readdir, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

import {withCustomSection, withoutCustomSection} from './wasm-sections.mjs';

// The first-visit screens whose first frame must not wait for the second module: a desktop
// window, a phone held upright (touch, 3 device pixels per CSS pixel), a dark colour scheme and a
// browser zoomed to 400% on a laptop (320 CSS pixels wide at 4 device pixels per pixel).
export const FIRST_VISITS = [
  {name: 'desktop', viewport: {width: 1280, height: 720}, deviceScaleFactor: 1},
  {name: 'phone', viewport: {width: 390, height: 844}, deviceScaleFactor: 3, hasTouch: true, isMobile: true},
  {name: 'dark', viewport: {width: 1280, height: 720}, deviceScaleFactor: 1, colorScheme: 'dark'},
  {name: 'zoom-400', viewport: {width: 320, height: 180}, deviceScaleFactor: 4},
];

const PRIMARY = 'planner.wasm';
const DEFERRED = 'planner.deferred.wasm';
const BUILD_SECTION = 'planner-build';  // web/boot.js reads it

function wasmSplit(args) {
  const run = spawnSync('wasm-split', ['--all-features', ...args], {encoding: 'utf8'});
  if (run.status !== 0) throw new Error(`wasm-split ${args.join(' ')} failed:\n${run.stderr}`);
}

// Serves `root` (the instrumented program beside the page) and draws the first frame once per
// situation; returns the profiles wasm-split wrote into the program's memory.
async function recordFirstFrames(root) {
  const [{launchChromium}, {startServer}] = await Promise.all([
    import('../tests/e2e/harness.mjs'), import('./serve.mjs')]);
  const server = await startServer({root, port: 0});
  const browser = await launchChromium();
  try {
    const profiles = [];
    for (const visit of FIRST_VISITS) {
      const {name, ...options} = visit;
      const context = await browser.newContext(options);
      // The page never exposes the instance: keep it when the loader instantiates the program.
      await context.addInitScript(() => {
        const keep = (result) => {
          window.__recordedInstance = result.instance;
          return result;
        };
        const streaming = WebAssembly.instantiateStreaming;
        const buffered = WebAssembly.instantiate;
        WebAssembly.instantiateStreaming = (...args) => streaming.apply(WebAssembly, args).then(keep);
        WebAssembly.instantiate = (...args) => buffered.apply(WebAssembly, args).then(keep);
      });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(server.url);
      await page.waitForFunction(() => window.planner && window.planner.frames() > 0, null, {timeout: 120000});
      if (errors.length > 0) throw new Error(`the ${name} first frame failed while recording:\n${errors.join('\n')}`);
      // The profile goes into memory grown for it: the page is closed straight after.
      const bytes = await page.evaluate(() => {
        const exports = window.__recordedInstance.exports;
        const memory = Object.values(exports).find((value) => value instanceof WebAssembly.Memory);
        const pages = 4;  // room for 4 bytes a function and more
        const at = memory.grow(pages) * 65536;
        const size = exports.__write_profile(at, pages * 65536);
        return Array.from(new Uint8Array(memory.buffer, at, size));
      });
      await context.close();
      profiles.push({name, bytes: Buffer.from(bytes)});
    }
    return profiles;
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function splitProgram({app = 'build/web/app', work = 'build/web/split'} = {}) {
  const record = join(work, 'record');
  await rm(work, {recursive: true, force: true});
  await mkdir(record, {recursive: true});
  const linked = join(work, 'planner.linked.wasm');
  await copyFile(join(app, 'planner.wasm'), linked);

  // The page and its scripts as served, with the instrumented program in one piece.
  for (const name of await readdir(app)) {
    if (name.endsWith('.wasm') || name === 'sw.js') continue;
    await copyFile(join(app, name), join(record, name));
  }
  wasmSplit(['--instrument', linked, '-o', join(record, 'planner.wasm')]);
  const profiles = await recordFirstFrames(record);
  const profileFiles = [];
  for (const {name, bytes} of profiles) {
    const file = join(work, `first-frame-${name}.profile`);
    await writeFile(file, bytes);
    profileFiles.push(file);
  }
  const merged = join(work, 'first-frame.profile');
  wasmSplit(['--merge-profiles', ...profileFiles, '-o', merged]);

  // The modules go to the app without function names; the names go beside the work folder's
  // copies (planner.wasm.symbols: "index:name" lines) for the size table. Both carry the build
  // they come from: boot.js never joins halves of two builds (a deployment between the two
  // downloads of a first visit).
  const sizes = [];
  const build = createHash('sha256').update(await readFile(linked)).digest('hex').slice(0, 16);
  wasmSplit([linked, `--profile=${merged}`, '--symbolmap', '-o1', join(work, PRIMARY), '-o2', join(work, DEFERRED)]);
  for (const name of [PRIMARY, DEFERRED]) {
    const bytes = withCustomSection(withoutCustomSection(await readFile(join(work, name)), 'name'), BUILD_SECTION, build);
    await writeFile(join(app, name), bytes);
    sizes.push(bytes.length);
  }
  await rm(record, {recursive: true, force: true});
  return {primaryBytes: sizes[0], deferredBytes: sizes[1]};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = {};
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i += 2) {
    const key = {'--app': 'app', '--work': 'work'}[args[i]];
    if (!key) {
      console.error(`unknown option ${args[i]}\nusage: node scripts/split-program.mjs --app DIR --work DIR`);
      process.exit(2);
    }
    options[key] = args[i + 1];
  }
  const {primaryBytes, deferredBytes} = await splitProgram(options);
  console.log(`program split: planner.wasm ${(primaryBytes / 1024).toFixed(0)} KiB for the first frame, ` +
              `planner.deferred.wasm ${(deferredBytes / 1024).toFixed(0)} KiB after it`);
}
