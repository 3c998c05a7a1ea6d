// Exports, share links and the mentor review in the real app in Chromium, through real input:
// downloads are real downloads (Playwright's download event), the .ics is read with our own
// strict RFC 5545 checks (rfc5545.mjs), links travel through the real clipboard, and the
// apprentice → mentor → apprentice round trip leaves the mentor's own plan untouched.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {gunzipSync} from 'node:zlib';

import {chromiumSession, openPlanner} from './harness.mjs';
import {displayDate, nextFrame, replaceText, scrollIntoView, storedPlans, suggestPlan} from './planner_steps.mjs';
import {parseIcs, text} from './rfc5545.mjs';

const session = chromiumSession();

async function open(options = {}) {
  const planner = await openPlanner(session.browser, session.server, options);
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
  const reader = await session.browser.newPage();
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

// Waits until the autosave has stored everything, then reads what localStorage keeps of the plans.
async function savedPlans(planner) {
  await planner.waitForState((s) => s.save.status === 'saved');
  return storedPlans(planner);
}

// In a review: narrows the item list to `filter`, picks the item whose label matches, comments.
async function commentOn(reviewer, filter, item, text) {
  await replaceText(reviewer, 'Find an item', filter);
  await reviewer.click(item);
  await reviewer.type('Comment', text);
  await reviewer.click('Add comment');
}

test('apprentice → review link → mentor comments and approves → link back → apprentice sees the comments on their items', async () => {
  // The apprentice shares their plan.
  const apprentice = await open();
  const {plan: apprenticePlan} = await suggestPlan(apprentice);
  await apprentice.click('Export');
  const planLink = await copiedLink(apprentice, 'Copy link to this plan', '#plan=1.');
  assert.ok(planLink.startsWith(apprentice.origin), planLink);
  const scripted = await apprentice.page.evaluate(() => window.planner.shareLink({review: false}));
  assert.deepEqual(planIn(scripted), planIn(planLink), 'planner.shareLink() gives the link the UI gives');
  assert.deepEqual(planIn(planLink), apprenticePlan);
  const apprenticeStored = await savedPlans(apprentice);

  // The mentor has a plan of their own, opens the link, reviews, approves, sends a link back.
  const mentor = await open({viewport: {width: 1280, height: 720}});
  await replaceText(mentor, 'Start date', '2028-09-04');
  const {plan: mentorsOwn} = await suggestPlan(mentor);
  const mentorStored = await savedPlans(mentor);
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
  const firstReview = displayDate(apprenticePlan.reviews[0].date);
  await commentOn(mentor, 'Module 2:', /^Module 2: /, 'Start it a month earlier.');
  await commentOn(mentor, 'progress review', new RegExp(`^Tripartite progress review, ${firstReview}`), 'I can make this one.');
  await mentor.waitForState((s) => s.review.comments.length === 3);

  // Ctrl+Z and Ctrl+Y act on the review on screen, never on the mentor's own plan behind it.
  await mentor.page.keyboard.press('Control+Z');
  await mentor.waitForState((s) => s.review.comments.length === 2);
  await mentor.page.keyboard.press('Control+Z');
  await mentor.page.keyboard.press('Control+Z');
  await mentor.page.keyboard.press('Control+Z');
  const undone = await mentor.waitForState((s) => s.review.comments.length === 0);
  assert.deepEqual(undone.plan, mentorsOwn, "undo never reaches the mentor's own plan");
  for (let i = 0; i < 3; ++i) await mentor.page.keyboard.press('Control+Y');
  await mentor.waitForState((s) => s.review.comments.length === 3);

  // The form has grown with three comments: the decision and the sending are further down it.
  await scrollIntoView(mentor, 'Record decision', 'Your name');
  await mentor.click('Approve the plan');
  await mentor.click('Record decision');
  await mentor.waitForState((s) => s.review.decision === 'approved');
  await mentor.screenshot('exports-review-session-1280x720');
  await scrollIntoView(mentor, 'Copy review link', 'Record decision');
  const reviewLink = await copiedLink(mentor, 'Copy review link', '#review=1.');
  await mentor.click('Close review');
  const afterReview = await mentor.waitForState((s) => s.mode === 'edit');
  assert.deepEqual(afterReview.plan, mentorsOwn, "the mentor's own plan is untouched throughout");
  assert.deepEqual(await savedPlans(mentor), mentorStored, "the mentor's stored plans are byte for byte as they were");

  // The apprentice opens the review link: a preview, then the import.
  await openPastedLink(apprentice, reviewLink);
  await apprentice.item('Import the review');
  assert.deepEqual((await apprentice.state()).plan, apprenticePlan, 'nothing before the apprentice agrees');
  assert.deepEqual(await storedPlans(apprentice), apprenticeStored, 'nothing stored before the apprentice agrees');
  await apprentice.click('Import the review');
  const imported = await apprentice.waitForState((s) => s.plan.reviewComments.length === 3);
  const comment = (item) => imported.plan.reviewComments.find((c) => c.item === item);
  assert.equal(comment('plan').text, 'Realistic; book cover for the May days, "please".');
  assert.equal(comment('plan').author, 'Alex Jones');
  assert.equal(imported.plan.reviewDecisions[0].decision, 'approved');
  await apprentice.item('Approved');  // the decision, shown with the plan
  await apprentice.screenshot('exports-mentor-review-comments-1280x720');

  // Each comment is on its item: a marker on the item's row, the comment in its details.
  await apprentice.click(`Go to ${comment('M2').itemLabel}`);
  await apprentice.waitForState((s) => s.view === 'Modules' && s.selected === 'M2');
  await apprentice.item(/^1 open mentor comment on Module 2: /);
  await apprentice.item('Comment by Alex Jones: Start it a month earlier.');
  await apprentice.screenshot('exports-comment-on-module-1280x720');
  const review = apprenticePlan.reviews[0].id;
  await apprentice.click('Approved');
  await apprentice.click(`Go to ${comment(review).itemLabel}`);
  await apprentice.waitForState((s) => s.view === 'Reviews' && s.selected === review);
  await apprentice.item(`1 open mentor comment on Progress review on ${firstReview}`);
  await apprentice.item('Comment by Alex Jones: I can make this one.');
  await apprentice.click('Resolve');
  await apprentice.waitForState((s) => s.plan.reviewComments.find((c) => c.item === review).resolved === true);
  await apprentice.item(`1 resolved mentor comment on Progress review on ${firstReview}`);

  for (const planner of [apprentice, mentor]) {
    assert.deepEqual(planner.problems(), []);
    await planner.page.context().close();
  }
});

// A review file as a mentor's app writes it (src/core/review/review_file.hpp), of `plan`, with one comment
// on `item`, and the plan approved.
function reviewFileOf(plan, {item, itemLabel, text, decision = 'approved'}) {
  return JSON.stringify({
    format: 'apprenticeship-plan-review', schemaVersion: 1, appVersion: '0.1.0', savedAt: '2027-01-05T09:00:00Z',
    review: {
      id: 'rv-e2e', plan: {id: plan.id, name: plan.name, fingerprint: 'fnv1a64:0000000000000000'},
      reviewer: {name: 'Alex Jones', role: 'Workplace mentor'},
      decision: {decision, date: '2027-01-05', summary: 'Realistic.'},
      comments: [{id: 'comment-1', item, itemLabel, date: '2027-01-05', text}],
    },
  }, null, 2);
}

// Drops a file on the page as a person drags it from their files.
async function dropFile(planner, name, text) {
  await planner.page.evaluate(({name, text}) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, {type: 'application/json'}));
    const canvas = document.getElementById('planner-canvas');
    canvas.dispatchEvent(new DragEvent('dragover', {dataTransfer: transfer, bubbles: true, cancelable: true}));
    canvas.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
  }, {name, text});
}

test('a review sent back as a file imports through the file chooser; a bad one dropped changes nothing', async () => {
  const apprentice = await open();
  const {plan} = await suggestPlan(apprentice);
  const stored = await savedPlans(apprentice);
  const activity = plan.activities[0];
  const comment = {item: activity.id, itemLabel: 'The first activity', text: 'Who will you shadow?'};

  await dropFile(apprentice, 'bad-review.json', reviewFileOf(plan, {...comment, decision: 'perhaps'}));
  const refused = await apprentice.waitForState((s) => s.notices.length === 1);
  assert.match(refused.notices[0], /^"bad-review\.json" was not imported, and your plan has not changed\. This review cannot be imported/);
  assert.deepEqual(refused.plan, plan);
  await apprentice.click('Dismiss');

  await apprentice.click('\u2630 Plan');
  const chooser = apprentice.page.waitForEvent('filechooser');
  await apprentice.click('Import mentor review\u2026');
  await (await chooser).setFiles({name: 'review.json', mimeType: 'application/json',
                                  buffer: Buffer.from(reviewFileOf(plan, comment))});
  await apprentice.item('Import the review');
  assert.deepEqual(await storedPlans(apprentice), stored, 'nothing stored before the apprentice agrees');
  await apprentice.click('Import the review');
  await apprentice.waitForState((s) => s.plan.reviewComments.length === 1 && s.plan.reviewDecisions.length === 1);
  await apprentice.click('Go to The first activity');
  await apprentice.waitForState((s) => s.view === 'Activities' && s.selected === activity.id);
  await apprentice.item(/^1 open mentor comment on /);
  await apprentice.item('Comment by Alex Jones: Who will you shadow?');
  await apprentice.screenshot('exports-comment-on-activity-1280x720');
  assert.deepEqual(apprentice.problems(), []);
  await apprentice.page.context().close();
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
