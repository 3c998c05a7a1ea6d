#!/usr/bin/env node
// A small static file server for the built app (no dependencies): correct MIME types (wasm
// streaming compilation needs application/wasm), gzip when the browser accepts it, and no caching
// so a rebuilt app is always what is served. Used by `make serve`, the browser tests and the
// benchmark.
//
//   node scripts/serve.mjs [--root build/web/app] [--host 127.0.0.1] [--port 8080]
//
// Also importable: `const server = await startServer({root, port: 0})` → {url, close()}.
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.wasm', '.svg', '.txt']);

async function resolveFile(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return null;  // no escaping the root
  try {
    const info = await stat(full);
    if (info.isDirectory()) return resolveFile(root, join(path, 'index.html'));
    return full;
  } catch {
    return null;
  }
}

export async function startServer({root = 'build/web/app', host = '127.0.0.1', port = 8080} = {}) {
  const rootDir = resolve(root);
  const gzipCache = new Map();  // path → {mtimeMs, body}
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, {Allow: 'GET, HEAD'}).end();
      return;
    }
    const file = await resolveFile(rootDir, request.url || '/');
    if (!file) {
      response.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'}).end('Not found\n');
      return;
    }
    const extension = extname(file);
    let body = await readFile(file);
    const headers = {
      'Content-Type': MIME_TYPES[extension] || 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] || '')) {
      const {mtimeMs} = await stat(file);
      let cached = gzipCache.get(file);
      if (!cached || cached.mtimeMs !== mtimeMs) {
        cached = {mtimeMs, body: gzipSync(body, {level: 9})};
        gzipCache.set(file, cached);
      }
      body = cached.body;
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}/`,
    close: () => new Promise((done) => server.close(done)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = {};
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (flag === '--root') options.root = value;
    else if (flag === '--host') options.host = value;
    else if (flag === '--port') options.port = Number(value);
    else {
      console.error(`unknown option ${flag}\nusage: node scripts/serve.mjs [--root DIR] [--host HOST] [--port PORT]`);
      process.exit(2);
    }
  }
  try {
    const server = await startServer(options);
    console.log(`Apprenticeship Planner is served at ${server.url}  (Ctrl+C stops)`);
  } catch (error) {
    console.error(`Could not serve: ${error.message}`);
    process.exit(1);
  }
}
