// planner_heap.js: text and bytes in and out of the wasm heap, for the other --js-library files of
// the platform layer (input, storage, files, the page, exports).
//
// Implements: JavaScript strings handed to C++ as UTF-8, either NUL-terminated (withCStrings, for
// exports that take a const char*) or as (pointer, length in bytes) (withUTF8, withBytes); UTF-8
// read back from the heap by its exact length in bytes, NUL bytes included (textAt, and utf8At,
// which refuses bytes that are not UTF-8); text handed over for C++ to keep and free (giveText,
// cString); bytes copied out of the heap (copyOut).
//
// Does not: listen to anything or call into the app. Lengths are always UTF-8 bytes, never a
// JavaScript string length (which counts UTF-16 units). Memory may grow (and HEAPU8 be replaced)
// inside any malloc: nothing here holds on to a view of the heap across one.

mergeInto(LibraryManager.library, {
  $PlannerHeap__deps: ['malloc', 'free'],
  $PlannerHeap: {
    encoder: null,  // one of each, made on first use (library objects are copied as source)
    decoder: null,
    strictDecoder: null,  // throws on bytes that are not UTF-8

    // `text` as a NUL-terminated UTF-8 buffer the caller frees.
    cString: function(text) {
      var size = lengthBytesUTF8(text) + 1;
      var pointer = _malloc(size);
      stringToUTF8(text, pointer, size);
      return pointer;
    },

    // Passes each string to `callback` as a NUL-terminated UTF-8 pointer for the call's duration.
    withCStrings: function(strings, callback) {
      var pointers = strings.map(PlannerHeap.cString);
      try {
        return callback.apply(null, pointers);
      } finally {
        pointers.forEach(function(pointer) { _free(pointer); });
      }
    },

    // Passes bytes (a Uint8Array) to `callback(pointer, length)` for the call's duration.
    withBytes: function(bytes, callback) {
      var pointer = _malloc(Math.max(bytes.length, 1));
      HEAPU8.set(bytes, pointer);
      try {
        return callback(pointer, bytes.length);
      } finally {
        _free(pointer);
      }
    },

    // Passes a JavaScript string to `callback(pointer, bytes)` as UTF-8 for the call's duration.
    withUTF8: function(text, callback) {
      PlannerHeap.encoder = PlannerHeap.encoder || new TextEncoder();
      return PlannerHeap.withBytes(PlannerHeap.encoder.encode(text), callback);
    },

    // A copy of `length` bytes at `pointer`, safe to keep while the heap grows.
    copyOut: function(pointer, length) { return HEAPU8.slice(pointer, pointer + length); },

    // UTF-8 bytes at `pointer`, `bytes` long: exact, NUL bytes included (never NUL-terminated).
    // Bytes that are not UTF-8 become U+FFFD, as a browser decodes them.
    textAt: function(pointer, bytes) {
      if (bytes <= 0) return '';
      PlannerHeap.decoder = PlannerHeap.decoder || new TextDecoder('utf-8');
      return PlannerHeap.decoder.decode(HEAPU8.subarray(pointer, pointer + bytes));
    },

    // The same, or null when the bytes are not UTF-8.
    utf8At: function(pointer, bytes) {
      try {
        PlannerHeap.strictDecoder = PlannerHeap.strictDecoder || new TextDecoder('utf-8', {fatal: true});
        return bytes > 0 ? PlannerHeap.strictDecoder.decode(HEAPU8.subarray(pointer, pointer + bytes)) : '';
      } catch (notUtf8) {
        return null;
      }
    },

    // Hands `text` to C++ as a malloc'd UTF-8 buffer the caller frees: *textOut gets the pointer,
    // *bytesOut its length in bytes (TextEncoder's, not the string's UTF-16 length).
    giveText: function(text, textOut, bytesOut) {
      // Encoded straight into the heap, with no copy in between (stored plans are read whole on
      // every save): a UTF-16 unit takes at most 3 bytes of UTF-8.
      var capacity = text.length * 3;
      var pointer = _malloc(capacity + 1);
      PlannerHeap.encoder = PlannerHeap.encoder || new TextEncoder();
      // After malloc: a grown memory has a new HEAPU8.
      var written = PlannerHeap.encoder.encodeInto(text, HEAPU8.subarray(pointer, pointer + capacity)).written;
      HEAPU8[pointer + written] = 0;
      HEAP32[textOut >> 2] = pointer;
      HEAP32[bytesOut >> 2] = written;
    },
  },
});
