// The browser half of storage, without a browser: planner_storage.js is an Emscripten --js-library
// (one mergeInto call with the $PlannerStorage object), so node can evaluate the very file that is
// linked into the app and test its pure parts: the one place that sorts the browsers' storage
// errors into the core's kinds, and the localStorage calls over a fake storage area.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import vm from 'node:vm';

const SOURCE = readFileSync(new URL('../../src/platform/web/planner_storage.js', import.meta.url), 'utf8');

// Evaluates planner_storage.js with `window` as given; returns its PlannerStorage object.
function loadPlannerStorage(window = {}) {
  let library = null;
  const context = vm.createContext({
    LibraryManager: {library: {}},
    mergeInto: (target, added) => { library = added; },
    window,
    DOMException,
  });
  vm.runInContext(SOURCE, context, {filename: 'planner_storage.js'});
  context.PlannerStorage = library.$PlannerStorage;  // as Emscripten emits it: a global named PlannerStorage
  return library.$PlannerStorage;
}

const QUOTA = 2;
const UNAVAILABLE = 3;
const OTHER = 4;

// What browsers really throw. DOMException gives the standard code from the name (22, 18).
function legacy(name, code, message) {
  return Object.assign(Object.create(null), {name, code, message});
}

test('every browser shape of a full storage is classified as quota exceeded', () => {
  const web = loadPlannerStorage();
  const cases = [
    [new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value of 'x' exceeded the quota.",
                      'QuotaExceededError'),
     "QuotaExceededError: Failed to execute 'setItem' on 'Storage': Setting the value of 'x' exceeded the quota."],
    [legacy('NS_ERROR_DOM_QUOTA_REACHED', 1014, 'Persistent storage maximum size reached'),
     'NS_ERROR_DOM_QUOTA_REACHED: Persistent storage maximum size reached'],
    [legacy('QUOTA_EXCEEDED_ERR', 22, 'QUOTA_EXCEEDED_ERR: DOM Exception 22'), 'QUOTA_EXCEEDED_ERR: DOM Exception 22'],
    [legacy('', 22, 'DOM Exception 22'), 'DOM Exception 22'],
    [legacy('Error', 1014, 'quota reached'), 'Error: quota reached'],
    [legacy('NS_ERROR_FILE_NO_DEVICE_SPACE', 0, 'disk full'), 'NS_ERROR_FILE_NO_DEVICE_SPACE: disk full'],
  ];
  for (const [error, message] of cases) {
    assert.deepEqual({...web.classifyStorageError(error)}, {kind: QUOTA, message}, message);
  }
});

test('blocked or absent storage is classified as unavailable', () => {
  const web = loadPlannerStorage();
  const cases = [
    [new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.",
                      'SecurityError'),
     "SecurityError: Failed to read the 'localStorage' property from 'Window': Access is denied for this document."],
    [legacy('', 18, 'The operation is insecure.'), 'The operation is insecure.'],
    [legacy('NS_ERROR_FILE_CORRUPTED', 0, ''), 'NS_ERROR_FILE_CORRUPTED'],
    [legacy('NS_ERROR_STORAGE_BUSY', 0, 'busy'), 'NS_ERROR_STORAGE_BUSY: busy'],
    [Object.assign(new Error('This browser offers no local storage to this page'), {name: 'NotSupportedError'}),
     'NotSupportedError: This browser offers no local storage to this page'],
  ];
  for (const [error, message] of cases) {
    assert.deepEqual({...web.classifyStorageError(error)}, {kind: UNAVAILABLE, message}, message);
  }
});

test('anything else is classified as other, in its own words', () => {
  const web = loadPlannerStorage();
  assert.deepEqual({...web.classifyStorageError(new TypeError('x is not a function'))},
                   {kind: OTHER, message: 'TypeError: x is not a function'});
  assert.deepEqual({...web.classifyStorageError('a thrown string')}, {kind: OTHER, message: 'a thrown string'});
  assert.deepEqual({...web.classifyStorageError(null)}, {kind: OTHER, message: 'null'});
  assert.deepEqual({...web.classifyStorageError(new DOMException('nope', 'InvalidStateError'))},
                   {kind: OTHER, message: 'InvalidStateError: nope'});
});

// A localStorage stand-in with the real API's shape, and a way to make it throw.
class FakeArea {
  constructor() { this.items = new Map(); this.fail = null; }
  get length() { return this.items.size; }
  key(i) { return [...this.items.keys()][i] ?? null; }
  getItem(key) { if (this.fail) throw this.fail; return this.items.has(key) ? this.items.get(key) : null; }
  setItem(key, value) { if (this.fail) throw this.fail; this.items.set(key, String(value)); }
  removeItem(key) { if (this.fail) throw this.fail; this.items.delete(key); }
}

test('reads, writes, removes and lists keys with a prefix', () => {
  const area = new FakeArea();
  const web = loadPlannerStorage({localStorage: area});
  assert.deepEqual({...web.storageWrite('planner/plan/a', 'plan “a” 😀\u0000end')}, {status: 0, text: ''});
  assert.deepEqual({...web.storageWrite('other/x', '1')}, {status: 0, text: ''});
  assert.deepEqual({...web.storageRead('planner/plan/a')}, {status: 0, text: 'plan “a” 😀\u0000end'});
  assert.deepEqual({...web.storageRead('planner/none')}, {status: 1, text: ''});
  assert.deepEqual({...web.storageKeys('planner/')}, {status: 0, text: '["planner/plan/a"]'});
  assert.deepEqual({...web.storageRemove('planner/plan/a')}, {status: 0, text: ''});
  assert.deepEqual({...web.storageKeys('planner/')}, {status: 0, text: '[]'});
});

test('a full storage area reports the quota kind and the browser words', () => {
  const area = new FakeArea();
  area.fail = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const web = loadPlannerStorage({localStorage: area});
  assert.deepEqual({...web.storageWrite('planner/plan/a', 'x')},
                   {status: QUOTA, text: 'QuotaExceededError: The quota has been exceeded.'});
});

test('storage turned off (no localStorage) and blocked (the property throws) are unavailable', () => {
  const off = loadPlannerStorage({localStorage: null});
  assert.deepEqual({...off.storageRead('planner/index')},
                   {status: UNAVAILABLE, text: 'NotSupportedError: This browser offers no local storage to this page'});
  const blockedWindow = {};
  Object.defineProperty(blockedWindow, 'localStorage', {
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
  });
  const blocked = loadPlannerStorage(blockedWindow);
  assert.deepEqual({...blocked.storageWrite('planner/probe', 'p')},
                   {status: UNAVAILABLE, text: 'SecurityError: The operation is insecure.'});
  assert.deepEqual({...blocked.storageKeys('planner/')},
                   {status: UNAVAILABLE, text: 'SecurityError: The operation is insecure.'});
});
