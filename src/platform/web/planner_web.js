// planner_web.js: the browser half of the platform layer (linked with emcc --js-library).
//
// Implements: DOM listeners that feed the C++ input exports (web_input.cpp); the canvas backing
// store at CSS size × devicePixelRatio (ResizeObserver's device-pixel box, plus a resolution media
// query for screen changes); frames on demand (requestAnimationFrame only when asked, timers for
// wake-ups); CSS cursors; a hidden textarea that receives typed and composed text and opens the
// on-screen keyboard; the system clipboard through the browser's copy and paste events; the
// colour-scheme preference; and window.planner for tests and scripted demos.
//
// Touch is turned into what Dear ImGui understands: a finger that moves more than kPanSlop CSS
// pixels before lifting pans (wheel steps, so lists and the timeline scroll); one that lifts
// sooner taps (press + release); one held still for kLongPressMs presses and then drags (moving
// bars, reordering). Two fingers pinch, sent as Ctrl+wheel like a trackpad pinch.
//
// Does not: draw, or decide anything about the app. Strings cross to C++ as UTF-8 in malloc'd
// buffers sized with lengthBytesUTF8 (never a JavaScript string length, which counts UTF-16).

mergeInto(LibraryManager.library, {
  $PlannerWeb: {
    kPanSlop: 8,
    kLongPressMs: 450,
    canvas: null,
    textSink: null,
    frames: 0,
    frameRequested: false,
    reportedSize: '',
    wakeTimer: 0,
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

      var dark = window.matchMedia('(prefers-color-scheme: dark)');
      _planner_color_scheme(dark.matches ? 1 : 0);
      dark.addEventListener('change', function(event) { _planner_color_scheme(event.matches ? 1 : 0); });

      window.planner = Object.freeze({
        frames: function() { return PlannerWeb.frames; },
        items: function() {
          var rect = canvas.getBoundingClientRect();
          return JSON.parse(UTF8ToString(_planner_items(rect.left + window.scrollX, rect.top + window.scrollY)));
        },
        state: function() { return JSON.parse(UTF8ToString(_planner_state())); },
        // CPU milliseconds of the most recent frames (up to 256), oldest first.
        frameTimes: function() { return JSON.parse(UTF8ToString(_planner_frame_times())); },
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

  // `?demo` (any value, or none) opens the demo plan instead of the user's own (PRODUCT.md §16).
  planner_js_demo_requested: function() {
    return new URLSearchParams(window.location.search).has('demo') ? 1 : 0;
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
});
