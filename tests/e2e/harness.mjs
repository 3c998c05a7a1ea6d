// The end-to-end harness: serves the built app, drives Debian's Chromium through playwright-core,
// and finds widgets through window.planner.items() to act on them with real mouse and keyboard
// events. Waits are on conditions (planner.frames(), planner.state(), display refreshes), never on
// fixed sleeps.
import {mkdir} from 'node:fs/promises';
import {join} from 'node:path';
import {after, before} from 'node:test';
import {chromium} from 'playwright-core';

import {startServer} from '../../scripts/serve.mjs';

export const ARTIFACTS_DIR = 'build/e2e-artifacts';
export const APP_DIR = process.env.PLANNER_APP_DIR || 'build/web/app';
export const CHROMIUM = process.env.PLANNER_CHROMIUM || '/usr/bin/chromium';

// WebGL2 on SwiftShader (no GPU here), and none of Chromium's own network traffic.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--no-default-browser-check',
];

export async function launchChromium() {
  return chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true});
}

export async function serveApp(root = APP_DIR) {
  return startServer({root, port: 0});
}

// One app server and one Chromium for a test file, started before its tests and closed after
// them: session.server and session.browser, once before() has run.
export function chromiumSession() {
  const session = {browser: null, server: null};
  before(async () => {
    session.server = await serveApp();
    session.browser = await launchChromium();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

// A page of the app with everything a test needs to watch: console messages, page errors, failed
// and cross-origin requests.
export class PlannerPage {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
    this.console = [];
    this.pageErrors = [];
    this.failedRequests = [];
    this.foreignRequests = [];
    this.requestsInFlight = new Set();
    // Playwright calls console.warn's messages 'warning', Puppeteer (the Firefox driver) 'warn'.
    page.on('console', (message) => this.console.push({type: message.type() === 'warn' ? 'warning' : message.type(), text: message.text()}));
    page.on('pageerror', (error) => this.pageErrors.push(String(error)));
    page.on('requestfailed', (request) => {
      this.requestsInFlight.delete(request);
      this.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`);
    });
    page.on('requestfinished', (request) => this.requestsInFlight.delete(request));
    page.on('request', (request) => {
      this.requestsInFlight.add(request);
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) this.foreignRequests.push(url);
    });
  }

  // Console errors and warnings, page errors and failed requests: a clean page has none.
  problems() {
    return [
      ...this.console.filter((m) => m.type === 'error' || m.type === 'warning').map((m) => `console ${m.type}: ${m.text}`),
      ...this.pageErrors.map((e) => `page error: ${e}`),
      ...this.failedRequests.map((r) => `failed request: ${r}`),
    ];
  }

  // Resolves once fn(arg) in the page returns something truthy (awaiting a returned promise), as a
  // handle to it. The one call whose signature differs between the drivers: the Firefox harness
  // overrides it.
  waitFor(fn, arg, options) { return this.page.waitForFunction(fn, arg, options); }

  // Closes the page's browser context and with it the page's own storage.
  close() { return this.page.context().close(); }

  state() { return this.page.evaluate(() => window.planner.state()); }
  items() { return this.page.evaluate(() => window.planner.items()); }
  frames() { return this.page.evaluate(() => window.planner.frames()); }

  // Resolves once the page has loaded and every request it made has finished. Until then a reload
  // or going offline would cancel one (the browser's icon fetch comes late), and a cancelled request
  // reads as a problem of the app.
  async requestsSettled() {
    await this.page.waitForFunction(() => document.readyState === 'complete');
    while (this.requestsInFlight.size > 0) {
      await new Promise((done) => {
        const settled = () => {
          this.page.off('requestfinished', settled).off('requestfailed', settled);
          done();
        };
        this.page.on('requestfinished', settled).on('requestfailed', settled);
      });
    }
  }

  // Reloads the page as a user would, once its requests are done; resolves at the first frame.
  async reload() {
    await this.requestsSettled();
    await this.page.reload();
    await this.waitForFirstFrame();
  }

  async waitForFirstFrame() {
    await this.waitFor(() => window.planner && window.planner.frames() > 0);
  }

  // Idle: no frame drawn over `refreshes` consecutive display refreshes.
  async waitForIdle(refreshes = 10) {
    await this.waitFor((count) => new Promise((done) => {
      let quiet = 0;
      let last = window.planner.frames();
      const tick = () => {
        const now = window.planner.frames();
        quiet = now === last ? quiet + 1 : 0;
        last = now;
        if (quiet >= count) done(true);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }), refreshes, {timeout: 15000});
  }

  // Frames drawn while the display refreshes `refreshes` times with nobody touching anything.
  async framesDuringRefreshes(refreshes) {
    return this.page.evaluate((count) => new Promise((done) => {
      const start = window.planner.frames();
      let seen = 0;
      const tick = () => {
        if (++seen >= count) done(window.planner.frames() - start);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }), refreshes);
  }

  // The item with this visible label (a string for an exact match, or a RegExp), once drawn.
  async item(label, {timeout = 10000} = {}) {
    const matcher = label instanceof RegExp ? {source: label.source, flags: label.flags} : {exact: label};
    const handle = await this.waitFor((m) => {
      const test = m.exact !== undefined ? (l) => l === m.exact : (l) => new RegExp(m.source, m.flags).test(l);
      return window.planner.items().find((item) => test(item.label) && item.w > 0 && item.h > 0) || false;
    }, matcher, {timeout});
    return handle.jsonValue();
  }

  // Resolves once the app has taken in every key and click delivered so far and drawn what they
  // did: a field's text is complete and the layout has stopped moving, so an item found next is
  // where a click will land.
  async inputSettled() {
    await this.waitFor(() => new Promise((done) => {
      let quiet = 0;
      let last = -1;
      const tick = () => {
        const frames = window.planner.frames();
        quiet = !window.planner.inputPending() && frames === last ? quiet + 1 : 0;
        last = frames;
        if (quiet >= 2) done(true);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }));
  }

  async click(label, options = {}) {
    await this.inputSettled();
    const item = await this.item(label);
    await this.page.mouse.click(item.x + item.w / 2, item.y + item.h / 2, options);
    return item;
  }

  // Clicks a text field and waits until typed keys go to it: until then they would land in the
  // field that had the keyboard before.
  async focusField(label) {
    const field = await this.click(label);
    await this.waitFor((id) => document.activeElement && document.activeElement.id === 'text-sink' &&
                               window.planner.items().some((item) => item.id === id && item.editing), field.id);
    return field;
  }

  // Clicks a text field and types into it, as a person would.
  async type(label, text) {
    await this.focusField(label);
    await this.page.keyboard.type(text);
    await this.inputSettled();
  }

  // Polls window.planner.state() once a display refresh until predicate(state) holds.
  async waitForState(predicate, {timeout = 10000} = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const state = await this.state();
      if (predicate(state)) return state;
      if (Date.now() > deadline) throw new Error(`state never matched ${predicate}: ${JSON.stringify(state).slice(0, 400)}`);
      await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    }
  }

  async screenshot(name) {
    await mkdir(ARTIFACTS_DIR, {recursive: true});
    const path = join(ARTIFACTS_DIR, `${name}.png`);
    await this.page.screenshot({path});
    return path;
  }
}

// Opens the app in a fresh browser context (its own storage) and waits for the first frame.
export async function openPlanner(browser, server, {
  path = '', viewport = {width: 1280, height: 720}, deviceScaleFactor = 1, colorScheme = 'light',
  waitForFrame = true, initScript, hasTouch = false,
} = {}) {
  const context = await browser.newContext({viewport, deviceScaleFactor, colorScheme, hasTouch});
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const planner = new PlannerPage(page, server.url.replace(/\/$/, ''));
  await page.goto(server.url + path);
  if (waitForFrame) await planner.waitForFirstFrame();
  return planner;
}
