// Exports, share links and the mentor review in the real app in Chromium, through real input:
// downloads are real downloads (Playwright's download event), the .ics is read with our own
// strict RFC 5545 checks (rfc5545.mjs), links travel through the real clipboard, and the
// apprentice → mentor → apprentice round trip leaves the mentor's own plan untouched.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {gunzipSync} from 'node:zlib';

import {launchChromium, openPlanner, serveApp} from './harness.mjs';
import {nextFrame, replaceText, suggestPlan} from './planner_steps.mjs';
import {parseIcs, text} from './rfc5545.mjs';

let browser;
let server;

before(async () => {
  browser = await launchChromium();
  server = await serveApp();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(options = {}) {
  const planner = await openPlanner(browser, server, options);
  await planner.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {origin: planner.origin});
  return planner;
}

async function download(planner, label) {
  const [file] = await Promise.all([planner.page.waitForEvent('download'), planner.click(label)]);
  return {name: file.suggestedFilename(), bytes: await readFile(await file.path())};
}

// The plan file a link carries (only its savedAt differs between two links to one plan).
function planIn(link) {
  const payload = link.slice(link.indexOf('.', link.indexOf('#')) + 1);
  return JSON.parse(gunzipSync(Buffer.from(payload, 'base64url')).toString('utf8')).plan;
}

const clipboard = (planner) => planner.page.evaluate(() => navigator.clipboard.readText());

// Clicks a button that writes a link to the system clipboard and waits for it to arrive there.
async function copiedLink(planner, label, marker) {
  await planner.page.evaluate(() => navigator.clipboard.writeText(''));
  await planner.click(label);
  const deadline = Date.now() + 10000;
  for (;;) {
    const copied = await clipboard(planner);
    if (copied.includes(marker)) return copied;
    assert.ok(Date.now() < deadline, `the clipboard never held ${marker}: ${copied.slice(0, 80)}`);
    await planner.page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  }
}

// Puts a link into "Open a link you were sent" as pasted text arrives in a focused field (one
// input event with the whole text), and opens it.
async function openPastedLink(planner, link) {
  await planner.click('Export');
  await planner.focusField('Link to open');
  await planner.page.keyboard.insertText(link);
  await nextFrame(planner);
  await planner.click('Open link');
}

test('Export saves a strict RFC 5545 calendar, a CSV with BOM and an accessible report', async () => {
  const planner = await open();
  const {plan} = await suggestPlan(planner);
  await planner.click('Export');
  await planner.item('Calendar (.ics)');
  await planner.screenshot('exports-window-1280x720');

  const ics = await download(planner, 'Calendar (.ics)');
  assert.match(ics.name, /\.ics$/);
  const parsed = parseIcs(ics.bytes);
  assert.deepEqual(parsed.errors, []);
  const events = parsed.calendars[0].children.filter((c) => c.name === 'VEVENT');
  assert.ok(events.length > 50, `${events.length} events`);
  assert.ok(events.every((e) => text(e, 'UID').endsWith(`.${plan.id}@apprenticeship-planner`)));
  assert.ok(events.some((e) => (text(e, 'LOCATION') || '').startsWith('Park House')));
  assert.ok(events.some((e) => e.children.some((c) => c.name === 'VALARM')), 'deadlines have reminders');
  // A second export keeps every UID, so importing it updates instead of duplicating.
  const again = parseIcs((await download(planner, 'Calendar (.ics)')).bytes);
  const uids = (p) => p.calendars[0].children.filter((c) => c.name === 'VEVENT').map((e) => text(e, 'UID'));
  assert.deepEqual(uids(again), uids(parsed));

  const csv = await download(planner, 'Spreadsheet (.csv)');
  assert.match(csv.name, /\.csv$/);
  assert.equal(csv.bytes.subarray(0, 3).toString('hex'), 'efbbbf');
  const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
  assert.equal(lines[0], 'Start,End,Kind,Title,Module,Status,Off-the-job hours,Location,Details,Event ID');

  const report = await download(planner, 'Report (.html)');
  assert.match(report.name, /-report\.html$/);
  const reader = await browser.newPage();
  await reader.setContent(report.bytes.toString('utf8'));
  assert.equal(await reader.locator('h1').count(), 1);
  assert.equal(await reader.locator('html').getAttribute('lang'), 'en-GB');
  assert.ok(await reader.locator('table caption').count() > 3);
  assert.equal(await reader.locator('script').count(), 0);
  await reader.close();

  const state = await planner.state();
  assert.equal(state.revision, 1, 'exporting changes nothing');
  assert.deepEqual(planner.problems(), []);
  await planner.page.context().close();
});

test('apprentice → review link → mentor comments and approves → link back → apprentice sees the comments', async () => {
  // The apprentice shares their plan.
  const apprentice = await open();
  const {plan: apprenticePlan} = await suggestPlan(apprentice);
  await apprentice.click('Export');
  const planLink = await copiedLink(apprentice, 'Copy link to this plan', '#plan=1.');
  assert.ok(planLink.startsWith(apprentice.origin), planLink);
  const scripted = await apprentice.page.evaluate(() => window.planner.shareLink({review: false}));
  assert.deepEqual(planIn(scripted), planIn(planLink), 'planner.shareLink() gives the link the UI gives');
  assert.deepEqual(planIn(planLink), apprenticePlan);

  // The mentor has a plan of their own, opens the link, reviews, approves, sends a link back.
  const mentor = await open({viewport: {width: 1280, height: 720}});
  await replaceText(mentor, 'Start date', '2028-09-04');
  const {plan: mentorsOwn} = await suggestPlan(mentor);
  await openPastedLink(mentor, planLink);
  await mentor.item('Review this plan');
  await mentor.screenshot('exports-shared-plan-preview-1280x720');
  assert.deepEqual((await mentor.state()).plan, mentorsOwn, 'nothing changes before the mentor chooses');
  await mentor.click('Review this plan');
  await mentor.waitForState((s) => s.mode === 'review');
  await replaceText(mentor, 'Your name', 'Alex Jones');
  await mentor.click(/^The whole plan/);
  await mentor.type('Comment', 'Realistic; book cover for the May days, "please".');
  await mentor.click('Add comment');
  await mentor.item(/^The whole plan.*\(1 comment\)$/);
  await mentor.click('Approve the plan');
  await mentor.click('Record decision');
  await mentor.screenshot('exports-review-session-1280x720');
  const reviewLink = await copiedLink(mentor, 'Copy review link', '#review=1.');
  await mentor.click('Close review');
  const afterReview = await mentor.waitForState((s) => s.mode === 'edit');
  assert.deepEqual(afterReview.plan, mentorsOwn, "the mentor's own plan is untouched throughout");

  // The apprentice opens the review link: a preview, then the import.
  await openPastedLink(apprentice, reviewLink);
  await apprentice.item('Import the review');
  assert.deepEqual((await apprentice.state()).plan, apprenticePlan, 'nothing before the apprentice agrees');
  await apprentice.click('Import the review');
  const imported = await apprentice.waitForState((s) => s.plan.reviewComments.length === 1);
  assert.equal(imported.plan.reviewComments[0].text, 'Realistic; book cover for the May days, "please".');
  assert.equal(imported.plan.reviewComments[0].author, 'Alex Jones');
  assert.equal(imported.plan.reviewDecisions[0].decision, 'approved');
  await apprentice.item('Approved');  // the decision, shown with the plan
  await apprentice.screenshot('exports-mentor-review-comments-1280x720');
  await apprentice.click('Resolve');
  await apprentice.waitForState((s) => s.plan.reviewComments[0].resolved === true);

  for (const planner of [apprentice, mentor]) {
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  }
});

test('opening the app from a link previews it first; a damaged link says so and loses nothing', async () => {
  const apprentice = await open();
  await suggestPlan(apprentice);
  const link = await apprentice.page.evaluate(() => window.planner.shareLink({review: false}));
  await apprentice.page.context().close();

  // A fresh browser opened from the link: the preview, and a plan only when the user says so.
  const path = link.slice(link.indexOf('#'));
  const recipient = await open({path, deviceScaleFactor: 2});
  await recipient.item('Use this plan as mine');
  await recipient.screenshot('exports-opened-from-link-dpr2');
  assert.equal((await recipient.state()).screen, 'first-run');
  await recipient.click('Use this plan as mine');
  await recipient.click('Open this plan');  // the import's preview: the same path as a plan file's
  await recipient.waitForState((s) => s.screen === 'plan' && s.plan.modules.length === 7 && s.save.status === 'saved');
  assert.equal(await recipient.page.evaluate(() => location.hash), '', 'a reload does not ask again');
  const mine = (await recipient.state()).plan;

  // Damaged on its way: one character changed in the middle (the gzip checksum catches it), cut
  // short, or from a newer app. Each gets a message; the plan stays as it was.
  const payload = link.slice(link.indexOf('.', link.indexOf('#')) + 1);
  const middle = Math.floor(payload.length / 2);
  const flipped = payload.slice(0, middle) + (payload[middle] === 'A' ? 'B' : 'A') + payload.slice(middle + 1);
  for (const broken of [`#plan=1.${flipped}`, `#plan=1.${payload.slice(0, 40)}`, `#plan=9.${payload}`]) {
    await openPastedLink(recipient, recipient.origin + '/' + broken);
    await recipient.item('Close');
    await recipient.screenshot('exports-broken-link-dpr2');
    await recipient.click('Close');
    assert.deepEqual((await recipient.state()).plan, mine);
  }
  assert.deepEqual(recipient.problems(), []);
  await recipient.page.context().close();
});
