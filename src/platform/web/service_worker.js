// The service worker: after one visit the planner starts with the network off. It keeps one
// versioned cache of the app's files (never itself: the browser fetches the worker afresh to find
// updates). scripts/stamp-service-worker.mjs writes the version (a hash of every file's content)
// and the file list into the copy beside the app, so any change to any file is a new version.
//
// A new version installs in the background and waits; the page offers "reload" (offline.js) and
// tells the waiting worker to take over, so a plan being edited is never reloaded under the user.
'use strict';

const VERSION = '__PLANNER_VERSION__';
const FILES = __PLANNER_FILES__;
const CACHE = `planner-${VERSION}`;
const PAGE = './';

self.addEventListener('install', (event) => {
  // 'reload': straight from the network, not from the HTTP cache, so the cache holds this version.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new Request(file, {cache: 'reload'})))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('planner-') && name !== CACHE) await caches.delete(name);
    }
    // The first visit's page is controlled at once, so it already works offline.
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
  if (event.data === 'version' && event.source) event.source.postMessage({version: VERSION});
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Any page of the app (index.html, "./", "./?demo") is the one page.
    const cached = request.mode === 'navigate' ? await cache.match(PAGE) : await cache.match(request, {ignoreSearch: true});
    return cached || fetch(request);
  })());
});
