// The planner as an installed, offline web app: after one visit it starts with the network off;
// a new deployment is offered as "reload", never forced; a whole session asks nothing of any other
// origin and breaks no rule of the page's Content Security Policy.
import assert from 'node:assert/strict';
import {appendFile, cp, mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';

import {stampServiceWorker} from '../../scripts/stamp-service-worker.mjs';
import {APP_DIR, launchChromium, openPlanner, serveApp} from './harness.mjs';
import {openView, suggestPlan} from './planner_steps.mjs';

const VIEWS = ['Next up', 'Timeline', 'Modules', 'Dissertation', 'Activities', 'Reviews', 'Coverage', 'Hours'];

// Each test deploys its own copy of the app, so one can publish a new version without touching
// the build.
let browser;
let site;
let server;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

async function deploy() {
  site = await mkdtemp(join(tmpdir(), 'planner-site-'));
  await cp(APP_DIR, site, {recursive: true});
  server = await serveApp(site);
}

async function undeploy() {
  await server?.close();
  await rm(site, {recursive: true, force: true});
}

// Resolves once a service worker controls the page, i.e. the app's files are cached.
async function waitUntilControlled(planner) {
  await planner.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {timeout: 20000});
}

// Records every Content Security Policy violation the page reports.
function watchPolicyViolations() {
  window.policyViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.policyViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
  });
}

describe('offline after the first visit', () => {
  before(deploy);
  after(undeploy);

  test('with the network off, a reload still starts the planner', async () => {
    const planner = await openPlanner(browser, server);
    await waitUntilControlled(planner);
    const context = planner.page.context();
    await planner.requestsSettled();
    await context.setOffline(true);
    await planner.reload();
    await suggestPlan(planner);
    await openView(planner, 'Timeline');
    assert.deepEqual(planner.problems(), []);
    assert.deepEqual(planner.foreignRequests, []);
    await planner.screenshot('offline-reload');
    await context.close();
  });

  test('the page can be installed: its manifest names the app, its start page and its icons', async () => {
    const planner = await openPlanner(browser, server);
    const manifest = await planner.page.evaluate(async () => {
      const link = document.querySelector('link[rel="manifest"]');
      return (await fetch(link.href)).json();
    });
    assert.equal(manifest.name, 'Apprenticeship Planner');
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.start_url, './');
    for (const icon of manifest.icons) {
      const status = await planner.page.evaluate(async (src) => (await fetch(src)).status, icon.src);
      assert.equal(status, 200, `${icon.src} is there`);
    }
    assert.ok(manifest.icons.some((icon) => icon.purpose === 'maskable'));
    await planner.page.context().close();
  });
});

describe('a new version', () => {
  before(deploy);
  after(undeploy);

  test('is offered as "reload" and, when the user chooses, replaces the running one', async () => {
    const planner = await openPlanner(browser, server);
    await waitUntilControlled(planner);
    await suggestPlan(planner);
    assert.equal(await planner.page.isVisible('#update-ready'), false, 'no prompt without a new version');

    // Publish: a changed file gives a new service worker version.
    await appendFile(join(site, 'style.css'), '\n/* version 2 */\n');
    await stampServiceWorker({app: site});
    await planner.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await planner.page.waitForSelector('#update-ready:not([hidden])', {timeout: 20000});
    assert.equal((await planner.state()).screen, 'plan', 'nothing reloaded by itself');
    await planner.screenshot('update-ready');

    await planner.requestsSettled();
    const reloaded = planner.page.waitForEvent('load');
    await planner.page.click('#update-reload');
    await reloaded;
    await planner.waitForFirstFrame();
    const style = await planner.page.evaluate(async () => (await fetch('style.css')).text());
    assert.match(style, /version 2/, 'the new version is the one running');
    assert.equal(await planner.page.isVisible('#update-ready'), false);
    // The old version's cache goes once the new worker has taken over.
    await planner.page.waitForFunction(async () => (await caches.keys()).filter((name) => name.startsWith('planner-')).length === 1);
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  });
});

describe('a whole session', () => {
  before(deploy);
  after(undeploy);

  test('asks nothing of any other origin and breaks no rule of the page\'s policy', async () => {
    const planner = await openPlanner(browser, server, {initScript: watchPolicyViolations});
    await waitUntilControlled(planner);
    await suggestPlan(planner);
    for (const view of VIEWS) await openView(planner, view);
    await planner.waitForIdle();
    assert.deepEqual(planner.foreignRequests, []);
    assert.deepEqual(await planner.page.evaluate(() => window.policyViolations), []);
    assert.deepEqual(planner.problems(), []);
    const policy = await planner.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(policy, /unsafe-inline/);
    await planner.page.context().close();
  });

  test('the service worker never caches itself', async () => {
    const worker = await readFile(join(site, 'sw.js'), 'utf8');
    const files = JSON.parse(worker.match(/const FILES = (\[.*\]);/)[1]);
    assert.ok(files.includes('./planner.wasm') && files.includes('./planner.deferred.wasm') && files.includes('./index.html'));
    assert.ok(!files.some((file) => file.endsWith('sw.js')));
  });
});
