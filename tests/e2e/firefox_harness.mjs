// The end-to-end harness for Firefox ESR: the same PlannerPage (item finding, clicks, typing, idle
// and state waits) driven by puppeteer-core over WebDriver BiDi instead of playwright-core.
// Firefox runs headed on a private Xvfb display with Mesa's software OpenGL: headless Firefox
// here has no WebGL 2, so the app would only show its "cannot show the planner" page.
import {spawn} from 'node:child_process';
import puppeteer from 'puppeteer-core';

import {PlannerPage} from './harness.mjs';

export const FIREFOX = process.env.PLANNER_FIREFOX || '/usr/bin/firefox-esr';
const XVFB = process.env.PLANNER_XVFB || 'Xvfb';

// Starts Xvfb on the first free display number (it reports the number it took on -displayfd)
// and resolves to {display: ':N', close()}. A display of our own rather than xvfb-run: the suite
// runs the same from a terminal, from make test and from CI, and never touches a desktop.
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(XVFB, ['-displayfd', '1', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'],
                       {stdio: ['ignore', 'pipe', 'pipe']});
    let out = '';
    let err = '';
    xvfb.stderr.on('data', (chunk) => { err += chunk; });
    xvfb.on('error', (error) => reject(new Error(`cannot start ${XVFB} (apt install xvfb): ${error.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`${XVFB} exited with ${code}: ${err.trim()}`)));
    xvfb.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /^(\d+)\n/.exec(out);
      if (!match) return;
      xvfb.removeAllListeners('exit');
      resolve({
        display: `:${match[1]}`,
        close: () => new Promise((done) => {
          if (xvfb.exitCode !== null) return done();
          xvfb.once('exit', () => done());
          xvfb.kill();
        }),
      });
    });
  });
}

// Firefox on its own Xvfb display, which stops when the browser goes away (closed or crashed).
export async function launchFirefox() {
  const xvfb = await startXvfb();
  try {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      protocol: 'webDriverBiDi',
      headless: false,
      timeout: 120000,  // a first start on a busy two-core machine has taken over 20 s
      env: {...process.env, DISPLAY: xvfb.display, LIBGL_ALWAYS_SOFTWARE: '1', MOZ_CRASHREPORTER_DISABLE: '1'},
      extraPrefsFirefox: {
        // Firefox's own network probes, which Puppeteer's defaults leave on: the network is closed.
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        // navigator.storage.persist(), which the app calls once a plan is stored, is answered (no)
        // without Firefox's permission prompt, so no doorhanger is left open over the page.
        'dom.storageManager.prompt.testing': true,
        'dom.storageManager.prompt.testing.allow': false,
      },
    });
    browser.once('disconnected', () => xvfb.close());
    return browser;
  } catch (error) {
    await xvfb.close();
    throw error;
  }
}

// PlannerPage over a Puppeteer page: only the calls whose shape differs between the drivers.
export class FirefoxPlannerPage extends PlannerPage {
  constructor(page, origin, context) {
    super(page, origin);
    this.context = context;
  }

  waitFor(fn, arg, options = {}) { return this.page.waitForFunction(fn, options, arg); }

  close() { return this.context.close(); }
}

// Opens the app in a fresh browser context (its own storage) and waits for the first frame.
export async function openPlanner(browser, server, {
  path = '', viewport = {width: 1280, height: 720}, deviceScaleFactor = 1, waitForFrame = true, initScript,
} = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({...viewport, deviceScaleFactor});
  if (initScript) await page.evaluateOnNewDocument(initScript);
  const planner = new FirefoxPlannerPage(page, server.url.replace(/\/$/, ''), context);
  await page.goto(server.url + path);
  if (waitForFrame) await planner.waitForFirstFrame();
  return planner;
}
