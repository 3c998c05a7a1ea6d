// The one-file planner (dist/planner-offline.html) opened from file:// with no server and no
// network: it starts, with a clean console and no CSP violation, says where its plans are kept
// (this browser, not the file) and offers the export that keeps a copy.
import assert from 'node:assert/strict';
import {pathToFileURL} from 'node:url';
import {resolve} from 'node:path';
import {after, before, test} from 'node:test';

import {bundleOffline} from '../../scripts/bundle-offline.mjs';
import {PlannerPage, launchChromium} from './harness.mjs';
import {suggestPlan} from './planner_steps.mjs';

let browser;
let file;
before(async () => {
  ({out: file} = await bundleOffline({out: 'build/e2e-artifacts/planner-offline.html'}));
  browser = await launchChromium();
});
after(async () => browser?.close());

test('the one-file planner starts from file:// with the network off', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, offline: true});
  const page = await context.newPage();
  const url = pathToFileURL(resolve(file)).href;
  const planner = new PlannerPage(page, 'file://');
  await page.goto(url);
  await planner.waitForFirstFrame();
  const {notices} = await planner.state();
  assert.equal(notices.length, 1);
  assert.match(notices[0], /kept in this browser on this computer, not in the file/);
  await suggestPlan(planner);
  await planner.waitForIdle();
  await planner.screenshot('offline-file');
  await planner.click('Modules');
  await planner.waitForState((s) => s.view === 'Modules');

  const download = page.waitForEvent('download');
  await planner.click('Export plan');
  assert.match((await download).suggestedFilename(), /\.json$/);
  await planner.waitForState((s) => s.notices.length === 0);
  assert.deepEqual(planner.problems(), []);
  assert.deepEqual(planner.foreignRequests, []);
  await context.close();
});
