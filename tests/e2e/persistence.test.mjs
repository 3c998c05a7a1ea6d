// Keeping the plan in a real browser, with real localStorage, real files and real
// downloads: an edit survives a reload; damaged stored data is reported and kept; a full storage
// fails the save with a message and loses nothing; bad files are refused and change nothing; a
// good file is previewed, confirmed and replaces the plan with the old one as the backup; the
// exported file loads back identically; two tabs never overwrite each other silently.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {describe, test} from 'node:test';

import {PlannerPage, chromiumSession, openPlanner} from './harness.mjs';
import {openView, replaceText, storedPlans, storedValues, suggestPlan} from './planner_steps.mjs';

const session = chromiumSession();

const PLAN_MENU = '\u2630 Plan';

// The plan inside a stored record (a header line, then the plan file).
function planOfRecord(record) {
  const file = record.slice(record.indexOf('\n') + 1);
  return JSON.parse(file).plan;
}

// Moves the first module of the sequence down: one ordinary edit, by a real click.
async function editPlan(planner) {
  const before = await openView(planner, 'Modules');
  const first = before.plan.modules[0].moduleId;
  await planner.click(`Move Module ${first.slice(1)} down`);
  return planner.waitForState((s) => s.revision > before.revision);
}

async function saved(planner) {
  return planner.waitForState((s) => s.save.status === 'saved');
}

// Chooses a file through the app's own "Import plan…" and the browser's file chooser.
async function importThroughChooser(planner, file) {
  await planner.click(PLAN_MENU);
  const chooser = planner.page.waitForEvent('filechooser');
  await planner.click('Import plan\u2026');
  await (await chooser).setFiles(file);
}

async function closeAll(...planners) {
  for (const planner of planners) await planner.page.context().close();
}

describe('keeping the plan', () => {
  test('an edit survives a reload unchanged', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    await saved(planner);
    await editPlan(planner);
    const state = await saved(planner);
    await planner.reload();
    const reloaded = await planner.waitForState((s) => s.screen === 'plan');
    assert.deepEqual(reloaded.plan, state.plan);
    assert.equal(reloaded.save.status, 'saved');
    assert.ok((await planner.items()).some((item) => item.label === 'Save state: saved'), 'the save state is shown');
    assert.deepEqual(planner.problems(), []);
    await closeAll(planner);
  });

  test('a damaged stored plan is reported, kept aside unchanged, and the backup restores it', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    await saved(planner);
    await editPlan(planner);
    const state = await saved(planner);  // the suggested plan is now the backup
    const key = `planner/plan/${state.plan.id}`;
    const damaged = await planner.page.evaluate((k) => {
      const value = localStorage.getItem(k).slice(0, 120);
      localStorage.setItem(k, value);
      return value;
    }, key);

    const quarantined = async () =>
      Object.entries(await storedValues(planner)).filter(([k, v]) => k.startsWith('planner/quarantine/') && v === damaged);
    await planner.reload();
    const reloaded = await planner.waitForState((s) => s.notices.length > 0);
    assert.equal(reloaded.screen, 'first-run', 'the app starts usable');
    assert.match(reloaded.notices[0], /damaged/);
    assert.equal((await quarantined()).length, 1, 'the damaged bytes are kept, unchanged');
    await planner.screenshot('persistence-damaged');

    await planner.click(/^Restore the version saved on /);
    const restored = await planner.waitForState((s) => s.screen === 'plan' && s.save.status === 'saved');
    assert.equal(restored.plan.id, state.plan.id);
    await planner.reload();
    const again = await planner.waitForState((s) => s.screen === 'plan');
    assert.deepEqual(again.plan, restored.plan, 'the restored plan is the one opened next time');
    assert.equal((await quarantined()).length, 1, 'and the damaged bytes are still kept');
    assert.deepEqual(planner.problems(), []);
    await closeAll(planner);
  });

  test('a full storage fails the save with a message, offers the export, and loses nothing', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    const before = await saved(planner);
    const key = `planner/plan/${before.plan.id}`;
    const lastGood = (await storedValues(planner))[key];
    // Fill the origin's storage to the last byte the browser allows.
    await planner.page.evaluate(() => {
      let size = 1 << 20;
      let n = 0;
      while (size >= 1) {
        try {
          localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
        } catch (e) {
          size = Math.floor(size / 2);
        }
      }
    });
    // An edit that makes the plan larger: it cannot fit.
    await openView(planner, 'Dissertation');
    await replaceText(planner, 'Working title', 'Integrating two community nursing teams across the county');
    await planner.page.keyboard.press('Tab');  // done typing: the save follows the short pause
    const failed = await planner.waitForState((s) => s.save.status === 'failed');
    assert.equal(failed.save.problem, 'quota-exceeded');
    assert.match(failed.save.message, /Export/);
    assert.equal((await storedValues(planner))[key], lastGood, 'the last good version is untouched');
    await planner.screenshot('persistence-quota');

    const download = planner.page.waitForEvent('download');
    await planner.click('Export now');
    const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
    assert.deepEqual(file.plan, failed.plan, 'the export holds the unsaved changes');
    assert.equal((await planner.state()).save.status, 'failed', 'the message stays until the plan is stored');
    assert.deepEqual(planner.problems(), []);
    await closeAll(planner);
  });

  test('bad files are refused with a message and change nothing', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    const before = await saved(planner);
    const future = JSON.parse(await planner.page.evaluate(() => window.planner.export()));
    future.schemaVersion = 99;
    // The plans as stored (the app's own settings may be written as menus open and close).
    const plansStored = () => storedPlans(planner);
    const storedBefore = await plansStored();
    const bad = [
      {name: 'notes.json', text: 'these are my notes', says: /not valid JSON/},
      {name: 'list.json', text: '[1, 2, 3]', says: /not an apprenticeship plan/},
      {name: 'other.json', text: '{"format": "something-else", "plan": {}}', says: /not an apprenticeship plan|format/i},
      {name: 'future.json', text: JSON.stringify(future), says: /newer version/},
      {name: 'deep.json', text: '['.repeat(100000) + ']'.repeat(100000), says: /nested|deep/i},
    ];
    for (const file of bad) {
      await importThroughChooser(planner, {name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text)});
      const state = await planner.waitForState((s) => s.notices.length > 0);
      assert.match(state.notices[0], new RegExp(`"${file.name}" was not imported, and your plan has not changed`));
      assert.match(state.notices[0], file.says, state.notices[0]);
      assert.equal(state.importPending, false);
      assert.equal(state.revision, before.revision);
      assert.deepEqual(state.plan, before.plan);
      if (file.name === 'future.json') await planner.screenshot('persistence-bad-file');
      await planner.click('Dismiss');
      await planner.waitForState((s) => s.notices.length === 0);
    }
    const loaded = await planner.page.evaluate(() => window.planner.load('{"format": "apprenticeship-plan"'));
    assert.equal(loaded.ok, false);
    assert.match(loaded.error, /not valid JSON/);
    assert.deepEqual(await storedPlans(planner), storedBefore, 'not one stored byte changed');
    assert.deepEqual(planner.problems(), []);
    await closeAll(planner);
  });

  test('a good file is previewed, replaces the plan only when confirmed, and the old plan is the backup', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    const before = await saved(planner);
    const file = JSON.parse(await planner.page.evaluate(() => window.planner.export()));
    file.plan.name = 'Plan from my mentor';
    file.plan.modules.pop();
    const buffer = Buffer.from(JSON.stringify(file, null, 2));

    await importThroughChooser(planner, {name: 'mentor.json', mimeType: 'application/json', buffer});
    await planner.waitForState((s) => s.importPending);
    await planner.item('Replace my plan');
    await planner.screenshot('persistence-import-preview');
    await planner.click('Cancel');
    const cancelled = await planner.waitForState((s) => !s.importPending);
    assert.deepEqual(cancelled.plan, before.plan, 'cancel changes nothing');

    // The same file dropped on the page.
    await planner.page.evaluate(({text}) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'mentor.json', {type: 'application/json'}));
      const canvas = document.getElementById('planner-canvas');
      canvas.dispatchEvent(new DragEvent('dragover', {dataTransfer: transfer, bubbles: true, cancelable: true}));
      canvas.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
    }, {text: buffer.toString()});
    await planner.waitForState((s) => s.importPending);
    await planner.click('Replace my plan');
    const replaced = await planner.waitForState((s) => !s.importPending && s.plan.name === 'Plan from my mentor' && s.save.status === 'saved');
    assert.equal(replaced.plan.id, before.plan.id, 'it takes the open plan\'s place');
    assert.equal(replaced.plan.modules.length, before.plan.modules.length - 1);
    const backup = (await storedValues(planner))[`planner/backup/${before.plan.id}`];
    assert.ok(backup, 'a backup exists');
    assert.deepEqual(planOfRecord(backup), before.plan, 'the backup is the plan it replaced');
    assert.deepEqual(planner.problems(), []);
    await closeAll(planner);
  });

  test('planner.load() imports at once without the dialog, the old plan kept as the backup; bad text changes nothing', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    const before = await saved(planner);
    const file = JSON.parse(await planner.page.evaluate(() => window.planner.export()));
    file.plan.name = 'Loaded by a script';
    const storedBefore = await storedPlans(planner);

    const refused = await planner.page.evaluate(() => window.planner.load('{"format": "apprenticeship-plan", "plan": ['));
    assert.equal(refused.ok, false);
    assert.match(refused.error, /not valid JSON/);
    const unchanged = await planner.state();
    assert.equal(unchanged.revision, before.revision);
    assert.equal(unchanged.importPending, false);
    assert.deepEqual(await storedPlans(planner), storedBefore, 'not one stored byte changed');

    const loaded = await planner.page.evaluate((t) => window.planner.load(t), JSON.stringify(file));
    assert.deepEqual(loaded, {ok: true, error: null});
    const replaced = await planner.waitForState((s) => s.plan.name === 'Loaded by a script' && s.save.status === 'saved');
    assert.equal(replaced.importPending, false, 'no confirmation is asked for');
    assert.equal(replaced.plan.id, before.plan.id, 'it takes the open plan\'s place');
    assert.ok(!(await planner.items()).some((item) => item.label === 'Replace my plan'), 'no dialog is drawn');
    const stored = await storedValues(planner);
    assert.deepEqual(planOfRecord(stored[`planner/plan/${before.plan.id}`]), replaced.plan);
    assert.deepEqual(planOfRecord(stored[`planner/backup/${before.plan.id}`]), before.plan, 'the plan it replaced is the backup');
    assert.deepEqual(planner.problems(), []);
    await closeAll(planner);
  });

  test('the exported file downloads and loads back identically', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await suggestPlan(planner);
    await editPlan(planner);
    const before = await saved(planner);
    await planner.click(PLAN_MENU);
    const download = planner.page.waitForEvent('download');
    await planner.click('Export plan');
    const file = await download;
    assert.match(file.suggestedFilename(), /\.plan\.json$/);
    const text = await readFile(await file.path(), 'utf8');
    const hook = JSON.parse(await planner.page.evaluate(() => window.planner.export()));
    assert.deepEqual(hook.plan, JSON.parse(text).plan, 'planner.export() writes what the download holds');
    const envelope = JSON.parse(text);
    assert.equal(envelope.format, 'apprenticeship-plan');
    assert.deepEqual(envelope.plan, before.plan);

    // Into a fresh browser profile, through the same import path.
    const other = await openPlanner(session.browser, session.server);
    const result = await other.page.evaluate((t) => window.planner.load(t), text);
    assert.equal(result.ok, true, result.error);
    const loaded = await other.waitForState((s) => s.screen === 'plan' && s.save.status === 'saved');
    assert.deepEqual(loaded.plan, before.plan);
    assert.deepEqual([...planner.problems(), ...other.problems()], []);
    await closeAll(planner, other);
  });

  test('another tab\'s save is shown here; over unsaved changes it is offered, never silently overwritten', async () => {
    const first = await openPlanner(session.browser, session.server);
    await suggestPlan(first);
    const original = await saved(first);
    const secondPage = await first.page.context().newPage();
    const second = new PlannerPage(secondPage, session.server.url.replace(/\/$/, ''));
    await secondPage.goto(session.server.url);
    await second.waitForFirstFrame();
    await second.waitForState((s) => s.screen === 'plan' && s.plan.id === original.plan.id);

    // Nothing unsaved in the second tab: it follows, and says so.
    const edited = await editPlan(first);
    await saved(first);
    const followed = await second.waitForState((s) => s.notices.length > 0);
    assert.deepEqual(followed.plan, edited.plan);
    assert.match(followed.notices[0], /another tab/);
    await second.click('Dismiss');
    await second.waitForState((s) => s.notices.length === 0);

    // Unsaved changes in the second tab (typing: the save waits while the field is held) while
    // the first tab saves: the second is offered the choice.
    await openView(second, 'Dissertation');
    await replaceText(second, 'Working title', 'Integrating two community nursing teams');
    const file = JSON.parse(await first.page.evaluate(() => window.planner.export()));
    file.plan.name = 'Changed in the first tab';
    const loaded = await first.page.evaluate((t) => window.planner.load(t), JSON.stringify(file));
    assert.equal(loaded.ok, true, loaded.error);
    const theirs = (await storedValues(first))[`planner/plan/${original.plan.id}`];
    const offered = await second.waitForState(
        (s) => s.save.problem === 'conflict' && s.plan.dissertation.title === 'Integrating two community nursing teams');
    assert.equal(offered.plan.dissertation.title, 'Integrating two community nursing teams', 'this tab keeps its changes');
    assert.equal((await storedValues(second))[`planner/plan/${original.plan.id}`], theirs, 'the other tab\'s save is untouched');
    await second.item('Use the other version');
    await second.item('Keep mine');
    await second.screenshot('persistence-conflict');
    await second.click('Keep both');
    const both = await second.waitForState((s) => s.save.status === 'saved' && s.planCount === 2);
    assert.notEqual(both.plan.id, original.plan.id);
    assert.equal(both.plan.dissertation.title, 'Integrating two community nursing teams');
    assert.equal((await storedValues(second))[`planner/plan/${original.plan.id}`], theirs);
    assert.deepEqual([...first.problems(), ...second.problems()], []);
    await closeAll(first);
  });

  test('the theme and text size are kept across a reload', async () => {
    const planner = await openPlanner(session.browser, session.server);
    await planner.click(/Settings$/);
    await planner.click('Dark');
    await planner.click('Larger text');
    await planner.waitForState((s) => s.theme === 'dark' && s.textScale > 1.05);
    await planner.page.keyboard.press('Escape');
    await planner.reload();
    const state = await planner.state();
    assert.equal(state.theme, 'dark');
    assert.ok(Math.abs(state.textScale - 1.1) < 1e-6, String(state.textScale));
    assert.deepEqual(planner.problems(), []);
    await closeAll(planner);
  });
});
