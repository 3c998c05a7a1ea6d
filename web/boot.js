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

  document.getElementById('problem-retry').addEventListener('click', function () { location.reload(); });

  if (typeof WebAssembly !== 'object' || typeof window.WebGL2RenderingContext !== 'function') {
    showProblem('This browser cannot show the planner',
                'Apprenticeship Planner draws with WebGL 2 and runs as WebAssembly, and this browser offers neither.',
                ADVICE.webgl);
    return;
  }
  if (typeof window.createPlannerModule !== 'function') {
    showProblem('The planner did not load', 'Part of the planner could not be downloaded.', ADVICE.load);
    return;
  }

  var started = false;
  window.createPlannerModule({
    onFirstFrame: function () {
      started = true;
      document.body.classList.add('ready');
    },
    onStartupFailure: function (reason) {
      if (reason === 'webgl2') {
        showProblem('This browser cannot show the planner',
                    'The planner needs WebGL 2, which is turned off or not available on this device.', ADVICE.webgl);
      } else {
        showProblem('The planner could not start', reason, ADVICE.crash);
      }
    },
    onAbort: function () {
      if (started) showProblem('The planner stopped', 'Something went wrong inside the planner.', ADVICE.crash);
    },
    print: function () {},
    printErr: function (text) { console.warn(text); }
  }).catch(function () {
    showProblem('The planner did not load', 'The planner\'s program file could not be downloaded or started.', ADVICE.load);
  });
})();
