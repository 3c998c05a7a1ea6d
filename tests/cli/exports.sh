#!/usr/bin/env bash
# ics, csv and report: each writes its file for a suggested plan, the .ics passes the strict
# RFC 5545 checks (rfc5545-check through tests/e2e/rfc5545.mjs), the CSV starts with a byte order mark and has a row
# per event, the report is one HTML document; the same SOURCE_DATE_EPOCH gives the same bytes;
# an invalid plan exits 2 and writes nothing.
#   bash tests/cli/exports.sh path/to/planner-cli
set -euo pipefail
CLI="$1"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1798794000

fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

"$CLI" autoplan --start 2027-01-04 -o "$TMP/p.json" 2>/dev/null
"$CLI" ics "$TMP/p.json" -o "$TMP/plan.ics"
"$CLI" ics "$TMP/p.json" >"$TMP/again.ics"
cmp -s "$TMP/plan.ics" "$TMP/again.ics" || fail "ics: -o and standard output differ"
"$CLI" csv "$TMP/p.json" >"$TMP/plan.csv"
"$CLI" report "$TMP/p.json" -o "$TMP/report.html"
"$CLI" schedule "$TMP/p.json" --json >"$TMP/schedule.json"

node --input-type=module -e '
  import fs from "node:fs";
  import { parseIcs, text } from "./tests/e2e/rfc5545.mjs";
  const [ics, csv, html, schedule] = process.argv.slice(1);
  const errors = [];
  const parsed = parseIcs(fs.readFileSync(ics));
  errors.push(...parsed.errors);
  const events = parsed.calendars[0]?.children.filter((c) => c.name === "VEVENT") ?? [];
  const all = JSON.parse(fs.readFileSync(schedule, "utf8")).events;
  const expected = all.filter((e) => e.kind !== "module" && e.kind !== "leave" && e.kind !== "busy").length;
  if (events.length !== expected) errors.push(`ics: ${events.length} events, expected ${expected}`);
  if (!events.some((e) => (text(e, "LOCATION") || "").startsWith("Park House"))) errors.push("ics: no session at Park House");
  if (!events.some((e) => e.children.some((c) => c.name === "VALARM"))) errors.push("ics: no reminders");
  const stamp = events[0] && events[0].props.find((p) => p.name === "DTSTAMP").value;
  if (stamp !== "20270101T090000Z") errors.push(`ics: DTSTAMP ${stamp} is not SOURCE_DATE_EPOCH`);
  const bytes = fs.readFileSync(csv);
  if (bytes.subarray(0, 3).toString("hex") !== "efbbbf") errors.push("csv: no byte order mark");
  const rows = bytes.toString("utf8").slice(1).split("\r\n").filter((r) => r.startsWith("20"));
  if (rows.length !== all.length) errors.push(`csv: ${rows.length} rows starting with a date, expected ${all.length}`);
  const page = fs.readFileSync(html, "utf8");
  if (!page.startsWith("<!DOCTYPE html>") || (page.match(/<h1>/g) || []).length !== 1) errors.push("report: not one HTML document with one h1");
  if (errors.length) { console.error(errors.slice(0, 20).join("\n")); process.exit(1); }
' "$TMP/plan.ics" "$TMP/plan.csv" "$TMP/report.html" "$TMP/schedule.json" || fail "the exported files"

printf '{"format":"apprenticeship-plan"}' >"$TMP/bad.json"
for command in ics csv report; do
  set +e
  "$CLI" "$command" "$TMP/bad.json" >"$TMP/out" 2>"$TMP/err"
  status=$?
  set -e
  [ "$status" -eq 2 ] || fail "$command on an invalid plan exited $status, not 2"
  [ ! -s "$TMP/out" ] || fail "$command on an invalid plan wrote output"
  [ -s "$TMP/err" ] || fail "$command on an invalid plan said nothing"
done
echo "exports: ok"
