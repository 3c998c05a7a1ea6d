// `make bench`'s size table: where the bytes of the download are. For every file of the app, its
// size and gzip size (as scripts/serve.mjs sends it) and whether the first frame waits for it; then,
// for each WebAssembly module, its sections, its code by source file (or library) and its data by
// what it is (the fonts, the programme, the demo plan, shaders, the code's own constants).
//
// Function names come from the symbol maps scripts/split-program.mjs writes beside its copies of
// the modules (build/web/split/*.symbols); a function's source file from the objects that define
// it (llvm-nm over the web build's objects). gzip shares of a section's parts are estimates: each
// part is compressed alone and the section's real gzip size shared out in proportion.
//
//   node tests/bench/download-sizes.mjs [--app build/web/app] [--split build/web/split]
//        [--objects build/web] [--data data] [--assets build/web/generated/assets] [--json FILE]
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

import {dataSegments, functionBodies, sections} from '../../scripts/wasm-sections.mjs';

// The targets whose objects make up the app (CMakeLists.txt, cmake/AppFront.cmake, WebApp.cmake).
const APP_TARGETS = ['planner_app_lib', 'planner_web_objects', 'planner_core', 'planner_core_data', 'planner_app_assets', 'imgui'];
// Files the first frame does not wait for: the second module, the worker and what the browser asks
// for on its own (the manifest and the install icon).
const AFTER_FIRST_FRAME = new Set(['planner.deferred.wasm', 'sw.js', 'manifest.webmanifest', 'icon-maskable.svg']);
const TOP_FILES = 12;

const gzipBytes = (bytes) => gzipSync(bytes, {level: 9}).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

function walk(dir, keep, out = []) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, keep, out);
    else if (keep(path)) out.push(path);
  }
  return out;
}

// Symbol names in binaryen's maps escape characters outside [A-Za-z0-9_] as \hh.
const unescapeSymbol = (name) => name.replace(/\\([0-9a-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));

function readSymbolMap(file) {
  const names = new Map();
  if (!existsSync(file)) return names;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) names.set(Number(line.slice(0, colon)), unescapeSymbol(line.slice(colon + 1)));
  }
  return names;
}

// function name → the source file defining it, from the app's objects ('' when several define it:
// inline functions and templates).
function definingFiles(objectsDir) {
  const files = new Map();
  const root = join(objectsDir, 'CMakeFiles');
  if (!existsSync(root)) return files;
  for (const target of APP_TARGETS) {
    const dir = join(root, `${target}.dir`);
    if (!existsSync(dir)) continue;
    for (const object of walk(dir, (path) => path.endsWith('.o'))) {
      const source = sourceName(relative(dir, object).replace(/\.o$/, ''), target);
      const listing = execFileSync('llvm-nm', ['-C', '--defined-only', object], {encoding: 'utf8', maxBuffer: 64 << 20});
      for (const line of listing.split('\n')) {
        const match = /^[0-9a-f]+ [TtWw] (.*)$/.exec(line);
        if (!match) continue;
        const previous = files.get(match[1]);
        files.set(match[1], previous === undefined || previous === source ? source : '');
      }
    }
  }
  return files;
}

function sourceName(objectPath, target) {
  if (target === 'imgui') return `Dear ImGui: ${objectPath.split('/').pop()}`;
  const generated = objectPath.indexOf('generated/');
  if (generated >= 0) return `embedded data: ${objectPath.slice(generated + 'generated/'.length).split('/')[0]}`;
  return objectPath;
}

// Where a function's code comes from: its source file, or the library it belongs to.
function origin(name, files) {
  const file = files.get(name);
  if (file) return file;
  const scope = name.replace(/^(void|bool|int|char|unsigned|float|double|auto|long) /, '');
  if (/nlohmann::/.test(scope.split('(')[0])) return 'nlohmann/json (templates)';
  if (/^(std::|__cxxabiv1|__cxa_|operator new|operator delete)/.test(scope)) return 'C++ library (libc++, libc++abi)';
  if (file === '') {
    if (/^(ImGui|Im[A-Z]|stb)/.test(scope)) return 'Dear ImGui (inline, several files)';
    return 'inline or templates of several files';
  }
  if (/^(dl|malloc|free|realloc|calloc|sbrk|emscripten_builtin_)/.test(scope)) return 'malloc (dlmalloc)';
  return 'C library and runtime (musl, compiler-rt)';
}

// The embedded files (cmake/Embed.cmake) and where their bytes sit in the module's memory image.
function embeddedFiles(dataDir, assetsDir) {
  const out = [];
  const add = (dir, kind) => {
    if (!existsSync(dir)) return;
    for (const path of walk(dir, () => true)) out.push({name: relative(dir, path), kind: kind(relative(dir, path)), bytes: readFileSync(path)});
  };
  add(dataDir, (name) => (name.startsWith('schema/') ? 'plan and programme schemas'
                          : name.startsWith('samples/') ? 'demo plan'
                          : name.startsWith('holidays/') ? 'bank holiday changes' : 'programme data'));
  add(assetsDir, (name) => (name.startsWith('fonts/') ? 'fonts' : 'shaders'));
  return out;
}

function dataParts(module, embedded) {
  const segments = dataSegments(module).filter((s) => s.address !== null);
  if (segments.length === 0) return [];
  const end = Math.max(...segments.map((s) => s.address + s.bytes.length));
  const image = Buffer.alloc(end);
  const present = Buffer.alloc(end);
  for (const s of segments) {
    image.set(s.bytes, s.address);
    present.fill(1, s.address, s.address + s.bytes.length);
  }
  const claimed = Buffer.alloc(end);
  const parts = new Map();
  const take = (kind, from, to) => {
    const part = parts.get(kind) || {name: kind, raw: 0, chunks: []};
    for (let at = from; at < to; ++at) {
      if (!present[at] || claimed[at]) continue;
      claimed[at] = 1;
      part.raw += 1;
    }
    part.chunks.push(image.subarray(from, to));
    parts.set(kind, part);
  };
  for (const file of embedded) {
    const at = image.indexOf(file.bytes);
    if (at >= 0) take(file.kind, at, at + file.bytes.length);
  }
  const rest = {name: 'constants and strings of the code', raw: 0, chunks: []};
  for (const s of segments) {
    for (let at = s.address; at < s.address + s.bytes.length; ++at) if (!claimed[at]) rest.raw += 1;
    rest.chunks.push(s.bytes);
  }
  return [...parts.values(), rest].filter((p) => p.raw > 0);
}

// Shares a section's real gzip size out among its parts by each part's gzip size alone.
function withGzipShares(parts, sectionGzip) {
  const alone = parts.map((p) => gzipBytes(Buffer.concat(p.chunks)));
  const total = alone.reduce((a, b) => a + b, 0) || 1;
  return parts.map((p, i) => ({name: p.name, raw: p.raw, gzip: Math.round((alone[i] / total) * sectionGzip)}));
}

function codeParts(module, names, files) {
  const code = sections(module).find((s) => s.id === 10);
  if (!code) return [];
  const parts = new Map();
  // The bodies in order, to cut the section's bytes per function for the gzip estimate.
  const bodies = functionBodies(module);
  const reader = {offset: code.body};
  // Skip the count, then walk body by body (each prefixed by its LEB128 size).
  const skipLeb = () => { while (module[reader.offset++] & 0x80) { /* continuation */ } };
  skipLeb();
  const imported = (names.size || bodies.length) - bodies.length;
  bodies.forEach((body, i) => {
    const sizeStart = reader.offset;
    skipLeb();
    const start = reader.offset;
    reader.offset = start + body.bytes;
    const name = names.get(imported + i) || body.name;
    const where = origin(name, files);
    const part = parts.get(where) || {name: where, raw: 0, chunks: []};
    part.raw += reader.offset - sizeStart;
    part.chunks.push(module.subarray(start, reader.offset));
    parts.set(where, part);
  });
  return [...parts.values()];
}

function moduleTable(name, module, names, files, embedded) {
  const all = sections(module);
  const rows = [];
  for (const section of all) {
    const bytes = module.subarray(section.start, section.end);
    const gzip = gzipBytes(bytes);
    if (section.id === 10) {
      const parts = withGzipShares(codeParts(module, names, files), gzip).sort((a, b) => b.gzip - a.gzip);
      const shown = parts.slice(0, TOP_FILES);
      const others = parts.slice(TOP_FILES);
      rows.push({part: 'code', raw: bytes.length, gzip});
      for (const p of shown) rows.push({part: `  ${p.name}`, raw: p.raw, gzip: p.gzip});
      if (others.length > 0) {
        rows.push({part: `  ${others.length} more source files and libraries`, raw: others.reduce((a, p) => a + p.raw, 0),
                   gzip: others.reduce((a, p) => a + p.gzip, 0)});
      }
    } else if (section.id === 11) {
      rows.push({part: 'data', raw: bytes.length, gzip});
      for (const p of withGzipShares(dataParts(module, embedded), gzip).sort((a, b) => b.gzip - a.gzip)) {
        rows.push({part: `  ${p.name}`, raw: p.raw, gzip: p.gzip});
      }
    } else {
      rows.push({part: section.kind + (section.name ? ` "${section.name}"` : ''), raw: bytes.length, gzip, small: true});
    }
  }
  // The small sections (types, imports, exports, the table, ...) in one line.
  const small = rows.filter((r) => r.small);
  const table = rows.filter((r) => !r.small);
  if (small.length > 0) {
    table.push({part: `other sections (${small.map((r) => r.part).join(', ')})`, raw: small.reduce((a, r) => a + r.raw, 0),
                gzip: small.reduce((a, r) => a + r.gzip, 0)});
  }
  return {module: name, rows: table};
}

export function downloadSizes({app = 'build/web/app', split = 'build/web/split', objects = 'build/web', data = 'data',
                               assets = 'build/web/generated/assets'} = {}) {
  // What the first frame waits for first, the biggest first.
  const files = readdirSync(app).filter((name) => statSync(join(app, name)).isFile()).map((name) => {
    const bytes = readFileSync(join(app, name));
    return {file: name, raw: bytes.length, gzip: gzipBytes(bytes), firstFrame: !AFTER_FIRST_FRAME.has(name)};
  }).sort((a, b) => (b.firstFrame - a.firstFrame) || (b.gzip - a.gzip));
  const defining = definingFiles(objects);
  const embedded = embeddedFiles(data, assets);
  const modules = files.filter((f) => f.file.endsWith('.wasm')).map((f) => {
    const module = readFileSync(join(app, f.file));
    return moduleTable(f.file, module, readSymbolMap(join(split, `${f.file}.symbols`)), defining, embedded);
  });
  return {files, modules};
}

export function printDownloadSizes({files, modules}) {
  const lines = [];
  const table = (header, rows) => {
    const width = Math.max(header[0].length, ...rows.map((r) => r[0].length));
    lines.push(`${header[0].padEnd(width)}  ${header.slice(1).map((h) => h.padStart(9)).join('  ')}`);
    for (const row of rows) lines.push(`${row[0].padEnd(width)}  ${row.slice(1).map((c) => c.padStart(9)).join('  ')}`);
    lines.push('');
  };
  const firstFrame = files.filter((f) => f.firstFrame);
  table(['Download, by file', 'raw', 'gzip', 'when'], [
    ...files.map((f) => [f.file, kb(f.raw), kb(f.gzip), f.firstFrame ? 'first frame' : 'after']),
    ['before the first frame (the page, scripts, styles, icon, program)', kb(firstFrame.reduce((a, f) => a + f.raw, 0)),
     kb(firstFrame.reduce((a, f) => a + f.gzip, 0)), ''],
  ]);
  for (const {module, rows} of modules) {
    table([`${module}, by section (code by source file, data by what it is)`, 'raw', '≈ gzip'],
          rows.map((r) => [r.part, kb(r.raw), kb(r.gzip)]));
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = {};
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i += 2) options[args[i].replace(/^--/, '')] = args[i + 1];
  const sizes = downloadSizes(options);
  if (options.json) writeFileSync(options.json, JSON.stringify(sizes, null, 2));
  console.log(printDownloadSizes(sizes));
}
