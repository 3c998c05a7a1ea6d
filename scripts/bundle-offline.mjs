#!/usr/bin/env node
// Bundles the one-file planner: the page, its styles, the favicon, the boot script, the app's
// planner.js and its two modules, planner.wasm and planner.deferred.wasm (as base64, handed to the
// program by boot.js: nothing is fetched) in one HTML file that runs from file://, e.g. a USB stick at an induction session with
// no network. The program is the served app's, byte for byte: one link, one thing tested.
//
//   node scripts/bundle-offline.mjs [--app build/web/app] [--out dist/planner-offline.html]
//
// The page keeps a strict Content Security Policy: inline scripts and styles are allowed by their
// sha256 hashes only.
import {createHash} from 'node:crypto';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {dirname} from 'node:path';
import {fileURLToPath} from 'node:url';

function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// Text inside <script> or <style> must not close its element early.
function inlineSafe(text, tag) {
  return text.replace(new RegExp(`</${tag}`, 'gi'), `<\\/${tag}`);
}

function replaceOnce(html, pattern, replacement, what) {
  if (!pattern.test(html)) throw new Error(`bundle-offline: index.html has no ${what}`);
  return html.replace(pattern, () => replacement);
}

export async function bundleOffline({app = 'build/web/app', out = 'dist/planner-offline.html'} = {}) {
  const [html, style, boot, program, wasm, deferredWasm, favicon] = await Promise.all([
    readFile(`${app}/index.html`, 'utf8'),
    readFile(`${app}/style.css`, 'utf8'),
    readFile(`${app}/boot.js`, 'utf8'),
    readFile(`${app}/planner.js`, 'utf8'),
    readFile(`${app}/planner.wasm`),
    readFile(`${app}/planner.deferred.wasm`),
    readFile(`${app}/favicon.svg`, 'utf8'),
  ]);
  const styleText = inlineSafe(style, 'style');
  // boot.js reads both modules from these (base64 has no '<': nothing to escape).
  const wasmText = `window.plannerWasmBase64 = '${wasm.toString('base64')}';\n` +
                   `window.plannerDeferredWasmBase64 = '${deferredWasm.toString('base64')}';`;
  const programText = inlineSafe(program, 'script');
  const bootText = inlineSafe(boot, 'script');
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(wasmText)} ${sha256(programText)} ${sha256(bootText)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(styleText)}`,
    'img-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  let page = html;
  page = replaceOnce(page, /<meta http-equiv="Content-Security-Policy" content="[^"]*">/,
                     `<meta http-equiv="Content-Security-Policy" content="${policy}">`, 'CSP meta');
  page = replaceOnce(page, /<link rel="icon" href="favicon.svg" type="image\/svg\+xml">/,
                     `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(favicon)}" type="image/svg+xml">`,
                     'favicon link');
  page = replaceOnce(page, /<link rel="stylesheet" href="style.css">/, `<style>${styleText}</style>`, 'stylesheet link');
  page = replaceOnce(page, /\s*<script src="planner.js" defer><\/script>/, '', 'planner.js script');
  page = replaceOnce(page, /\s*<script src="boot.js" defer><\/script>/, '', 'boot.js script');
  // From file:// there is no service worker and nothing to install: no offline script, no manifest.
  page = replaceOnce(page, /\s*<script src="offline.js" defer><\/script>/, '', 'offline.js script');
  page = replaceOnce(page, /\s*<link rel="manifest" href="manifest.webmanifest">/, '', 'manifest link');
  // Nothing to fetch ahead either: the modules are inline.
  page = replaceOnce(page, /\s*<!--[^>]*-->\s*<link rel="preload" href="planner.wasm"[^>]*>/, '', 'preload link');
  page = replaceOnce(page, /\s*<aside id="update-ready"[\s\S]*?<\/aside>/, '', 'update prompt');
  // Inline scripts cannot be deferred: they go last, after the elements boot.js looks up.
  page = replaceOnce(page, /<\/body>/, `<script>${wasmText}</script>\n<script>${programText}</script>\n<script>${bootText}</script>\n</body>`, 'body end');

  await mkdir(dirname(out), {recursive: true});
  await writeFile(out, page);
  return {out, bytes: Buffer.byteLength(page)};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = {};
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i += 2) {
    const key = {'--app': 'app', '--out': 'out'}[args[i]];
    if (!key) {
      console.error(`unknown option ${args[i]}`);
      process.exit(2);
    }
    options[key] = args[i + 1];
  }
  const {out, bytes} = await bundleOffline(options);
  console.log(`${out}: ${(bytes / 1024).toFixed(0)} KiB`);
}
