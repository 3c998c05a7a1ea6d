// planner_web.js: the browser half of the platform layer (linked with emcc --js-library).
//
// Implements: DOM listeners that feed the C++ input exports (web_input.cpp); the canvas backing
// store at CSS size × devicePixelRatio (ResizeObserver's device-pixel box, plus a resolution media
// query for screen changes); frames on demand (requestAnimationFrame only when asked, timers for
// wake-ups); CSS cursors; a hidden textarea that receives typed and composed text and opens the
// on-screen keyboard; the system clipboard through the browser's copy and paste events; the
// colour-scheme preference; window.planner for tests and scripted demos; and localStorage behind
// the core's Storage interface (web_storage.cpp), with the browsers' many storage errors sorted into
// its kinds in one place (classifyStorageError), the window's storage events from other tabs, and
// navigator.storage.persist(); plan and review files in (the file chooser and files dropped on the
// page, read as text up to the core's size cap; downloads are planner_exports.js's); and the
// page-hide save.
//
// Touch is turned into what Dear ImGui understands: a finger that moves more than kPanSlop CSS
// pixels before lifting pans (wheel steps, so lists and the timeline scroll); one that lifts
// sooner taps (press + release); one held still for kLongPressMs presses and then drags (moving
// bars, reordering). Two fingers pinch, sent as Ctrl+wheel like a trackpad pinch.
//
// Does not: draw, or decide anything about the app. Strings cross to C++ as UTF-8 in malloc'd
// buffers sized with lengthBytesUTF8 (never a JavaScript string length, which counts UTF-16).

mergeInto(LibraryManager.library, {
  $PlannerWeb__deps: ['$PlannerExports'],
  $PlannerWeb: {
    kPanSlop: 8,
    kLongPressMs: 450,
    canvas: null,
    textSink: null,
    frames: 0,
    frameRequested: false,
    reportedSize: '',
    wakeTimer: 0,
    saveTimer: 0,
    touch: null,   // the finger being tracked: {id, x0, y0, x, y, mode: 'pending'|'pan'|'press', timer}
    pinch: null,   // two fingers: {ids, distance}
    fingers: {},

    withCStrings: function(strings, callback) {
      var pointers = strings.map(function(text) {
        var size = lengthBytesUTF8(text) + 1;
        var pointer = _malloc(size);
        stringToUTF8(text, pointer, size);
        return pointer;
      });
      try {
        return callback.apply(null, pointers);
      } finally {
        pointers.forEach(function(pointer) { _free(pointer); });
      }
    },

    requestFrame: function() {
      if (PlannerWeb.frameRequested) return;
      PlannerWeb.frameRequested = true;
      requestAnimationFrame(function() {
        PlannerWeb.frameRequested = false;
        _planner_frame();
      });
    },

    modifiers: function(event) {
      return (event.ctrlKey ? 1 : 0) | (event.shiftKey ? 2 : 0) | (event.altKey ? 4 : 0) | (event.metaKey ? 8 : 0);
    },

    // Canvas-relative CSS pixels of a pointer or touch event.
    position: function(event) {
      var rect = PlannerWeb.canvas.getBoundingClientRect();
      return {x: event.clientX - rect.left, y: event.clientY - rect.top};
    },

    resize: function(entry) {
      var canvas = PlannerWeb.canvas;
      var rect = canvas.getBoundingClientRect();
      var ratio = window.devicePixelRatio || 1;
      var width = Math.round(rect.width * ratio);
      var height = Math.round(rect.height * ratio);
      // The device-pixel box is exact where CSS size × ratio has rounding to guess; trust it only
      // when it agrees (emulated ratios in headless browsers report CSS pixels there).
      var box = entry && entry.devicePixelContentBoxSize && entry.devicePixelContentBoxSize[0];
      if (box && Math.abs(box.inlineSize - width) <= 1 && Math.abs(box.blockSize - height) <= 1) {
        width = box.inlineSize;
        height = box.blockSize;
      }
      var size = [rect.width, rect.height, width, height, ratio].join(' ');
      if (size === PlannerWeb.reportedSize) return;  // the observer's first call repeats init's
      PlannerWeb.reportedSize = size;
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      _planner_resize(rect.width, rect.height, width, height, ratio);
    },

    // devicePixelRatio changes (browser zoom, a window moved to another screen) without a resize
    // when the CSS size stays the same: a resolution query for the current ratio tells.
    watchPixelRatio: function() {
      var query = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
      query.addEventListener('change', function() {
        PlannerWeb.resize(null);
        PlannerWeb.watchPixelRatio();
      }, {once: true});
    },

    sendPointer: function(type, event, source) {
      var p = PlannerWeb.position(event);
      _planner_pointer(type, p.x, p.y, type === 0 ? -1 : event.button, source);
    },

    sourceOf: function(event) {
      return event.pointerType === 'touch' ? 1 : event.pointerType === 'pen' ? 2 : 0;
    },

    // ---- touch gestures ----------------------------------------------------------------------
    touchDown: function(event) {
      var p = PlannerWeb.position(event);
      PlannerWeb.fingers[event.pointerId] = p;
      var ids = Object.keys(PlannerWeb.fingers);
      if (ids.length === 2) {
        PlannerWeb.cancelTouch();
        var a = PlannerWeb.fingers[ids[0]], b = PlannerWeb.fingers[ids[1]];
        PlannerWeb.pinch = {distance: Math.hypot(a.x - b.x, a.y - b.y)};
        return;
      }
      if (ids.length > 2 || PlannerWeb.pinch) return;
      var touch = {id: event.pointerId, x0: p.x, y0: p.y, x: p.x, y: p.y, mode: 'pending', timer: 0};
      touch.timer = setTimeout(function() {
        if (PlannerWeb.touch !== touch || touch.mode !== 'pending') return;
        touch.mode = 'press';
        _planner_pointer(1, touch.x, touch.y, 0, 1);
      }, PlannerWeb.kLongPressMs);
      PlannerWeb.touch = touch;
      _planner_pointer(0, p.x, p.y, -1, 1);  // hover where the finger is, so the right window scrolls
    },

    touchMove: function(event) {
      var p = PlannerWeb.position(event);
      var previous = PlannerWeb.fingers[event.pointerId];
      if (!previous) return;
      PlannerWeb.fingers[event.pointerId] = p;
      if (PlannerWeb.pinch) {
        var ids = Object.keys(PlannerWeb.fingers);
        if (ids.length < 2) return;
        var a = PlannerWeb.fingers[ids[0]], b = PlannerWeb.fingers[ids[1]];
        var distance = Math.hypot(a.x - b.x, a.y - b.y);
        if (PlannerWeb.pinch.distance > 0 && distance > 0) {
          _planner_pointer(0, (a.x + b.x) / 2, (a.y + b.y) / 2, -1, 1);
          _planner_wheel(0, Math.log(distance / PlannerWeb.pinch.distance) * 4, 1);
        }
        PlannerWeb.pinch.distance = distance;
        return;
      }
      var touch = PlannerWeb.touch;
      if (!touch || touch.id !== event.pointerId) return;
      if (touch.mode === 'pending' && Math.hypot(p.x - touch.x0, p.y - touch.y0) > PlannerWeb.kPanSlop) {
        touch.mode = 'pan';
        clearTimeout(touch.timer);
      }
      if (touch.mode === 'pan') _planner_pan(p.x, p.y, p.x - touch.x, p.y - touch.y);
      else if (touch.mode === 'press') _planner_pointer(0, p.x, p.y, -1, 1);
      touch.x = p.x;
      touch.y = p.y;
    },

    touchUp: function(event, cancelled) {
      delete PlannerWeb.fingers[event.pointerId];
      if (PlannerWeb.pinch) {
        if (Object.keys(PlannerWeb.fingers).length === 0) PlannerWeb.pinch = null;
        return;
      }
      var touch = PlannerWeb.touch;
      if (!touch || touch.id !== event.pointerId) return;
      clearTimeout(touch.timer);
      PlannerWeb.touch = null;
      var p = PlannerWeb.position(event);
      if (touch.mode === 'press') {
        _planner_pointer(2, p.x, p.y, 0, 1);
      } else if (touch.mode === 'pending' && !cancelled) {
        // A tap. The on-screen keyboard opens only for focus() inside the user's gesture, so a
        // tap on a text field focuses the text sink here rather than at the next frame.
        if (_planner_text_field_at(p.x, p.y)) PlannerWeb.textSink.focus({preventScroll: true});
        _planner_pointer(1, p.x, p.y, 0, 1);
        _planner_pointer(2, p.x, p.y, 0, 1);
      }
      _planner_pointer_leave();  // a finger does not hover once lifted
    },

    cancelTouch: function() {
      var touch = PlannerWeb.touch;
      if (!touch) return;
      clearTimeout(touch.timer);
      if (touch.mode === 'press') _planner_pointer(2, touch.x, touch.y, 0, 1);
      PlannerWeb.touch = null;
    },

    // ---- keys ----------------------------------------------------------------------------------
    // Browser defaults that would fight the app (focus moving on Tab, the page scrolling on
    // arrows and Space, the browser's own Ctrl+S). Copy, cut and paste are never prevented: their
    // events carry the text. Reload, zoom, devtools and tab shortcuts stay the browser's.
    preventsDefault: function(event, sinkFocused) {
      if (event.ctrlKey || event.metaKey) return /^[asyz]$/i.test(event.key);
      if (event.key === ' ') return !sinkFocused;
      return ['Tab', 'Enter', 'Escape', 'Backspace', 'Delete', 'ArrowLeft', 'ArrowRight', 'ArrowUp',
              'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'].indexOf(event.key) >= 0;
    },

    onKey: function(event, down) {
      if (event.isComposing || event.keyCode === 229) return;  // the input method owns this key
      var modifiers = PlannerWeb.modifiers(event);
      PlannerWeb.withCStrings([event.key || '', event.code || ''], function(key, code) {
        _planner_key(key, code, down ? 1 : 0, modifiers);
      });
      if (!down) return;
      var sinkFocused = document.activeElement === PlannerWeb.textSink;
      if (PlannerWeb.preventsDefault(event, sinkFocused)) event.preventDefault();
      // Typed text normally arrives through the text sink's input event; when the sink is not
      // focused yet (the frame that activates a field has not run), take it from the key.
      var printable = event.key && Array.from(event.key).length === 1 && !event.ctrlKey && !event.metaKey;
      if (printable && !sinkFocused) {
        PlannerWeb.withCStrings([event.key], _planner_text);
        event.preventDefault();
      }
    },

    onTextInput: function(event) {
      if (event.isComposing) return;
      var sink = PlannerWeb.textSink;
      if (sink.value) PlannerWeb.withCStrings([sink.value], _planner_text);
      sink.value = '';
    },

    // ---- clipboard -----------------------------------------------------------------------------
    copyText: function(text) {
      var fallback = function() {
        var area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.className = 'offscreen';
        document.body.appendChild(area);
        area.select();
        try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
        document.body.removeChild(area);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
      else fallback();
    },

    // ---- storage: localStorage behind core/storage/storage.hpp (web_storage.cpp) -------------------------
    // Status codes as they cross to C++ (web_storage.cpp reads them): done or found, no such key,
    // then the error kinds of core/storage/storage.hpp's StorageErrorKind.
    kStorageDone: 0,
    kStorageMissing: 1,
    kStorageQuota: 2,
    kStorageUnavailable: 3,
    kStorageOther: 4,
    kStorageDifferent: 5,  // holds() only: the key holds other text
    persistenceReported: false,

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
      if (quota.indexOf(name) >= 0 || code === 22 || code === 1014) return {kind: PlannerWeb.kStorageQuota, message: message};
      if (unavailable.indexOf(name) >= 0 || code === 18) return {kind: PlannerWeb.kStorageUnavailable, message: message};
      return {kind: PlannerWeb.kStorageOther, message: message};
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
        return work(PlannerWeb.storageArea());
      } catch (error) {
        var sorted = PlannerWeb.classifyStorageError(error);
        return {status: sorted.kind, text: sorted.message};
      }
    },
    storageRead: function(key) {
      return PlannerWeb.storageCall(function(area) {
        var value = area.getItem(key);
        return value === null ? {status: PlannerWeb.kStorageMissing, text: ''} : {status: PlannerWeb.kStorageDone, text: value};
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
      if (known >= 0) return PlannerWeb.knownTexts[known];
      var text;
      try {
        PlannerWeb.strictDecoder = PlannerWeb.strictDecoder || new TextDecoder('utf-8', {fatal: true});
        text = bytes > 0 ? PlannerWeb.strictDecoder.decode(HEAPU8.subarray(pointer, pointer + bytes)) : '';
      } catch (notUtf8) {
        return null;
      }
      if (remember >= 0) PlannerWeb.knownTexts[remember] = text;
      return text;
    },
    // Whether `key` holds `expected` (a string, or null for bytes that are not UTF-8: they cannot
    // be stored as they are, so "different", and the C++ side reads the value to say how).
    // Compared as JavaScript strings, so the stored plan is never copied into the heap.
    storageHolds: function(key, expected) {
      return PlannerWeb.storageCall(function(area) {
        var value = area.getItem(key);
        if (value === null) return {status: PlannerWeb.kStorageMissing, text: ''};
        if (expected === null) return {status: PlannerWeb.kStorageDifferent, text: ''};
        return {status: value === expected ? PlannerWeb.kStorageDone : PlannerWeb.kStorageDifferent, text: ''};
      });
    },
    storageWrite: function(key, value) {
      return PlannerWeb.storageCall(function(area) {
        area.setItem(key, value);
        return {status: PlannerWeb.kStorageDone, text: ''};
      });
    },
    storageRemove: function(key) {
      return PlannerWeb.storageCall(function(area) {
        area.removeItem(key);
        return {status: PlannerWeb.kStorageDone, text: ''};
      });
    },
    storageKeys: function(prefix) {
      return PlannerWeb.storageCall(function(area) {
        var keys = [];
        for (var i = 0; i < area.length; ++i) {
          var key = area.key(i);
          if (key !== null && key.indexOf(prefix) === 0) keys.push(key);
        }
        return {status: PlannerWeb.kStorageDone, text: JSON.stringify(keys)};
      });
    },

    // UTF-8 bytes at `pointer`, `bytes` long: exact, NUL bytes included (never NUL-terminated).
    encoder: null,  // one of each, made on first use (library objects are copied as source)
    decoder: null,
    strictDecoder: null,  // throws on bytes that are not UTF-8
    textAt: function(pointer, bytes) {
      if (bytes <= 0) return '';
      PlannerWeb.decoder = PlannerWeb.decoder || new TextDecoder('utf-8');
      return PlannerWeb.decoder.decode(HEAPU8.subarray(pointer, pointer + bytes));
    },
    // Hands `text` to C++ as a malloc'd UTF-8 buffer the caller frees: *textOut gets the pointer,
    // *bytesOut its length in bytes (TextEncoder's, not the string's UTF-16 length).
    giveText: function(text, textOut, bytesOut) {
      // Encoded straight into the heap, with no copy in between (stored plans are read whole on
      // every save): a UTF-16 unit takes at most 3 bytes of UTF-8.
      var capacity = text.length * 3;
      var pointer = _malloc(capacity + 1);
      PlannerWeb.encoder = PlannerWeb.encoder || new TextEncoder();
      // After malloc: a grown memory has a new HEAPU8.
      var written = PlannerWeb.encoder.encodeInto(text, HEAPU8.subarray(pointer, pointer + capacity)).written;
      HEAPU8[pointer + written] = 0;
      HEAP32[textOut >> 2] = pointer;
      HEAP32[bytesOut >> 2] = written;
    },
    // Passes a JavaScript string to `callback(pointer, bytes)` as UTF-8 for the call's duration.
    withUTF8: function(text, callback) {
      var bytes = new TextEncoder().encode(text);
      var pointer = _malloc(bytes.length + 1);
      HEAPU8.set(bytes, pointer);
      try {
        return callback(pointer, bytes.length);
      } finally {
        _free(pointer);
      }
    },

    reportPersistence: function(state) {
      PlannerWeb.persistenceReported = true;
      _planner_storage_persistence(state);
    },

    // Other tabs' changes to localStorage (this tab's own writes fire no event here).
    watchStorage: function() {
      window.addEventListener('storage', function(event) {
        var area = null;
        try { area = window.localStorage; } catch (e) { return; }
        if (event.storageArea !== area) return;  // sessionStorage
        // A null key: the other tab cleared everything.
        PlannerWeb.withUTF8(event.key === null ? '' : event.key, function(pointer, bytes) {
          _planner_storage_event(pointer, bytes, event.key === null ? 1 : 0);
        });
      });
      // Whether the browser already keeps storage for good; asking (persist()) may prompt in
      // Firefox, so that waits for the app to choose its moment.
      var manager = typeof navigator !== 'undefined' ? navigator.storage : null;
      if (!manager || typeof manager.persisted !== 'function') {
        PlannerWeb.reportPersistence(1);
        return;
      }
      manager.persisted().then(function(persisted) { PlannerWeb.reportPersistence(persisted ? 2 : 3); },
                               function() { PlannerWeb.reportPersistence(3); });
    },

    requestPersistence: function() {
      var manager = typeof navigator !== 'undefined' ? navigator.storage : null;
      if (!manager || typeof manager.persist !== 'function') {
        PlannerWeb.reportPersistence(1);
        return;
      }
      manager.persist().then(function(granted) { PlannerWeb.reportPersistence(granted ? 2 : 3); },
                             function() { PlannerWeb.reportPersistence(3); });
    },

    // ---- files ----------------------------------------------------------------------------------
    fileInput: null,

    // Reads a chosen or dropped file as text and hands it to the app. Only one byte more than the
    // core accepts is read, so a huge file costs nothing and still gets the core's "too large".
    readFile: function(file) {
      var cap = _planner_max_file_bytes();
      file.slice(0, cap + 1).text().then(function(text) {
        PlannerWeb.withUTF8(file.name || '', function(name, nameBytes) {
          PlannerWeb.withUTF8(text, function(pointer, bytes) { _planner_file_received(name, nameBytes, pointer, bytes); });
        });
      }, function() {
        // Unreadable (moved, permissions): the app says so like any refused file.
        PlannerWeb.withUTF8(file.name || '', function(name, nameBytes) {
          PlannerWeb.withUTF8('', function(pointer, bytes) { _planner_file_received(name, nameBytes, pointer, bytes); });
        });
      });
    },

    chooseFile: function() {
      var input = PlannerWeb.fileInput;
      input.value = '';  // choosing the same file again still fires change
      input.click();
    },

    watchFiles: function() {
      var input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.className = 'offscreen';
      input.tabIndex = -1;
      input.setAttribute('aria-hidden', 'true');
      input.addEventListener('change', function() {
        if (input.files && input.files[0]) PlannerWeb.readFile(input.files[0]);
      });
      document.body.appendChild(input);
      PlannerWeb.fileInput = input;
      var carriesFiles = function(event) {
        return event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types || [], 'Files') >= 0;
      };
      window.addEventListener('dragover', function(event) {
        if (!carriesFiles(event)) return;
        event.preventDefault();  // allows the drop; without it the browser opens the file instead
        event.dataTransfer.dropEffect = 'copy';
      });
      window.addEventListener('drop', function(event) {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        var file = event.dataTransfer.files && event.dataTransfer.files[0];
        if (file) PlannerWeb.readFile(file);
      });
      // The last chance to save: tabs are closed, discarded or frozen after these, and a mobile
      // browser may never fire unload at all.
      window.addEventListener('pagehide', function() { _planner_save_now(); });
      document.addEventListener('visibilitychange', function() {
        if (document.visibilityState === 'hidden') _planner_save_now();
      });
    },

    // ---- start ----------------------------------------------------------------------------------
    init: function() {
      var canvas = document.getElementById('planner-canvas');
      var sink = document.getElementById('text-sink');
      PlannerWeb.canvas = canvas;
      PlannerWeb.textSink = sink;
      _planner_configure_input(/Mac|iPhone|iPad/.test(navigator.platform || '') ? 1 : 0);

      canvas.addEventListener('pointerdown', function(event) {
        if (event.pointerType === 'touch') { PlannerWeb.touchDown(event); event.preventDefault(); return; }
        canvas.setPointerCapture(event.pointerId);
        if (document.activeElement !== sink) canvas.focus({preventScroll: true});
        PlannerWeb.sendPointer(1, event, PlannerWeb.sourceOf(event));
        event.preventDefault();
      });
      canvas.addEventListener('pointermove', function(event) {
        if (event.pointerType === 'touch') { PlannerWeb.touchMove(event); return; }
        PlannerWeb.sendPointer(0, event, PlannerWeb.sourceOf(event));
      });
      canvas.addEventListener('pointerup', function(event) {
        if (event.pointerType === 'touch') { PlannerWeb.touchUp(event, false); return; }
        PlannerWeb.sendPointer(2, event, PlannerWeb.sourceOf(event));
      });
      canvas.addEventListener('pointercancel', function(event) {
        if (event.pointerType === 'touch') { PlannerWeb.touchUp(event, true); return; }
        PlannerWeb.sendPointer(2, event, PlannerWeb.sourceOf(event));
      });
      canvas.addEventListener('pointerleave', function(event) {
        if (event.pointerType !== 'touch' && !canvas.hasPointerCapture(event.pointerId)) _planner_pointer_leave();
      });
      canvas.addEventListener('wheel', function(event) {
        event.preventDefault();
        // Pixels (most mice and trackpads: ~100 a notch), lines (3 a notch) or pages.
        var unit = event.deltaMode === 1 ? 3 : event.deltaMode === 2 ? 1 : 100;
        var p = PlannerWeb.position(event);
        _planner_pointer(0, p.x, p.y, -1, 0);
        _planner_wheel(-event.deltaX / unit, -event.deltaY / unit, PlannerWeb.modifiers(event));
      }, {passive: false});
      canvas.addEventListener('contextmenu', function(event) { event.preventDefault(); });

      window.addEventListener('keydown', function(event) { PlannerWeb.onKey(event, true); });
      window.addEventListener('keyup', function(event) { PlannerWeb.onKey(event, false); });
      sink.addEventListener('input', PlannerWeb.onTextInput);
      sink.addEventListener('compositionend', function(event) {
        if (event.data) PlannerWeb.withCStrings([event.data], _planner_text);
        sink.value = '';
      });
      window.addEventListener('blur', function() { _planner_focus(0); });
      window.addEventListener('focus', function() { _planner_focus(1); });

      document.addEventListener('paste', function(event) {
        var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
        if (!text) return;
        event.preventDefault();
        PlannerWeb.withCStrings([text], _planner_paste);
      });
      var copy = function(event) {
        var text = UTF8ToString(_planner_selected_text());
        if (!text || !event.clipboardData) return;
        event.clipboardData.setData('text/plain', text);
        event.preventDefault();
      };
      document.addEventListener('copy', copy);
      document.addEventListener('cut', copy);

      PlannerWeb.watchFiles();

      var dark = window.matchMedia('(prefers-color-scheme: dark)');
      _planner_color_scheme(dark.matches ? 1 : 0);
      dark.addEventListener('change', function(event) { _planner_color_scheme(event.matches ? 1 : 0); });

      window.planner = Object.freeze({
        frames: function() { return PlannerWeb.frames; },
        // True while keys or clicks already delivered wait for frames to take them in.
        inputPending: function() { return _planner_input_pending() !== 0; },
        items: function() {
          var rect = canvas.getBoundingClientRect();
          return JSON.parse(UTF8ToString(_planner_items(rect.left + window.scrollX, rect.top + window.scrollY)));
        },
        state: function() { return JSON.parse(UTF8ToString(_planner_state())); },
        // The share link the UI would give (planner_exports.js): a promise of the full URL.
        shareLink: function(options) { return PlannerExports.shareLink(options); },
        // CPU milliseconds of the most recent frames (up to 256), oldest first.
        frameTimes: function() { return JSON.parse(UTF8ToString(_planner_frame_times())); },
        // Main-thread milliseconds of the autosave's most recent steps (up to 64), oldest first:
        // they run in tasks of their own, outside frames.
        saveStepTimes: function() { return JSON.parse(UTF8ToString(_planner_save_step_times())); },
        // Imports a plan file's text by the UI's import rules (validated; the current plan saved
        // and backed up first) without the confirmation dialog (docs/product.md "Interfaces"): {ok, error}.
        load: function(text) {
          return PlannerWeb.withUTF8(String(text), function(pointer, bytes) {
            return JSON.parse(UTF8ToString(_planner_load(pointer, bytes)));
          });
        },
        // The plan file's text as "Export plan" downloads it ('' before there is a plan).
        'export': function() { return UTF8ToString(_planner_export()); },
      });

      // The first frame is drawn right here, at the right size: animation frames run before
      // resize observers in the browser's rendering steps, so waiting for either would first
      // draw a 1×1 canvas at the wrong pixel ratio.
      PlannerWeb.resize(null);
      var observer = new ResizeObserver(function(entries) { PlannerWeb.resize(entries[entries.length - 1]); });
      try {
        observer.observe(canvas, {box: 'device-pixel-content-box'});
      } catch (e) {
        observer.observe(canvas);  // browsers without the device-pixel box: CSS size × ratio
      }
      PlannerWeb.watchPixelRatio();
    },
  },

  planner_js_startup_failed: function(reason) {
    if (Module['onStartupFailure']) Module['onStartupFailure'](UTF8ToString(reason));
  },

  // `?demo` (any value, or none) opens the demo plan instead of the user's own (docs/product.md §16).
  planner_js_demo_requested: function() {
    return new URLSearchParams(window.location.search).has('demo') ? 1 : 0;
  },

  // file://: the one-file planner (dist/planner-offline.html), e.g. from a USB stick.
  planner_js_forget_demo_request: function() {
    var query = new URLSearchParams(window.location.search);
    if (!query.has('demo')) return;
    query.delete('demo');
    var search = query.toString();
    history.replaceState(history.state, '', window.location.pathname + (search ? '?' + search : '') + window.location.hash);
  },

  planner_js_opened_from_file: function() {
    return window.location.protocol === 'file:' ? 1 : 0;
  },

  planner_js_init__deps: ['$PlannerWeb'],
  planner_js_init: function() { PlannerWeb.init(); },

  planner_js_request_frame__deps: ['$PlannerWeb'],
  planner_js_request_frame: function() { PlannerWeb.requestFrame(); },

  planner_js_wake_after__deps: ['$PlannerWeb'],
  planner_js_wake_after: function(milliseconds) {
    clearTimeout(PlannerWeb.wakeTimer);
    PlannerWeb.wakeTimer = setTimeout(function() {
      PlannerWeb.wakeTimer = 0;
      PlannerWeb.requestFrame();
    }, Math.max(0, milliseconds));
  },

  planner_js_save_after__deps: ['$PlannerWeb'],
  planner_js_save_after: function(milliseconds) {
    clearTimeout(PlannerWeb.saveTimer);
    PlannerWeb.saveTimer = 0;
    if (milliseconds < 0) return;
    PlannerWeb.saveTimer = setTimeout(function() {
      PlannerWeb.saveTimer = 0;
      _planner_save_step();
    }, milliseconds);
  },

  planner_js_frame_drawn__deps: ['$PlannerWeb'],
  planner_js_frame_drawn: function() {
    clearTimeout(PlannerWeb.wakeTimer);
    PlannerWeb.wakeTimer = 0;
    PlannerWeb.frames += 1;
    if (PlannerWeb.frames === 1 && Module['onFirstFrame']) Module['onFirstFrame']();
  },

  planner_js_set_cursor__deps: ['$PlannerWeb'],
  planner_js_set_cursor: function(cursor) {
    var names = ['default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize', 'pointer', 'not-allowed'];
    PlannerWeb.canvas.style.cursor = cursor < 0 ? 'none' : (names[cursor] || 'default');
  },

  planner_js_text_input__deps: ['$PlannerWeb'],
  planner_js_text_input: function(active, x, y, lineHeight) {
    var sink = PlannerWeb.textSink;
    if (active) {
      var rect = PlannerWeb.canvas.getBoundingClientRect();
      sink.style.left = (rect.left + x) + 'px';
      sink.style.top = (rect.top + y) + 'px';
      sink.style.height = Math.max(lineHeight, 1) + 'px';
      if (document.activeElement !== sink) sink.focus({preventScroll: true});
    } else if (document.activeElement === sink) {
      PlannerWeb.canvas.focus({preventScroll: true});
    }
  },

  planner_js_write_clipboard__deps: ['$PlannerWeb'],
  planner_js_write_clipboard: function(text) { PlannerWeb.copyText(UTF8ToString(text)); },

  planner_js_choose_file__deps: ['$PlannerWeb'],
  planner_js_choose_file: function() { PlannerWeb.chooseFile(); },

  planner_js_storage_read__deps: ['$PlannerWeb', 'malloc'],
  planner_js_storage_read: function(key, keyBytes, textOut, bytesOut) {
    var result = PlannerWeb.storageRead(PlannerWeb.textAt(key, keyBytes));
    PlannerWeb.giveText(result.text, textOut, bytesOut);
    return result.status;
  },

  planner_js_storage_write__deps: ['$PlannerWeb', 'malloc'],
  planner_js_storage_write: function(key, keyBytes, value, valueBytes, known, remember, textOut, bytesOut) {
    // Bytes that are not UTF-8 are stored as the browser decodes them (U+FFFD for each bad
    // sequence), and the read-back verification tells the user.
    var text = PlannerWeb.valueText(value, valueBytes, known, remember);
    if (text === null) text = PlannerWeb.textAt(value, valueBytes);
    var result = PlannerWeb.storageWrite(PlannerWeb.textAt(key, keyBytes), text);
    PlannerWeb.giveText(result.text, textOut, bytesOut);
    return result.status;
  },

  planner_js_storage_holds__deps: ['$PlannerWeb'],
  planner_js_storage_holds: function(key, keyBytes, value, valueBytes, known, remember) {
    // Decoded before anything else: a slot asked to remember the value is filled whatever happens.
    var expected = PlannerWeb.valueText(value, valueBytes, known, remember);
    return PlannerWeb.storageHolds(PlannerWeb.textAt(key, keyBytes), expected).status;
  },

  planner_js_storage_remove__deps: ['$PlannerWeb', 'malloc'],
  planner_js_storage_remove: function(key, keyBytes, textOut, bytesOut) {
    var result = PlannerWeb.storageRemove(PlannerWeb.textAt(key, keyBytes));
    PlannerWeb.giveText(result.text, textOut, bytesOut);
    return result.status;
  },

  planner_js_storage_keys__deps: ['$PlannerWeb', 'malloc'],
  planner_js_storage_keys: function(prefix, prefixBytes, textOut, bytesOut) {
    var result = PlannerWeb.storageKeys(PlannerWeb.textAt(prefix, prefixBytes));
    PlannerWeb.giveText(result.text, textOut, bytesOut);
    return result.status;
  },

  planner_js_storage_watch__deps: ['$PlannerWeb', 'malloc', 'free'],
  planner_js_storage_watch: function() { PlannerWeb.watchStorage(); },

  planner_js_storage_request_persistence__deps: ['$PlannerWeb'],
  planner_js_storage_request_persistence: function() { PlannerWeb.requestPersistence(); },
});
