// offline.js: makes the planner work offline after the first visit (the service worker, sw.js)
// and, when a new version has been deployed, offers to reload into it. Nothing reloads by itself:
// the user chooses when, and the plan is saved before the page goes (on pagehide).
(function () {
  'use strict';

  // Service workers need http(s): from file:// (the one-file planner) there is nothing to do.
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;

  var prompt = document.getElementById('update-ready');
  var reloading = false;

  function offerUpdate(worker) {
    prompt.hidden = false;
    document.getElementById('update-reload').onclick = function () {
      document.getElementById('update-reload').disabled = true;
      worker.postMessage('take-over');
    };
  }

  function watch(registration) {
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
    registration.addEventListener('updatefound', function () {
      var installing = registration.installing;
      installing.addEventListener('statechange', function () {
        // "installed" with a page already controlled means a newer version is waiting; on the first
        // visit there is no controller and the worker simply takes charge.
        if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(installing);
      });
    });
  }

  document.getElementById('update-later').addEventListener('click', function () { prompt.hidden = true; });
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (reloading || prompt.hidden) return;  // the first visit's worker claiming the page: no reload
    reloading = true;
    location.reload();
  });

  // After the first frame, so installing the cache never slows the start.
  function register() {
    navigator.serviceWorker.register('sw.js').then(watch, function (error) {
      console.info('Working offline is not available in this browser: ' + error.message);
    });
  }
  if (document.body.classList.contains('ready')) register();
  else new MutationObserver(function (changes, observer) {
    if (!document.body.classList.contains('ready')) return;
    observer.disconnect();
    register();
  }).observe(document.body, {attributes: true, attributeFilter: ['class']});
})();
