// --pre-js for web_storage_test.cpp: the browser objects planner_storage.js uses
// (window.localStorage, the window's storage event), stood in for under node, plus a handle the
// tests drive: make the next write throw a given browser error, block storage, fire another tab's
// storage event, look at the JavaScript string actually stored.
Module['preRun'] = (Module['preRun'] || []).concat([function() {
  function FakeArea() { this.items = new Map(); this.failNext = null; }
  Object.defineProperty(FakeArea.prototype, 'length', {get: function() { return this.items.size; }});
  FakeArea.prototype.key = function(i) { var keys = Array.from(this.items.keys()); return i < keys.length ? keys[i] : null; };
  FakeArea.prototype.getItem = function(key) { return this.items.has(key) ? this.items.get(key) : null; };
  FakeArea.prototype.setItem = function(key, value) {
    if (this.failNext) { var error = this.failNext; this.failNext = null; throw error; }
    this.items.set(key, String(value));
  };
  FakeArea.prototype.removeItem = function(key) { this.items.delete(key); };

  var area = new FakeArea();
  var listeners = [];
  var fakeWindow = {addEventListener: function(type, listener) { if (type === 'storage') listeners.push(listener); }};
  Object.defineProperty(fakeWindow, 'localStorage', {get: function() { return area; }, configurable: true});
  globalThis.window = fakeWindow;

  globalThis.plannerTestStorage = {
    // The next setItem throws an error shaped like a browser's: {name, code, message}.
    failNextWrite: function(name, code, message) {
      var error = new Error(message);
      error.name = name;
      error.code = code;
      area.failNext = error;
    },
    // Reading window.localStorage throws, as where site data is blocked.
    block: function() {
      Object.defineProperty(fakeWindow, 'localStorage', {
        get: function() { var e = new Error('The operation is insecure.'); e.name = 'SecurityError'; e.code = 18; throw e; },
        configurable: true,
      });
    },
    unblock: function() {
      Object.defineProperty(fakeWindow, 'localStorage', {get: function() { return area; }, configurable: true});
    },
    // Another tab changed `key` (null: it cleared everything).
    fireStorageEvent: function(key) {
      listeners.forEach(function(listener) { listener({key: key, storageArea: area}); });
    },
    // The stored JavaScript string's length in UTF-16 units, or -1 when the key is absent.
    storedLength: function(key) { return area.items.has(key) ? area.items.get(key).length : -1; },
    clear: function() { area.items.clear(); area.failNext = null; },
  };
}]);
