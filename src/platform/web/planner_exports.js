// planner_exports.js: the browser half of exports and share links (linked with emcc --js-library;
// the C++ half is web_exports.cpp).
//
// Implements: downloads (a Blob URL on an <a download>, the way a browser saves a file a page
// made), the printable report in a new tab, the page's address, taking a handled share link out
// of the address bar (history.replaceState, so a reload does not offer it again), gzip with
// CompressionStream and gunzip with DecompressionStream (reading no more than the caller's limit,
// so a hostile link cannot unpack to gigabytes), and window.planner.shareLink().
//
// Does not: decide what a link means (the core does), or send anything anywhere: share links
// carry their data in the fragment, which browsers never send to a server.
//
// Bytes cross as (pointer, length) and are copied out of the wasm heap at once (planner_heap.js):
// the heap may grow (and move) while a stream is running.

mergeInto(LibraryManager.library, {
  $PlannerExports__deps: ['$PlannerHeap'],
  $PlannerExports: {
    pendingShares: [],  // window.planner.shareLink() calls waiting for their link, oldest first

    // Reads a stream to its end into one array, or stops as soon as it holds more than `limit`
    // bytes (the caller then sees more than it allows, and says so).
    readAll: async function(stream, limit) {
      var reader = stream.getReader();
      var chunks = [];
      var total = 0;
      for (;;) {
        var step = await reader.read();
        if (step.done) break;
        total += step.value.length;
        chunks.push(step.value);
        if (total > limit) {
          reader.cancel();
          break;
        }
      }
      var out = new Uint8Array(total);
      var at = 0;
      chunks.forEach(function(chunk) { out.set(chunk, at); at += chunk.length; });
      return out;
    },

    // The share link in the address the page was opened with, if any.
    reportOpeningLink: function() {
      if (!/^#(plan|review)=/.test(location.hash)) return;
      PlannerHeap.withCStrings([location.href], function(address) { _planner_link_opened(address); });
    },

    // window.planner.shareLink({review}): the link the UI would give, as a full URL (a promise,
    // since compressing is asynchronous). Rejects with the reason the UI would show.
    shareLink: function(options) {
      return new Promise(function(resolve, reject) {
        PlannerExports.pendingShares.push({resolve: resolve, reject: reject});
        _planner_share_asked(options && options.review ? 1 : 0);
      });
    },
  },

  planner_js_exports_init__deps: ['$PlannerExports'],
  planner_js_exports_init: function() {
    PlannerExports.reportOpeningLink();
    // A link pasted into the address bar of the open app changes only the fragment: no reload.
    window.addEventListener('hashchange', PlannerExports.reportOpeningLink);
  },

  planner_js_download__deps: ['$PlannerHeap'],
  planner_js_download: function(name, mime, data, length) {
    var blob = new Blob([PlannerHeap.copyOut(data, length)], {type: UTF8ToString(mime)});
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(name);
    link.rel = 'noopener';
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    // The download has started by now; the URL only has to outlive the browser's read of it.
    setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
  },

  planner_js_open_document__deps: ['$PlannerHeap'],
  planner_js_open_document: function(html, length) {
    var blob = new Blob([PlannerHeap.copyOut(html, length)], {type: 'text/html;charset=utf-8'});
    var url = URL.createObjectURL(blob);
    window.open(url, '_blank', 'noopener');
    setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
  },

  planner_js_page_url__deps: ['$PlannerHeap'],
  planner_js_page_url: function() { return PlannerHeap.cString(location.href); },

  planner_js_forget_link: function() {
    if (/^#(plan|review)=/.test(location.hash)) history.replaceState(null, '', location.pathname + location.search);
  },

  planner_js_gzip__deps: ['$PlannerExports', '$PlannerHeap'],
  planner_js_gzip: function(kind, data, length) {
    var bytes = PlannerHeap.copyOut(data, length);
    var stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
    PlannerExports.readAll(stream, Infinity).then(function(out) {
      PlannerHeap.withBytes(out, function(pointer, size) { _planner_compressed(kind, pointer, size); });
    }, function(error) {
      PlannerHeap.withCStrings([String(error && error.message || error)], function(why) { _planner_compress_failed(kind, why); });
    });
  },

  planner_js_gunzip__deps: ['$PlannerExports', '$PlannerHeap'],
  planner_js_gunzip: function(data, length, limit) {
    var bytes = PlannerHeap.copyOut(data, length);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    // One byte over the limit is enough to know the text is too large.
    PlannerExports.readAll(stream, limit + 1).then(function(out) {
      PlannerHeap.withBytes(out, function(pointer, size) { _planner_decompressed(pointer, size); });
    }, function(error) {
      PlannerHeap.withCStrings([String(error && error.message || error)], function(why) { _planner_decompress_failed(why); });
    });
  },

  planner_js_share_answer__deps: ['$PlannerExports'],
  planner_js_share_answer: function(ok, text) {
    var waiting = PlannerExports.pendingShares.shift();
    if (!waiting) return;
    var message = UTF8ToString(text);
    if (ok) waiting.resolve(message); else waiting.reject(new Error(message));
  },
});
