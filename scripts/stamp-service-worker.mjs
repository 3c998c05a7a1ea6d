#!/usr/bin/env node
// Writes the service worker beside the built app: src/platform/web/service_worker.js with the
// app's file list and a version that is a hash of all their contents, so every build that changes
// any file is a new version the browser offers to update to (and an unchanged build is not).
//
//   node scripts/stamp-service-worker.mjs --app build/web/app [--template src/platform/web/service_worker.js]
import {createHash} from 'node:crypto';
import {readdir, readFile, writeFile} from 'node:fs/promises';
import {join, relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

const WORKER = 'sw.js';

async function listFiles(dir) {
  const files = [];
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...await listFiles(path));
    else files.push(path);
  }
  return files;
}

export async function stampServiceWorker({app = 'build/web/app', template = 'src/platform/web/service_worker.js'} = {}) {
  const paths = (await listFiles(app)).filter((path) => relative(app, path) !== WORKER).sort();
  const hash = createHash('sha256');
  const files = ['./'];
  for (const path of paths) {
    const name = relative(app, path).split(sep).join('/');
    hash.update(name).update('\0').update(await readFile(path)).update('\0');
    files.push(`./${name}`);
  }
  const version = hash.digest('hex').slice(0, 16);
  const source = (await readFile(template, 'utf8'))
    .replace("'__PLANNER_VERSION__'", JSON.stringify(version))
    .replace('__PLANNER_FILES__', JSON.stringify(files));
  await writeFile(join(app, WORKER), source);
  return {version, files};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = {};
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i += 2) {
    const key = {'--app': 'app', '--template': 'template'}[args[i]];
    if (!key) {
      console.error(`unknown option ${args[i]}\nusage: node scripts/stamp-service-worker.mjs --app DIR [--template FILE]`);
      process.exit(2);
    }
    options[key] = args[i + 1];
  }
  const {version, files} = await stampServiceWorker(options);
  console.log(`service worker ${version}: ${files.length} files`);
}
