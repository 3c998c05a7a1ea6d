// boot.js: starts the planner (planner.js, built by Emscripten) or explains, in plain words, why
// it cannot: no WebGL 2, the program files failed to download, or the program stopped.
(function () {
  'use strict';

  var ADVICE = {
    webgl: 'Use an up-to-date Chrome, Edge, Firefox or Safari. If you already do, hardware acceleration ' +
           'may be turned off: in Chrome or Edge, Settings → System → "Use graphics acceleration when ' +
           'available"; on a managed work laptop, IT can turn it on.',
    load: 'Check your connection and try again. If you are offline, open the planner once while online, ' +
          'or use the one-file version of the planner.',
    crash: 'Try again. If it happens again, export your plan from a working copy and tell your programme team.'
  };

  function showProblem(title, text, advice) {
    document.getElementById('problem-title').textContent = title;
    document.getElementById('problem-text').textContent = text;
    document.getElementById('problem-advice').textContent = advice;
    document.getElementById('problem').hidden = false;
    document.body.classList.add('failed');
  }

  function noWebGL2() {
    showProblem('This browser cannot show the planner',
                'Apprenticeship Planner draws with WebGL 2, which is turned off or not available here.', ADVICE.webgl);
  }

  // ---- the program: two WebAssembly modules ---------------------------------------------------
  // planner.wasm holds what the first frame of a first visit runs (scripts/split-program.mjs
  // records that in Chromium at build time); planner.deferred.wasm holds the rest and, once
  // instantiated, puts its functions into the first module's table in place of placeholders. The
  // rest is fetched once the first frame is drawn; a call that reaches a placeholder before then
  // fetches it on the spot, synchronously, and carries on. Only a first visit works that way:
  // every other visit loads both modules before the program starts (firstVisit). The one-file
  // planner carries both inline.
  function loadProgram(onLoadFailure) {
    var PRIMARY = 'planner.wasm';
    var REST = 'planner.deferred.wasm';
    var inline = typeof window.plannerWasmBase64 === 'string';
    var primary = null;     // the first module's exports
    var primaryBuild = '';  // the build it comes from (scripts/split-program.mjs)
    var rest = null;        // the compiled second module, once there
    var restLoaded = false;
    var restRequested = false;

    function decode(base64) {
      return Uint8Array.from(atob(base64), function (c) { return c.charCodeAt(0); });
    }

    function buildOf(module) {
      var sections = WebAssembly.Module.customSections(module, 'planner-build');
      return sections.length ? new TextDecoder().decode(sections[0]) : '';
    }

    // From here on every call goes straight to the second module's functions. Never the second
    // half of another build (one deployed between a first visit's two downloads).
    function instantiateRest(module) {
      if (restLoaded) return;
      if (buildOf(module) !== primaryBuild) {
        onLoadFailure('A new version of the planner was published while this one was loading.');
        throw new Error(REST + ': from another build');
      }
      new WebAssembly.Instance(module, {primary: primary});
      restLoaded = true;
    }

    function fetchRest() {
      if (inline) return WebAssembly.compile(decode(window.plannerDeferredWasmBase64));
      return fetch(REST, {credentials: 'same-origin'}).then(function (response) {
        if (!response.ok) throw new Error(REST + ': HTTP ' + response.status);
        return WebAssembly.compileStreaming ? WebAssembly.compileStreaming(response)
                                           : response.arrayBuffer().then(WebAssembly.compile);
      });
    }

    function loadRest() {
      if (restRequested) return Promise.resolve();
      restRequested = true;
      return fetchRest().then(function (module) {
        rest = module;
        instantiateRest(module);
      });
    }

    // A placeholder was called before the second module arrived: it is needed now.
    function loadRestNow() {
      if (rest) return instantiateRest(rest);
      var bytes;
      if (inline) {
        bytes = decode(window.plannerDeferredWasmBase64);
      } else {
        var request = new XMLHttpRequest();
        request.open('GET', REST, false);
        request.overrideMimeType('text/plain; charset=x-user-defined');  // bytes, synchronously
        request.send();
        if (request.status !== 200) {
          onLoadFailure('Part of the planner could not be downloaded.');
          throw new Error(REST + ': HTTP ' + request.status);
        }
        var text = request.responseText;
        bytes = new Uint8Array(text.length);
        for (var i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i) & 0xff;
      }
      rest = new WebAssembly.Module(bytes);
      instantiateRest(rest);
    }

    function tableOf(exports) {
      for (var name in exports) if (exports[name] instanceof WebAssembly.Table) return exports[name];
      return null;
    }

    // A first visit starts on the first-run screen, online. Anything else loads both modules
    // first: a page a service worker serves (an earlier visit; possibly offline, and the browser
    // does not pass a synchronous request to the worker), a stored plan, a link, the demo.
    function firstVisit() {
      if (location.search || location.hash) return false;
      if (navigator.serviceWorker && navigator.serviceWorker.controller) return false;
      try {
        return window.localStorage.length === 0;
      } catch (e) {
        return false;
      }
    }

    function instantiate(imports, receiveInstance) {
      var table = null;
      imports.placeholder = new Proxy({}, {
        get: function (target, slot) {
          return function () {
            if (!restLoaded) loadRestNow();
            return table.get(Number(slot)).apply(null, arguments);
          };
        }
      });
      var instantiated = inline
        ? WebAssembly.instantiate(decode(window.plannerWasmBase64), imports)
        : WebAssembly.instantiateStreaming
          ? WebAssembly.instantiateStreaming(fetch(PRIMARY, {credentials: 'same-origin'}), imports)
          : fetch(PRIMARY, {credentials: 'same-origin'}).then(function (response) { return response.arrayBuffer(); })
              .then(function (bytes) { return WebAssembly.instantiate(bytes, imports); });
      var instance;
      instantiated.then(function (result) {
        instance = result.instance;
        primary = instance.exports;
        primaryBuild = buildOf(result.module);
        table = tableOf(primary);
        return firstVisit() ? null : loadRest();
      }).then(function () {
        receiveInstance(instance);  // runs main(): its own failures are not download failures
      }, function () {
        onLoadFailure('Part of the planner could not be downloaded.');
      });
      return {};  // the exports arrive asynchronously
    }

    return {instantiate: instantiate, loadRest: function () { loadRest().catch(function () {}); }};
  }

  document.getElementById('problem-retry').addEventListener('click', function () { location.reload(); });

  if (typeof WebAssembly !== 'object' || typeof window.WebGL2RenderingContext !== 'function') {
    noWebGL2();
    return;
  }
  if (typeof window.createPlannerModule !== 'function') {
    showProblem('The planner did not load', 'Part of the planner could not be downloaded.', ADVICE.load);
    return;
  }

  var started = false;
  var failed = false;
  var program = loadProgram(function (text) {
    if (failed) return;  // the first reason stands
    failed = true;
    showProblem('The planner did not load', text, ADVICE.load);
  });
  window.createPlannerModule({
    instantiateWasm: program.instantiate,
    onFirstFrame: function () {
      started = true;
      document.body.classList.add('ready');
      program.loadRest();
    },
    onStartupFailure: function (reason) {
      failed = true;
      if (reason === 'webgl2') noWebGL2();
      else showProblem('The planner could not start', reason, ADVICE.crash);
    },
    onAbort: function () {
      if (started && !failed) showProblem('The planner stopped', 'Something went wrong inside the planner.', ADVICE.crash);
    },
    print: function () {},
    printErr: function (text) { console.warn(text); }
  }).catch(function () {
    if (!failed) showProblem('The planner did not load', 'The planner\'s program could not be downloaded or started.', ADVICE.load);
  });

  // Create the WebGL 2 context while the program downloads and compiles: on some machines that
  // takes as long as the download. The app later receives this same context (a canvas has one
  // context; getContext returns it again), with these attributes.
  // The drawing buffer gets its final size first: resizing it once it exists means a synchronous
  // wait on the GPU process (a tenth of a second under SwiftShader).
  var canvas = document.getElementById('planner-canvas');
  var box = canvas.getBoundingClientRect();
  var ratio = window.devicePixelRatio || 1;
  canvas.width = Math.max(1, Math.round(box.width * ratio));
  canvas.height = Math.max(1, Math.round(box.height * ratio));
  var gl = null;
  try {
    gl = canvas.getContext('webgl2', {
      alpha: false, depth: false, stencil: false, antialias: false, preserveDrawingBuffer: false
    });
  } catch (e) {
    gl = null;
  }
  if (!gl) noWebGL2();
})();
