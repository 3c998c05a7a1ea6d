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

  document.getElementById('problem-retry').addEventListener('click', function () { location.reload(); });

  if (typeof WebAssembly !== 'object' || typeof window.WebGL2RenderingContext !== 'function') {
    noWebGL2();
    return;
  }
  if (typeof window.createPlannerModule !== 'function') {
    showProblem('The planner did not load', 'Part of the planner could not be downloaded.', ADVICE.load);
    return;
  }

  // The one-file planner (scripts/bundle-offline.mjs) carries the program inline: nothing to fetch.
  var wasmBinary;
  if (typeof window.plannerWasmBase64 === 'string') {
    wasmBinary = Uint8Array.from(atob(window.plannerWasmBase64), function (c) { return c.charCodeAt(0); });
  }

  var started = false;
  var failed = false;
  window.createPlannerModule({
    wasmBinary: wasmBinary,
    onFirstFrame: function () {
      started = true;
      document.body.classList.add('ready');
    },
    onStartupFailure: function (reason) {
      failed = true;
      if (reason === 'webgl2') noWebGL2();
      else showProblem('The planner could not start', reason, ADVICE.crash);
    },
    onAbort: function () {
      if (started) showProblem('The planner stopped', 'Something went wrong inside the planner.', ADVICE.crash);
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
