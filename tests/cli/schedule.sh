#!/usr/bin/env bash
# schedule --json: the documented shape, every kind the auto-plan produces, and every module
# session and deadline where the programme's timetable (data/programmes/uob-msc-hcsl.json) puts
# it, or where the plan overrides it.
#   bash tests/cli/schedule.sh path/to/planner-cli
set -euo pipefail
CLI="$1"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1798794000

fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

"$CLI" autoplan --start 2027-01-04 --leave 2027-08-02:2027-08-13 -o "$TMP/p.json" 2>/dev/null
"$CLI" schedule "$TMP/p.json" --json >"$TMP/schedule.json"
"$CLI" schedule "$TMP/p.json" >"$TMP/schedule.txt"

node -e '
  const fs = require("fs");
  const [scheduleFile, planFile, programmeFile, textFile] = process.argv.slice(1);
  const out = JSON.parse(fs.readFileSync(scheduleFile, "utf8"));
  const plan = JSON.parse(fs.readFileSync(planFile, "utf8")).plan;
  const programme = JSON.parse(fs.readFileSync(programmeFile, "utf8"));
  const errors = [];
  const fail = (m) => errors.push(m);

  if (JSON.stringify(Object.keys(out)) !== "[\"events\"]") fail("top level is not {events}");
  const events = out.events;
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  const real = (d) => iso.test(d) && new Date(d + "T00:00:00Z").toISOString().slice(0, 10) === d;
  const ids = new Set();
  for (const e of events) {
    const keys = Object.keys(e);
    for (const k of keys) if (!["id", "kind", "title", "start", "end", "module", "days"].includes(k)) fail(`${e.id}: extra key ${k}`);
    for (const k of ["id", "kind", "title", "start", "end"]) if (typeof e[k] !== "string" || e[k] === "") fail(`${e.id}: ${k} missing`);
    if (!real(e.start) || !real(e.end)) fail(`${e.id}: dates ${e.start} ${e.end}`);
    if (e.end < e.start) fail(`${e.id}: ends before it starts`);
    if ("module" in e && !/^M[1-7]$/.test(e.module)) fail(`${e.id}: module ${e.module}`);
    if ("days" in e && !(e.days === 1 || e.days === 0.5)) fail(`${e.id}: days ${e.days}`);
    if (ids.has(e.id)) fail(`duplicate id ${e.id}`);
    ids.add(e.id);
  }
  for (let i = 1; i < events.length; i++) {
    const a = events[i - 1], b = events[i];
    if (a.start > b.start || (a.start === b.start && a.id > b.id)) fail(`not sorted: ${a.id} before ${b.id}`);
  }
  const kinds = new Set(events.map((e) => e.kind));
  for (const k of ["f2f", "online", "wba_due", "assignment_due", "dissertation_milestone", "review", "leave", "induction", "gateway", "epa"]) {
    if (!kinds.has(k)) fail(`no ${k} event`);
  }

  // Every module placement: each session and deadline on its timetable day, or on its override.
  const byId = new Map(events.map((e) => [e.id, e]));
  const day = (monday, week, weekday) => {
    const d = new Date(monday + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + (week - 1) * 7 + (weekday - 1));
    return d.toISOString().slice(0, 10);
  };
  if (plan.modules.length !== 7) fail(`${plan.modules.length} modules placed`);
  for (const m of plan.modules) {
    for (const s of programme.timetable.sessions) {
      const e = byId.get(`${m.moduleId}/${s.id}`);
      if (!e) { fail(`no event ${m.moduleId}/${s.id}`); continue; }
      const expected = m.sessionDates[s.id] ?? day(m.start, s.week, s.weekday);
      if (e.start !== expected) fail(`${e.id} on ${e.start}, expected ${expected}`);
      if (e.kind !== s.kind || e.module !== m.moduleId) fail(`${e.id}: kind ${e.kind}, module ${e.module}`);
      if (s.kind === "f2f" && (e.days !== s.days || e.end !== e.start)) fail(`${e.id}: ${e.days} days to ${e.end}`);
      if (s.kind === "online" && "days" in e) fail(`${e.id}: online with days`);
    }
    for (const d of programme.timetable.deadlines) {
      const e = byId.get(`${m.moduleId}/${d.id}`);
      if (!e) { fail(`no event ${m.moduleId}/${d.id}`); continue; }
      const expected = m.deadlineDates[d.id] ?? day(m.start, d.week, d.weekday);
      if (e.start !== expected || e.end !== expected) fail(`${e.id} on ${e.start}..${e.end}, expected ${expected}`);
      if (e.kind !== d.kind) fail(`${e.id}: kind ${e.kind}`);
    }
  }
  const leave = events.filter((e) => e.kind === "leave");
  if (leave.length !== 1 || leave[0].start !== "2027-08-02" || leave[0].end !== "2027-08-13") fail("leave event " + JSON.stringify(leave));
  for (const r of plan.reviews) if (!events.some((e) => e.kind === "review" && e.start === r.date)) fail(`no review on ${r.date}`);

  // The text form lists the same events, one a line.
  const lines = fs.readFileSync(textFile, "utf8").trim().split("\n");
  if (lines.length !== events.length) fail(`text lists ${lines.length} events, JSON ${events.length}`);
  if (!lines[0].startsWith(`${events[0].start}  ${events[0].end}  ${events[0].kind}`)) fail(`text line: ${lines[0]}`);

  if (errors.length) { console.error("FAIL: schedule --json:\n  " + errors.join("\n  ")); process.exit(1); }
' "$TMP/schedule.json" "$TMP/p.json" data/programmes/uob-msc-hcsl.json "$TMP/schedule.txt"

echo "schedule: ok"
