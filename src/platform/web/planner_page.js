// planner_page.js: the page around the app (linked with emcc --js-library; the C++ half is the
// frame loop in web_main.cpp, and WebHost in web_host.cpp for the address and file://).
//
// Implements: start-up (init: finds the canvas and the text sink, starts input and files, draws
// the first frame); the canvas backing store at CSS size × devicePixelRatio (ResizeObserver's
// device-pixel box, plus a resolution media query for screen and zoom changes); frames on demand
// (requestAnimationFrame only when asked, a timer for wake-ups, a timer for the autosave's steps,
// which run in tasks of their own); the page-hide save; the colour-scheme preference; the page's
// address (?demo, file://); a start-up failure for boot.js to explain; and window.planner for
// tests and scripted demos.
//
// Does not: draw (web_main.cpp and the renderer do), or decide when to draw (app/frame_pacer.hpp
// does; this only carries out its requests). Input is planner_input.js's, storage
// planner_storage.js's, files planner_files.js's, downloads and share links planner_exports.js's.

mergeInto(LibraryManager.library, {
  $PlannerPage__deps: ['$PlannerHeap', '$PlannerInput', '$PlannerFiles', '$PlannerExports'],
  $PlannerPage: {
    canvas: null,
    frames: 0,
    frameRequested: false,
    reportedSize: '',
    wakeTimer: 0,
    saveTimer: 0,

    requestFrame: function() {
      if (PlannerPage.frameRequested) return;
      PlannerPage.frameRequested = true;
      requestAnimationFrame(function() {
        PlannerPage.frameRequested = false;
        _planner_frame();
      });
    },

    resize: function(entry) {
      var canvas = PlannerPage.canvas;
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
      if (size === PlannerPage.reportedSize) return;  // the observer's first call repeats init's
      PlannerPage.reportedSize = size;
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      _planner_resize(rect.width, rect.height, width, height, ratio);
    },

    // devicePixelRatio changes (browser zoom, a window moved to another screen) without a resize
    // when the CSS size stays the same: a resolution query for the current ratio tells.
    watchPixelRatio: function() {
      var query = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
      query.addEventListener('change', function() {
        PlannerPage.resize(null);
        PlannerPage.watchPixelRatio();
      }, {once: true});
    },

    // The last chance to save: tabs are closed, discarded or frozen after these, and a mobile
    // browser may never fire unload at all.
    watchPageHide: function() {
      window.addEventListener('pagehide', function() { _planner_save_now(); });
      document.addEventListener('visibilitychange', function() {
        if (document.visibilityState === 'hidden') _planner_save_now();
      });
    },

    watchColourScheme: function() {
      var dark = window.matchMedia('(prefers-color-scheme: dark)');
      _planner_color_scheme(dark.matches ? 1 : 0);
      dark.addEventListener('change', function(event) { _planner_color_scheme(event.matches ? 1 : 0); });
    },

    // window.planner: what tests and scripted demos see of the app (docs/product.md "Interfaces").
    api: function() {
      var canvas = PlannerPage.canvas;
      return Object.freeze({
        frames: function() { return PlannerPage.frames; },
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
          return PlannerHeap.withUTF8(String(text), function(pointer, bytes) {
            return JSON.parse(UTF8ToString(_planner_load(pointer, bytes)));
          });
        },
        // The plan file's text as "Export plan" downloads it ('' before there is a plan).
        'export': function() { return UTF8ToString(_planner_export()); },
      });
    },

    init: function() {
      var canvas = document.getElementById('planner-canvas');
      PlannerPage.canvas = canvas;
      PlannerInput.listen(canvas, document.getElementById('text-sink'));
      PlannerFiles.listen();
      PlannerPage.watchPageHide();
      PlannerPage.watchColourScheme();
      window.planner = PlannerPage.api();

      // The first frame is drawn right here, at the right size: animation frames run before
      // resize observers in the browser's rendering steps, so waiting for either would first
      // draw a 1×1 canvas at the wrong pixel ratio.
      PlannerPage.resize(null);
      var observer = new ResizeObserver(function(entries) { PlannerPage.resize(entries[entries.length - 1]); });
      try {
        observer.observe(canvas, {box: 'device-pixel-content-box'});
      } catch (e) {
        observer.observe(canvas);  // browsers without the device-pixel box: CSS size × ratio
      }
      PlannerPage.watchPixelRatio();
    },
  },

  planner_js_startup_failed: function(reason) {
    if (Module['onStartupFailure']) Module['onStartupFailure'](UTF8ToString(reason));
  },

  // `?demo` (any value, or none) opens the demo plan instead of the user's own (docs/product.md §16).
  planner_js_demo_requested: function() {
    return new URLSearchParams(window.location.search).has('demo') ? 1 : 0;
  },

  planner_js_forget_demo_request: function() {
    var query = new URLSearchParams(window.location.search);
    if (!query.has('demo')) return;
    query.delete('demo');
    var search = query.toString();
    history.replaceState(history.state, '', window.location.pathname + (search ? '?' + search : '') + window.location.hash);
  },

  // file://: the one-file planner (dist/planner-offline.html), e.g. from a USB stick.
  planner_js_opened_from_file: function() {
    return window.location.protocol === 'file:' ? 1 : 0;
  },

  planner_js_init__deps: ['$PlannerPage'],
  planner_js_init: function() { PlannerPage.init(); },

  planner_js_request_frame__deps: ['$PlannerPage'],
  planner_js_request_frame: function() { PlannerPage.requestFrame(); },

  planner_js_wake_after__deps: ['$PlannerPage'],
  planner_js_wake_after: function(milliseconds) {
    clearTimeout(PlannerPage.wakeTimer);
    PlannerPage.wakeTimer = setTimeout(function() {
      PlannerPage.wakeTimer = 0;
      PlannerPage.requestFrame();
    }, Math.max(0, milliseconds));
  },

  planner_js_save_after__deps: ['$PlannerPage'],
  planner_js_save_after: function(milliseconds) {
    clearTimeout(PlannerPage.saveTimer);
    PlannerPage.saveTimer = 0;
    if (milliseconds < 0) return;
    PlannerPage.saveTimer = setTimeout(function() {
      PlannerPage.saveTimer = 0;
      _planner_save_step();
    }, milliseconds);
  },

  planner_js_frame_drawn__deps: ['$PlannerPage'],
  planner_js_frame_drawn: function() {
    clearTimeout(PlannerPage.wakeTimer);
    PlannerPage.wakeTimer = 0;
    PlannerPage.frames += 1;
    if (PlannerPage.frames === 1 && Module['onFirstFrame']) Module['onFirstFrame']();
  },
});
