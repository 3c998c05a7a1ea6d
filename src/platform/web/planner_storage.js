// planner_storage.js: the browser half of storage (linked with emcc --js-library; the C++ half is
// web_storage.cpp, behind the core's Storage interface, core/storage/storage.hpp).
//
// Implements: localStorage read, write, compare, remove and list keys; the browsers' many storage
// errors sorted into the core's kinds in one place (classifyStorageError); values JavaScript
// already holds, kept by slot so a large plan is not decoded from the heap again (knownTexts); the
// window's storage events (other tabs' changes); and navigator.storage.persisted() / persist().
//
// Does not: decide anything (what is written when, verification, backups and conflicts are the
// core's PlanStore), or retry: every call answers at once with a status and, on an error, the
// browser's own words.

mergeInto(LibraryManager.library, {
  $PlannerStorage__deps: ['$PlannerHeap'],
  $PlannerStorage: {
    // Status codes as they cross to C++ (web_storage.cpp reads them): done or found, no such key,
    // then the error kinds of core/storage/storage.hpp's StorageErrorKind.
    kStorageDone: 0,
    kStorageMissing: 1,
    kStorageQuota: 2,
    kStorageUnavailable: 3,
    kStorageOther: 4,
    kStorageDifferent: 5,  // holds() only: the key holds other text

    // The one place that knows the browsers' storage errors. Full: the standard
    // QuotaExceededError (Chrome, Edge, Firefox, Safari; code 22), Safari's old QUOTA_EXCEEDED_ERR
    // (code 22), Firefox's old NS_ERROR_DOM_QUOTA_REACHED (code 1014) and its full disk
    // NS_ERROR_FILE_NO_DEVICE_SPACE. Unavailable: SecurityError (code 18: site data blocked, a
    // policy, a sandboxed frame, some file:// pages), no localStorage at all (NotSupportedError,
    // Firefox with storage turned off), and Firefox's NS_ERROR_FILE_CORRUPTED (its storage file is
    // broken) and NS_ERROR_STORAGE_BUSY. Old Safari private windows throw quota errors for every
    // write: the core's start-up probe tells that apart from a storage that is really full.
    // Returns {kind, message}, the message in the browser's words ("name: message").
    classifyStorageError: function(error) {
      var name = (error && typeof error.name === 'string') ? error.name : '';
      var code = (error && typeof error.code === 'number') ? error.code : 0;
      var text = (error && typeof error.message === 'string') ? error.message : String(error);
      var message = !text ? name : name && text.indexOf(name) !== 0 ? name + ': ' + text : text;
      var quota = ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE'];
      var unavailable = ['SecurityError', 'NotSupportedError', 'NS_ERROR_FILE_CORRUPTED', 'NS_ERROR_STORAGE_BUSY'];
      if (quota.indexOf(name) >= 0 || code === 22 || code === 1014) return {kind: PlannerStorage.kStorageQuota, message: message};
      if (unavailable.indexOf(name) >= 0 || code === 18) return {kind: PlannerStorage.kStorageUnavailable, message: message};
      return {kind: PlannerStorage.kStorageOther, message: message};
    },

    // window.localStorage, or a throw: reading the property itself throws where storage is blocked,
    // and it is null where storage is turned off.
    storageArea: function() {
      var area = window.localStorage;
      if (!area) {
        var error = new Error('This browser offers no local storage to this page');
        error.name = 'NotSupportedError';
        throw error;
      }
      return area;
    },

    // Each returns {status, text}: the value (read), a JSON array of keys (keys), or on an error
    // the browser's words.
    storageCall: function(work) {
      try {
        return work(PlannerStorage.storageArea());
      } catch (error) {
        var sorted = PlannerStorage.classifyStorageError(error);
        return {status: sorted.kind, text: sorted.message};
      }
    },
    storageRead: function(key) {
      return PlannerStorage.storageCall(function(area) {
        var value = area.getItem(key);
        return value === null ? {status: PlannerStorage.kStorageMissing, text: ''} : {status: PlannerStorage.kStorageDone, text: value};
      });
    },
    // Values as JavaScript strings, kept by the slot web_storage.cpp's KnownTexts keeps their
    // bytes in: a plan is compared and stored several times a save, and decoding its 90 KB from the
    // heap each time took longer than anything else the save does.
    knownTexts: [],
    // The value at `pointer` (UTF-8, `bytes` long), or the one kept in slot `known` (0 or more);
    // kept in slot `remember` (0 or more; web_storage.cpp offers one only for valid UTF-8). Null
    // when the bytes are not UTF-8: they cannot be stored as they are.
    valueText: function(pointer, bytes, known, remember) {
      if (known >= 0) return PlannerStorage.knownTexts[known];
      var text = PlannerHeap.utf8At(pointer, bytes);
      if (text !== null && remember >= 0) PlannerStorage.knownTexts[remember] = text;
      return text;
    },
    // Whether `key` holds `expected` (a string, or null for bytes that are not UTF-8: they cannot
    // be stored as they are, so "different", and the C++ side reads the value to say how).
    // Compared as JavaScript strings, so the stored plan is never copied into the heap.
    storageHolds: function(key, expected) {
      return PlannerStorage.storageCall(function(area) {
        var value = area.getItem(key);
        if (value === null) return {status: PlannerStorage.kStorageMissing, text: ''};
        if (expected === null) return {status: PlannerStorage.kStorageDifferent, text: ''};
        return {status: value === expected ? PlannerStorage.kStorageDone : PlannerStorage.kStorageDifferent, text: ''};
      });
    },
    storageWrite: function(key, value) {
      return PlannerStorage.storageCall(function(area) {
        area.setItem(key, value);
        return {status: PlannerStorage.kStorageDone, text: ''};
      });
    },
    storageRemove: function(key) {
      return PlannerStorage.storageCall(function(area) {
        area.removeItem(key);
        return {status: PlannerStorage.kStorageDone, text: ''};
      });
    },
    storageKeys: function(prefix) {
      return PlannerStorage.storageCall(function(area) {
        var keys = [];
        for (var i = 0; i < area.length; ++i) {
          var key = area.key(i);
          if (key !== null && key.indexOf(prefix) === 0) keys.push(key);
        }
        return {status: PlannerStorage.kStorageDone, text: JSON.stringify(keys)};
      });
    },

    // Hands an answer to C++: its text as a malloc'd UTF-8 buffer (*textOut, *bytesOut), its status
    // returned.
    answer: function(result, textOut, bytesOut) {
      PlannerHeap.giveText(result.text, textOut, bytesOut);
      return result.status;
    },

    persistenceReported: false,

    // Asks navigator.storage (`persisted` or `persist`) and reports its answer to C++: 1 not
    // offered, 2 persistent, 3 best effort.
    reportPersistence: function(question) {
      var report = function(state) {
        PlannerStorage.persistenceReported = true;
        _planner_storage_persistence(state);
      };
      var manager = typeof navigator !== 'undefined' ? navigator.storage : null;
      if (!manager || typeof manager[question] !== 'function') {
        report(1);
        return;
      }
      manager[question]().then(function(yes) { report(yes ? 2 : 3); }, function() { report(3); });
    },

    // Other tabs' changes to localStorage (this tab's own writes fire no event here).
    watchStorage: function() {
      window.addEventListener('storage', function(event) {
        var area = null;
        try { area = window.localStorage; } catch (e) { return; }
        if (event.storageArea !== area) return;  // sessionStorage
        // A null key: the other tab cleared everything.
        PlannerHeap.withUTF8(event.key === null ? '' : event.key, function(pointer, bytes) {
          _planner_storage_event(pointer, bytes, event.key === null ? 1 : 0);
        });
      });
      // Whether the browser already keeps storage for good; asking (persist()) may prompt in
      // Firefox, so that waits for the app to choose its moment.
      PlannerStorage.reportPersistence('persisted');
    },

    requestPersistence: function() { PlannerStorage.reportPersistence('persist'); },
  },

  planner_js_storage_read__deps: ['$PlannerStorage', '$PlannerHeap'],
  planner_js_storage_read: function(key, keyBytes, textOut, bytesOut) {
    return PlannerStorage.answer(PlannerStorage.storageRead(PlannerHeap.textAt(key, keyBytes)), textOut, bytesOut);
  },

  planner_js_storage_write__deps: ['$PlannerStorage', '$PlannerHeap'],
  planner_js_storage_write: function(key, keyBytes, value, valueBytes, known, remember, textOut, bytesOut) {
    // Bytes that are not UTF-8 are stored as the browser decodes them (U+FFFD for each bad
    // sequence), and the read-back verification tells the user.
    var text = PlannerStorage.valueText(value, valueBytes, known, remember);
    if (text === null) text = PlannerHeap.textAt(value, valueBytes);
    return PlannerStorage.answer(PlannerStorage.storageWrite(PlannerHeap.textAt(key, keyBytes), text), textOut, bytesOut);
  },

  planner_js_storage_holds__deps: ['$PlannerStorage', '$PlannerHeap'],
  planner_js_storage_holds: function(key, keyBytes, value, valueBytes, known, remember) {
    // Decoded before anything else: a slot asked to remember the value is filled whatever happens.
    var expected = PlannerStorage.valueText(value, valueBytes, known, remember);
    return PlannerStorage.storageHolds(PlannerHeap.textAt(key, keyBytes), expected).status;
  },

  planner_js_storage_remove__deps: ['$PlannerStorage', '$PlannerHeap'],
  planner_js_storage_remove: function(key, keyBytes, textOut, bytesOut) {
    return PlannerStorage.answer(PlannerStorage.storageRemove(PlannerHeap.textAt(key, keyBytes)), textOut, bytesOut);
  },

  planner_js_storage_keys__deps: ['$PlannerStorage', '$PlannerHeap'],
  planner_js_storage_keys: function(prefix, prefixBytes, textOut, bytesOut) {
    return PlannerStorage.answer(PlannerStorage.storageKeys(PlannerHeap.textAt(prefix, prefixBytes)), textOut, bytesOut);
  },

  planner_js_storage_watch__deps: ['$PlannerStorage'],
  planner_js_storage_watch: function() { PlannerStorage.watchStorage(); },

  planner_js_storage_request_persistence__deps: ['$PlannerStorage'],
  planner_js_storage_request_persistence: function() { PlannerStorage.requestPersistence(); },
});
