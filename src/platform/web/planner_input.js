// planner_input.js: the browser half of input (linked with emcc --js-library; the C++ half is
// web_input.cpp, which queues each event into Dear ImGui).
//
// Implements: the canvas's pointer events (mouse, pen, touch) and wheel; keys by `key` and `code`,
// keeping the browser defaults that would fight the app from happening; a hidden textarea, the
// text sink, that receives typed and composed text and opens the on-screen keyboard; the system
// clipboard through the browser's copy, cut and paste events (and writeText for buttons such as
// "Copy link"); window focus; CSS cursors.
//
// Touch is turned into what Dear ImGui understands: a finger that moves more than kPanSlop CSS
// pixels before lifting pans (wheel steps, so lists and the timeline scroll); one that lifts
// sooner taps (press + release); one held still for kLongPressMs presses and then drags (moving
// bars, reordering). Two fingers pinch, sent as Ctrl+wheel like a trackpad pinch.
//
// Does not: decide what a key or a click means (the app does), size the canvas or draw frames
// (planner_page.js), or take files dropped on the page (planner_files.js).

mergeInto(LibraryManager.library, {
  $PlannerInput__deps: ['$PlannerHeap'],
  $PlannerInput: {
    kPanSlop: 8,
    kLongPressMs: 450,
    canvas: null,
    textSink: null,
    touch: null,   // the finger being tracked: {id, x0, y0, x, y, mode: 'pending'|'pan'|'press', timer}
    pinch: null,   // two fingers: {ids, distance}
    fingers: {},

    modifiers: function(event) {
      return (event.ctrlKey ? 1 : 0) | (event.shiftKey ? 2 : 0) | (event.altKey ? 4 : 0) | (event.metaKey ? 8 : 0);
    },

    // Canvas-relative CSS pixels of a pointer or touch event.
    position: function(event) {
      var rect = PlannerInput.canvas.getBoundingClientRect();
      return {x: event.clientX - rect.left, y: event.clientY - rect.top};
    },

    sendPointer: function(type, event, source) {
      var p = PlannerInput.position(event);
      _planner_pointer(type, p.x, p.y, type === 0 ? -1 : event.button, source);
    },

    sourceOf: function(event) {
      return event.pointerType === 'touch' ? 1 : event.pointerType === 'pen' ? 2 : 0;
    },

    // ---- touch gestures ----------------------------------------------------------------------
    touchDown: function(event) {
      var p = PlannerInput.position(event);
      PlannerInput.fingers[event.pointerId] = p;
      var ids = Object.keys(PlannerInput.fingers);
      if (ids.length === 2) {
        PlannerInput.cancelTouch();
        var a = PlannerInput.fingers[ids[0]], b = PlannerInput.fingers[ids[1]];
        PlannerInput.pinch = {distance: Math.hypot(a.x - b.x, a.y - b.y)};
        return;
      }
      if (ids.length > 2 || PlannerInput.pinch) return;
      var touch = {id: event.pointerId, x0: p.x, y0: p.y, x: p.x, y: p.y, mode: 'pending', timer: 0};
      touch.timer = setTimeout(function() {
        if (PlannerInput.touch !== touch || touch.mode !== 'pending') return;
        touch.mode = 'press';
        _planner_pointer(1, touch.x, touch.y, 0, 1);
      }, PlannerInput.kLongPressMs);
      PlannerInput.touch = touch;
      _planner_pointer(0, p.x, p.y, -1, 1);  // hover where the finger is, so the right window scrolls
    },

    touchMove: function(event) {
      var p = PlannerInput.position(event);
      var previous = PlannerInput.fingers[event.pointerId];
      if (!previous) return;
      PlannerInput.fingers[event.pointerId] = p;
      if (PlannerInput.pinch) {
        var ids = Object.keys(PlannerInput.fingers);
        if (ids.length < 2) return;
        var a = PlannerInput.fingers[ids[0]], b = PlannerInput.fingers[ids[1]];
        var distance = Math.hypot(a.x - b.x, a.y - b.y);
        if (PlannerInput.pinch.distance > 0 && distance > 0) {
          _planner_pointer(0, (a.x + b.x) / 2, (a.y + b.y) / 2, -1, 1);
          _planner_wheel(0, Math.log(distance / PlannerInput.pinch.distance) * 4, 1);
        }
        PlannerInput.pinch.distance = distance;
        return;
      }
      var touch = PlannerInput.touch;
      if (!touch || touch.id !== event.pointerId) return;
      if (touch.mode === 'pending' && Math.hypot(p.x - touch.x0, p.y - touch.y0) > PlannerInput.kPanSlop) {
        touch.mode = 'pan';
        clearTimeout(touch.timer);
      }
      if (touch.mode === 'pan') _planner_pan(p.x, p.y, p.x - touch.x, p.y - touch.y);
      else if (touch.mode === 'press') _planner_pointer(0, p.x, p.y, -1, 1);
      touch.x = p.x;
      touch.y = p.y;
    },

    touchUp: function(event, cancelled) {
      delete PlannerInput.fingers[event.pointerId];
      if (PlannerInput.pinch) {
        if (Object.keys(PlannerInput.fingers).length === 0) PlannerInput.pinch = null;
        return;
      }
      var touch = PlannerInput.touch;
      if (!touch || touch.id !== event.pointerId) return;
      clearTimeout(touch.timer);
      PlannerInput.touch = null;
      var p = PlannerInput.position(event);
      if (touch.mode === 'press') {
        _planner_pointer(2, p.x, p.y, 0, 1);
      } else if (touch.mode === 'pending' && !cancelled) {
        // A tap. The on-screen keyboard opens only for focus() inside the user's gesture, so a
        // tap on a text field focuses the text sink here rather than at the next frame.
        if (_planner_text_field_at(p.x, p.y)) PlannerInput.textSink.focus({preventScroll: true});
        _planner_pointer(1, p.x, p.y, 0, 1);
        _planner_pointer(2, p.x, p.y, 0, 1);
      }
      _planner_pointer_leave();  // a finger does not hover once lifted
    },

    cancelTouch: function() {
      var touch = PlannerInput.touch;
      if (!touch) return;
      clearTimeout(touch.timer);
      if (touch.mode === 'press') _planner_pointer(2, touch.x, touch.y, 0, 1);
      PlannerInput.touch = null;
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
      var modifiers = PlannerInput.modifiers(event);
      PlannerHeap.withCStrings([event.key || '', event.code || ''], function(key, code) {
        _planner_key(key, code, down ? 1 : 0, modifiers);
      });
      if (!down) return;
      var sinkFocused = document.activeElement === PlannerInput.textSink;
      if (PlannerInput.preventsDefault(event, sinkFocused)) event.preventDefault();
      // Typed text normally arrives through the text sink's input event; when the sink is not
      // focused yet (the frame that activates a field has not run), take it from the key.
      var printable = event.key && Array.from(event.key).length === 1 && !event.ctrlKey && !event.metaKey;
      if (printable && !sinkFocused) {
        PlannerHeap.withCStrings([event.key], _planner_text);
        event.preventDefault();
      }
    },

    onTextInput: function(event) {
      if (event.isComposing) return;
      var sink = PlannerInput.textSink;
      if (sink.value) PlannerHeap.withCStrings([sink.value], _planner_text);
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

    // ---- start ---------------------------------------------------------------------------------
    // Listens to the canvas, the text sink, the window's keys and focus, and the document's
    // clipboard events.
    listen: function(canvas, sink) {
      PlannerInput.canvas = canvas;
      PlannerInput.textSink = sink;
      _planner_configure_input(/Mac|iPhone|iPad/.test(navigator.platform || '') ? 1 : 0);

      canvas.addEventListener('pointerdown', function(event) {
        if (event.pointerType === 'touch') { PlannerInput.touchDown(event); event.preventDefault(); return; }
        canvas.setPointerCapture(event.pointerId);
        if (document.activeElement !== sink) canvas.focus({preventScroll: true});
        PlannerInput.sendPointer(1, event, PlannerInput.sourceOf(event));
        event.preventDefault();
      });
      canvas.addEventListener('pointermove', function(event) {
        if (event.pointerType === 'touch') { PlannerInput.touchMove(event); return; }
        PlannerInput.sendPointer(0, event, PlannerInput.sourceOf(event));
      });
      canvas.addEventListener('pointerup', function(event) {
        if (event.pointerType === 'touch') { PlannerInput.touchUp(event, false); return; }
        PlannerInput.sendPointer(2, event, PlannerInput.sourceOf(event));
      });
      canvas.addEventListener('pointercancel', function(event) {
        if (event.pointerType === 'touch') { PlannerInput.touchUp(event, true); return; }
        PlannerInput.sendPointer(2, event, PlannerInput.sourceOf(event));
      });
      canvas.addEventListener('pointerleave', function(event) {
        if (event.pointerType !== 'touch' && !canvas.hasPointerCapture(event.pointerId)) _planner_pointer_leave();
      });
      canvas.addEventListener('wheel', function(event) {
        event.preventDefault();
        // Pixels (most mice and trackpads: ~100 a notch), lines (3 a notch) or pages.
        var unit = event.deltaMode === 1 ? 3 : event.deltaMode === 2 ? 1 : 100;
        var p = PlannerInput.position(event);
        _planner_pointer(0, p.x, p.y, -1, 0);
        _planner_wheel(-event.deltaX / unit, -event.deltaY / unit, PlannerInput.modifiers(event));
      }, {passive: false});
      canvas.addEventListener('contextmenu', function(event) { event.preventDefault(); });

      window.addEventListener('keydown', function(event) { PlannerInput.onKey(event, true); });
      window.addEventListener('keyup', function(event) { PlannerInput.onKey(event, false); });
      sink.addEventListener('input', PlannerInput.onTextInput);
      sink.addEventListener('compositionend', function(event) {
        if (event.data) PlannerHeap.withCStrings([event.data], _planner_text);
        sink.value = '';
      });
      window.addEventListener('blur', function() { _planner_focus(0); });
      window.addEventListener('focus', function() { _planner_focus(1); });

      document.addEventListener('paste', function(event) {
        var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
        if (!text) return;
        event.preventDefault();
        PlannerHeap.withCStrings([text], _planner_paste);
      });
      var copy = function(event) {
        var text = UTF8ToString(_planner_selected_text());
        if (!text || !event.clipboardData) return;
        event.clipboardData.setData('text/plain', text);
        event.preventDefault();
      };
      document.addEventListener('copy', copy);
      document.addEventListener('cut', copy);
    },
  },

  planner_js_set_cursor__deps: ['$PlannerInput'],
  planner_js_set_cursor: function(cursor) {
    var names = ['default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize', 'pointer', 'not-allowed'];
    PlannerInput.canvas.style.cursor = cursor < 0 ? 'none' : (names[cursor] || 'default');
  },

  planner_js_text_input__deps: ['$PlannerInput'],
  planner_js_text_input: function(active, x, y, lineHeight) {
    var sink = PlannerInput.textSink;
    if (active) {
      var rect = PlannerInput.canvas.getBoundingClientRect();
      sink.style.left = (rect.left + x) + 'px';
      sink.style.top = (rect.top + y) + 'px';
      sink.style.height = Math.max(lineHeight, 1) + 'px';
      if (document.activeElement !== sink) sink.focus({preventScroll: true});
    } else if (document.activeElement === sink) {
      PlannerInput.canvas.focus({preventScroll: true});
    }
  },

  planner_js_write_clipboard__deps: ['$PlannerInput'],
  planner_js_write_clipboard: function(text) { PlannerInput.copyText(UTF8ToString(text)); },
});
