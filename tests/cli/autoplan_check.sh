#!/usr/bin/env bash
# autoplan builds a plan that check passes (the issue's "done when"), deterministically, around
# leave and with the number of modules at once asked for; check reports findings as text and JSON
# and exits 1 when a plan has errors.
#   bash tests/cli/autoplan_check.sh path/to/planner-cli
set -euo pipefail
CLI="$1"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1798794000  # 2027-01-01T09:00:00Z: byte-identical runs

fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

"$CLI" autoplan --start 2027-01-04 -o "$TMP/p.json" 2>"$TMP/explanation"
[ -s "$TMP/explanation" ] || fail "autoplan said nothing about how it built the plan"
"$CLI" check "$TMP/p.json" >"$TMP/check.txt" || fail "check of the auto-plan exited $?: $(cat "$TMP/check.txt")"
grep -Eq '^0 errors, [0-9]+ warnings?, [0-9]+ notes?$' "$TMP/check.txt" || fail "check summary: $(tail -1 "$TMP/check.txt")"

# The envelope, and the same bytes on standard output and on a second run.
head -c 200 "$TMP/p.json" | grep -qF '"format": "apprenticeship-plan"' || fail "no envelope: $(head -c 200 "$TMP/p.json")"
grep -qF '"savedAt": "2027-01-01T09:00:00Z"' "$TMP/p.json" || fail "SOURCE_DATE_EPOCH not used for savedAt"
"$CLI" autoplan --start 2027-01-04 >"$TMP/stdout.json" 2>/dev/null
cmp -s "$TMP/p.json" "$TMP/stdout.json" || fail "autoplan to stdout differs from autoplan -o"
"$CLI" autoplan --start 2027-01-04 -o "$TMP/again.json" 2>/dev/null
cmp -s "$TMP/p.json" "$TMP/again.json" || fail "autoplan is not deterministic"

# check --json: findings and counts as the browser's planner.state() names them.
"$CLI" check "$TMP/p.json" --json >"$TMP/check.json"
node -e '
  const out = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const fail = (m) => { console.error("FAIL: check --json: " + m); process.exit(1); };
  if (!Array.isArray(out.findings)) fail("no findings list");
  for (const k of ["error", "warning", "note"]) if (!Number.isInteger(out.counts[k])) fail("counts." + k);
  if (out.counts.error !== 0) fail("errors in the auto-plan");
  for (const f of out.findings) {
    if (typeof f.rule !== "string" || !["error", "warning", "note"].includes(f.severity) ||
        typeof f.message !== "string" || !Array.isArray(f.items)) fail("bad finding " + JSON.stringify(f));
  }
  const counted = out.findings.filter((f) => f.severity === "warning").length;
  if (counted !== out.counts.warning) fail("warning count " + out.counts.warning + " but " + counted + " listed");
' "$TMP/check.json"

# Around a summer's leave, one module at a time: still a plan without errors, leave kept.
"$CLI" autoplan --start 2027-01-04 --leave 2027-07-26:2027-08-20 --leave 2027-12-20:2028-01-03 \
  --max-concurrent 1 -o "$TMP/leave.json" 2>/dev/null
"$CLI" check "$TMP/leave.json" >/dev/null || fail "check of the auto-plan with leave exited $?"
node -e '
  const plan = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).plan;
  const fail = (m) => { console.error("FAIL: autoplan with leave: " + m); process.exit(1); };
  const leave = plan.periods.filter((p) => p.kind === "leave").map((p) => p.first + ":" + p.last);
  if (leave.join(",") !== "2027-07-26:2027-08-20,2027-12-20:2028-01-03") fail("leave periods " + leave);
  if (plan.settings.maxConcurrentModules !== 1) fail("maxConcurrentModules " + plan.settings.maxConcurrentModules);
  // One module at a time: no two modules overlap (12 weeks each).
  const spans = plan.modules.map((m) => [Date.parse(m.start), Date.parse(m.start) + 12 * 7 * 864e5]).sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) fail("modules overlap");
' "$TMP/leave.json"

# A plan with errors: every module moved onto the first one's dates.
node -e '
  const fs = require("fs");
  const file = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  for (const m of file.plan.modules) m.start = file.plan.modules[0].start;
  fs.writeFileSync(process.argv[2], JSON.stringify(file));
' "$TMP/p.json" "$TMP/clash.json"
status=0
"$CLI" check "$TMP/clash.json" >"$TMP/clash.txt" || status=$?
[ "$status" -eq 1 ] || fail "check of a plan with errors exited $status, expected 1"
grep -Eq '^error: ' "$TMP/clash.txt" || fail "no error line: $(cat "$TMP/clash.txt")"
status=0
"$CLI" check "$TMP/clash.json" --json >"$TMP/clash.json.out" || status=$?
[ "$status" -eq 1 ] || fail "check --json of a plan with errors exited $status, expected 1"
node -e '
  const out = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (!(out.counts.error > 0)) { console.error("FAIL: no errors counted"); process.exit(1); }
' "$TMP/clash.json.out"

# No valid plan exists when leave covers the whole programme: exit 1, why on stderr, no file.
status=0
"$CLI" autoplan --start 2027-01-04 --leave 2027-01-01:2029-12-31 -o "$TMP/none.json" 2>"$TMP/none.err" || status=$?
[ "$status" -eq 1 ] || fail "autoplan with no possible plan exited $status, expected 1"
grep -qF "planner-cli: no valid plan: " "$TMP/none.err" || fail "no reason given: $(cat "$TMP/none.err")"
[ ! -e "$TMP/none.json" ] || fail "autoplan wrote a file although no valid plan exists"

# A plan may come on standard input.
"$CLI" check - <"$TMP/p.json" >/dev/null || fail "check - (standard input) exited $?"

echo "autoplan_check: ok"
