// Reads a WebAssembly binary's parts, for the program split (split-program.mjs) and `make bench`'s
// size table (tests/bench/download-sizes.mjs): its sections, the function bodies with their names
// (from the "name" section, when the binary has one) and the data segments with their addresses.
// Only what those two need: no validation beyond the section layout.

const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start',
                       'element', 'code', 'data', 'data count', 'tag'];

class Reader {
  constructor(bytes, at = 0) {
    this.bytes = bytes;
    this.at = at;
  }
  byte() { return this.bytes[this.at++]; }
  // Unsigned LEB128; sizes and indices here stay far below 2^32.
  u32() {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = this.byte();
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  }
  // Signed LEB128, for i32.const offsets.
  s32() {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = this.byte();
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return shift < 32 && (byte & 0x40) ? value | (-1 << shift) : value;
  }
  name() {
    const length = this.u32();
    const text = Buffer.from(this.bytes.subarray(this.at, this.at + length)).toString('utf8');
    this.at += length;
    return text;
  }
  skipLimits() {
    const flags = this.u32();
    this.u32();
    if (flags & 1) this.u32();
  }
}

// [{id, kind, name (custom sections), start, end (the whole section), body (where its contents start)}]
export function sections(bytes) {
  const reader = new Reader(bytes, 8);
  const out = [];
  while (reader.at < bytes.length) {
    const start = reader.at;
    const id = reader.byte();
    const size = reader.u32();
    const body = reader.at;
    const section = {id, kind: SECTION_NAMES[id] || `section ${id}`, start, end: body + size, body};
    if (id === 0) section.name = new Reader(bytes, body).name();
    out.push(section);
    reader.at = body + size;
  }
  return out;
}

// The binary without its custom sections of this name (e.g. 'name': the function names).
export function withoutCustomSection(bytes, name) {
  const kept = sections(bytes).filter((s) => !(s.id === 0 && s.name === name));
  return Buffer.concat([bytes.subarray(0, 8), ...kept.map((s) => bytes.subarray(s.start, s.end))]);
}

function leb128(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

// The binary with a custom section appended (WebAssembly.Module.customSections reads it).
export function withCustomSection(bytes, name, payload) {
  const body = Buffer.concat([leb128(Buffer.byteLength(name)), Buffer.from(name), Buffer.from(payload)]);
  return Buffer.concat([bytes, Buffer.from([0]), leb128(body.length), body]);
}

function importedFunctionCount(bytes, section) {
  if (!section) return 0;
  const reader = new Reader(bytes, section.body);
  let functions = 0;
  for (let count = reader.u32(); count > 0; --count) {
    reader.name();
    reader.name();
    const kind = reader.byte();
    if (kind === 0) {
      reader.u32();
      functions += 1;
    } else if (kind === 1) {
      reader.byte();
      reader.skipLimits();
    } else if (kind === 2) {
      reader.skipLimits();
    } else if (kind === 3) {
      reader.byte();
      reader.byte();
    } else if (kind === 4) {
      reader.byte();
      reader.u32();
    }
  }
  return functions;
}

function functionNames(bytes, section) {
  const names = new Map();
  if (!section) return names;
  const reader = new Reader(bytes, section.body);
  reader.name();
  while (reader.at < section.end) {
    const subsection = reader.byte();
    const size = reader.u32();
    const end = reader.at + size;
    if (subsection === 1) {
      for (let count = reader.u32(); count > 0; --count) {
        const index = reader.u32();
        names.set(index, reader.name());
      }
    }
    reader.at = end;
  }
  return names;
}

// [{name, bytes}] for every function defined in the binary (its body's size in the code section);
// the name is the function's index when the binary has no names.
export function functionBodies(bytes) {
  const all = sections(bytes);
  const imported = importedFunctionCount(bytes, all.find((s) => s.id === 2));
  const names = functionNames(bytes, all.find((s) => s.id === 0 && s.name === 'name'));
  const code = all.find((s) => s.id === 10);
  if (!code) return [];
  const reader = new Reader(bytes, code.body);
  const out = [];
  const count = reader.u32();
  for (let i = 0; i < count; ++i) {
    const size = reader.u32();
    const index = imported + i;
    out.push({name: names.get(index) || String(index), bytes: size});
    reader.at += size;
  }
  return out;
}

// [{address, bytes}] for every active data segment with a constant address.
export function dataSegments(bytes) {
  const data = sections(bytes).find((s) => s.id === 11);
  if (!data) return [];
  const reader = new Reader(bytes, data.body);
  const out = [];
  for (let count = reader.u32(); count > 0; --count) {
    const flags = reader.u32();
    let address = null;
    if (flags !== 1) {
      if (flags === 2) reader.u32();
      const opcode = reader.byte();
      const value = reader.s32();
      if (opcode === 0x41) address = value >>> 0;  // i32.const
      while (reader.byte() !== 0x0b) { /* to the end of the offset expression */ }
      if (opcode !== 0x41) address = null;
    }
    const size = reader.u32();
    out.push({address, bytes: bytes.subarray(reader.at, reader.at + size)});
    reader.at += size;
  }
  return out;
}
