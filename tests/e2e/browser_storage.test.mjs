// What the browser allows the planner to keep, with the browser's storage APIs replaced
// before the app's script runs: localStorage that throws on the start-up test write (a policy,
// some private windows) leaves a working app in memory that says so; navigator.storage.persist()
// is asked once a plan is stored (never on a blank first run, never in the demo, never again once
// granted), and its answer is shown where the app says where plans are kept.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {describe, test} from 'node:test';

import {chromiumSession, openPlanner} from './harness.mjs';
import {openView, suggestPlan} from './planner_steps.mjs';

const session = chromiumSession();

const KEPT = 'This browser keeps your plans until you delete them.';
const MAY_CLEAR = 'This browser may clear plans kept here when space is short; export regularly.';

// Every localStorage call throws, as Chromium's does when a policy blocks site data.
function blockLocalStorage() {
  const refuse = () => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  };
  for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) Storage.prototype[name] = refuse;
}

// navigator.storage as a browser that answers persisted() with `persisted` and persist() with
// `grants`, counting the calls in window.persistenceCalls.
function storageManager({persisted, grants}) {
  window.persistenceCalls = {persisted: 0, persist: 0};
  let kept = persisted;
  StorageManager.prototype.persisted = function() {
    window.persistenceCalls.persisted += 1;
    return Promise.resolve(kept);
  };
  StorageManager.prototype.persist = function() {
    window.persistenceCalls.persist += 1;
    kept = grants;
    return Promise.resolve(kept);
  };
}

function withStorageManager(answers) {
  return {content: `(${storageManager})(${JSON.stringify(answers)});`};
}

function persistenceCalls(planner) {
  return planner.page.evaluate(() => window.persistenceCalls);
}

// Moves the first module of the sequence down, by a real click, and waits for it to be saved.
async function editAndSave(planner) {
  const before = await openView(planner, 'Modules');
  await planner.click(`Move Module ${before.plan.modules[0].moduleId.slice(1)} down`);
  return planner.waitForState((s) => s.revision > before.revision && s.save.status === 'saved');
}

describe('storage blocked from the start', () => {
  test('the app works in memory, says the plan is not kept, and the export holds it', async () => {
    const planner = await openPlanner(session.browser, session.server, {initScript: blockLocalStorage});
    const start = await planner.state();
    assert.equal(start.save.status, 'unavailable');
    assert.equal(start.save.problem, 'no-storage');
    assert.ok((await planner.items()).some((item) => item.label === 'Save state: unavailable'), 'said on the first screen');

    const planned = await suggestPlan(planner);
    assert.equal(planned.plan.modules.length, 7, 'Suggest a plan works');
    assert.equal(planned.save.status, 'unavailable');
    assert.match(planned.save.message, /only in this window/);
    await planner.item('Save state: unavailable');
    await planner.screenshot('storage-blocked');

    const download = planner.page.waitForEvent('download');
    await planner.click('Export now');  // the banner's way out
    const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
    assert.deepEqual(file.plan, (await planner.state()).plan, 'the export holds the plan made in memory');
    assert.deepEqual(planner.problems(), []);
    await planner.close();
  });
});

describe('persistent storage', () => {
  test('asked once the first plan is stored, not again once granted, and the answer is shown', async () => {
    const planner = await openPlanner(session.browser, session.server,
                                      {initScript: withStorageManager({persisted: false, grants: true})});
    await planner.waitFor(() => window.persistenceCalls.persisted > 0);
    await planner.waitForIdle();  // the answer has been taken in
    assert.equal((await persistenceCalls(planner)).persist, 0, 'not on a blank first run');

    await suggestPlan(planner);
    const granted = await planner.waitForState((s) => s.save.status === 'saved' && s.save.message.includes(KEPT));
    assert.equal((await persistenceCalls(planner)).persist, 1);
    await editAndSave(planner);
    assert.equal((await persistenceCalls(planner)).persist, 1, 'granted: not asked again');
    assert.equal(granted.mode, 'edit');
    assert.deepEqual(planner.problems(), []);
    await planner.close();
  });

  test('refused: the user is told plans may be cleared and to export', async () => {
    const planner = await openPlanner(session.browser, session.server,
                                      {initScript: withStorageManager({persisted: false, grants: false})});
    await suggestPlan(planner);
    await planner.waitForState((s) => s.save.status === 'saved' && s.save.message.includes(MAY_CLEAR));
    await editAndSave(planner);
    assert.equal((await persistenceCalls(planner)).persist, 1, 'asked once this visit');
    assert.deepEqual(planner.problems(), []);
    await planner.close();
  });

  test('never asked when the browser already keeps storage, or in the demo', async () => {
    const kept = await openPlanner(session.browser, session.server,
                                   {initScript: withStorageManager({persisted: true, grants: true})});
    await suggestPlan(kept);
    await kept.waitForState((s) => s.save.status === 'saved' && s.save.message.includes(KEPT));
    await editAndSave(kept);
    assert.equal((await persistenceCalls(kept)).persist, 0);

    const demo = await openPlanner(session.browser, session.server,
                                   {path: '?demo', initScript: withStorageManager({persisted: false, grants: true})});
    const before = await demo.waitForState((s) => s.mode === 'demo' && s.screen === 'plan');
    await openView(demo, 'Modules');
    await demo.click(`Move Module ${before.plan.modules[0].moduleId.slice(1)} down`);
    await demo.waitForState((s) => s.revision > before.revision);
    await demo.waitForIdle();
    assert.equal((await persistenceCalls(demo)).persist, 0, 'the demo keeps nothing, so asks for nothing');
    assert.deepEqual([...kept.problems(), ...demo.problems()], []);
    await kept.close();
    await demo.close();
  });
});
