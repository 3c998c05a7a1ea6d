// The RFC 5545 checks of an iCalendar file for the browser and CLI tests: the project's one
// checker (tests/unit/rfc5545_checks.hpp, which the unit tests include), run as the native command
// rfc5545-check (tests/tools/rfc5545_check.cpp). The native build makes it (cmake --build --preset
// native; make test builds it before the browser stage); RFC5545_CHECK names another build of it.
// parseIcs(bytes) returns {errors, calendars}; each component is {name, props: [{name, params,
// value, text}], children}, with value as written and text read as TEXT.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {fileURLToPath} from 'node:url';

const checker = process.env.RFC5545_CHECK || fileURLToPath(new URL('../../build/native/rfc5545-check', import.meta.url));

export function parseIcs(bytes) {
  if (!fs.existsSync(checker)) {
    throw new Error(`${checker} is missing: build it with cmake --build --preset native --target rfc5545-check`);
  }
  const run = spawnSync(checker, ['-'], {input: bytes, maxBuffer: 64 * 1024 * 1024});
  if (run.status !== 0 && run.status !== 1) throw new Error(`rfc5545-check failed: ${run.error ?? run.stderr}`);
  return JSON.parse(run.stdout.toString('utf8'));
}

export const prop = (component, name) => component.props.find((p) => p.name === name);
export const text = (component, name) => prop(component, name)?.text;
