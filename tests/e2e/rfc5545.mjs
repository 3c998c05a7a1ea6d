// Strict RFC 5545 checks of an iCalendar file, for the browser tests and the CLI tests. The
// common parsers (ical.js, node-ical, python icalendar) accept bare LF, over-long lines, broken
// escapes and missing UID/DTSTAMP, so we read the file the way the RFC says instead:
//   - every physical line ends with CRLF, is at most 75 octets, and is whole UTF-8 (a fold never
//     splits a character); no control characters but HTAB;
//   - unfolded, every content line is NAME[;PARAMS]:VALUE; BEGIN/END nest and match;
//   - a VCALENDAR has one VERSION:2.0 and one PRODID; each VEVENT one UID (unique in the file),
//     one DTSTAMP in UTC, one DTSTART and DTEND of the same type with DTEND after DTSTART, one
//     SUMMARY; TEXT values use only the escapes \\ \; \, \n; each VALARM has ACTION, TRIGGER and
//     DESCRIPTION.
// parseIcs returns {errors, calendars}; each component is {name, props: [{name, params, value}],
// children}, values still escaped (unescapeText reads them).

export function unescapeText(value) {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== '\\') { out += value[i]; continue; }
    const next = value[++i];
    if (next === '\\' || next === ';' || next === ',') out += next;
    else if (next === 'n' || next === 'N') out += '\n';
    else throw new Error(`undefined escape \\${next ?? ''}`);
  }
  return out;
}

export function parseIcs(bytes) {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8');
  const errors = [];
  const logical = [];
  let at = 0;
  let lineNumber = 0;
  while (at < buffer.length) {
    lineNumber++;
    const crlf = buffer.indexOf('\r\n', at, 'latin1');
    if (crlf < 0) { errors.push(`line ${lineNumber} does not end with CRLF`); break; }
    const physical = buffer.subarray(at, crlf);
    at = crlf + 2;
    if (physical.length > 75) errors.push(`line ${lineNumber} is ${physical.length} octets long`);
    let text;
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(physical); } catch {
      errors.push(`line ${lineNumber} is not whole UTF-8 (a fold split a character?)`);
      text = physical.toString('utf8');
    }
    if (/[\x00-\x08\x0a-\x1f\x7f]/.test(text)) errors.push(`line ${lineNumber} holds a control character`);
    if (text.startsWith(' ') || text.startsWith('\t')) {
      if (logical.length === 0) errors.push(`line ${lineNumber} continues nothing`);
      else logical[logical.length - 1] += text.slice(1);
    } else {
      logical.push(text);
    }
  }
  const calendars = [];
  const stack = [];
  for (const line of logical) {
    let colon = -1;
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '"') quoted = !quoted;
      if (line[i] === ':' && !quoted) { colon = i; break; }
    }
    if (colon < 0) { errors.push(`no ':' in "${line}"`); continue; }
    const head = line.slice(0, colon);
    const semicolon = head.indexOf(';');
    const prop = {
      name: semicolon < 0 ? head : head.slice(0, semicolon),
      params: semicolon < 0 ? '' : head.slice(semicolon),
      value: line.slice(colon + 1),
    };
    if (!/^[A-Z0-9-]+$/.test(prop.name)) errors.push(`bad property name "${prop.name}"`);
    if (prop.name === 'BEGIN') {
      stack.push({ name: prop.value, props: [], children: [] });
    } else if (prop.name === 'END') {
      const open = stack.pop();
      if (!open || open.name !== prop.value) { errors.push(`END:${prop.value} does not close ${open?.name ?? 'anything'}`); continue; }
      if (stack.length === 0) calendars.push(open); else stack[stack.length - 1].children.push(open);
    } else if (stack.length === 0) {
      errors.push(`${prop.name} outside any component`);
    } else {
      stack[stack.length - 1].props.push(prop);
    }
  }
  if (stack.length) errors.push(`${stack[stack.length - 1].name} is never closed`);
  if (calendars.length !== 1) errors.push(`${calendars.length} calendars in the file`);
  for (const calendar of calendars) errors.push(...checkCalendar(calendar));
  return { errors, calendars };
}

const all = (component, name) => component.props.filter((p) => p.name === name);
export const prop = (component, name) => all(component, name)[0];
export const text = (component, name) => { const p = prop(component, name); return p && unescapeText(p.value); };

function checkCalendar(calendar) {
  const errors = [];
  if (calendar.name !== 'VCALENDAR') errors.push(`top level is ${calendar.name}`);
  if (all(calendar, 'VERSION').length !== 1 || prop(calendar, 'VERSION').value !== '2.0') errors.push('VERSION is not one 2.0');
  if (all(calendar, 'PRODID').length !== 1) errors.push('VCALENDAR needs one PRODID');
  const uids = new Set();
  for (const event of calendar.children.filter((c) => c.name === 'VEVENT')) {
    const who = prop(event, 'UID')?.value ?? 'a VEVENT';
    for (const once of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) {
      if (all(event, once).length !== 1) errors.push(`${who} needs exactly one ${once}`);
    }
    if (uids.has(who)) errors.push(`UID ${who} is used twice`);
    uids.add(who);
    if (!/^\d{8}T\d{6}Z$/.test(prop(event, 'DTSTAMP')?.value ?? '')) errors.push(`${who}: DTSTAMP is not UTC`);
    const start = prop(event, 'DTSTART');
    const end = prop(event, 'DTEND');
    if (start && end) {
      if (start.params !== end.params) errors.push(`${who}: DTSTART and DTEND differ in type`);
      const shape = start.params === ';VALUE=DATE' ? /^\d{8}$/ : /^\d{8}T\d{6}$/;
      if (!shape.test(start.value) || !shape.test(end.value)) errors.push(`${who}: malformed dates`);
      if (!(start.value < end.value)) errors.push(`${who}: DTEND is not after DTSTART`);
    }
    for (const p of event.props) {
      if (['SUMMARY', 'DESCRIPTION', 'LOCATION'].includes(p.name)) {
        try { unescapeText(p.value); } catch (e) { errors.push(`${who} ${p.name}: ${e.message}`); }
      }
    }
    for (const alarm of event.children.filter((c) => c.name === 'VALARM')) {
      for (const once of ['ACTION', 'TRIGGER', 'DESCRIPTION']) {
        if (all(alarm, once).length !== 1) errors.push(`${who}: VALARM needs one ${once}`);
      }
    }
  }
  return errors;
}
