#!/usr/bin/env bash
# Files that are not valid plans: check and schedule exit 2 and say on stderr what is wrong and
# where, and write nothing to stdout.
#   bash tests/cli/malformed_files.sh path/to/planner-cli
set -euo pipefail
CLI="$1"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1798794000

fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

# expect_refused FILE "text stderr must contain"...: for both commands.
expect_refused() {
  local file="$1"; shift
  for command in check schedule; do
    local status=0
    "$CLI" "$command" "$file" --json >"$TMP/out" 2>"$TMP/err" || status=$?
    [ "$status" -eq 2 ] || fail "$command $(basename "$file") exited $status, expected 2"
    [ ! -s "$TMP/out" ] || fail "$command $(basename "$file") wrote to stdout"
    grep -qF "planner-cli: $file is not a valid plan: " "$TMP/err" || fail "$command $(basename "$file"): $(cat "$TMP/err")"
    for text in "$@"; do
      grep -qF -- "$text" "$TMP/err" || fail "$command $(basename "$file"): stderr lacks '$text':
$(cat "$TMP/err")"
    done
  done
}

# edit SOURCE DEST JS: DEST is SOURCE's plan file after `file` was changed by the JavaScript.
edit() {
  node -e "
    const fs = require('fs');
    const file = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
    $3;
    fs.writeFileSync(process.argv[2], JSON.stringify(file, null, 2));
  " "$1" "$2"
}

"$CLI" autoplan --start 2027-01-04 -o "$TMP/good.json" 2>/dev/null

printf 'name,date\nSam,2027-01-04\n' >"$TMP/not-json.csv"
expect_refused "$TMP/not-json.csv" "This file is not an apprenticeship plan: it is not valid JSON: invalid literal at line 1, column 2."

: >"$TMP/empty.json"
expect_refused "$TMP/empty.json" "is not valid JSON: " "at line 1, column 1"

printf '[1, 2, 3]' >"$TMP/array.json"
expect_refused "$TMP/array.json" 'This file is not an apprenticeship plan: it holds a list, not an object with "format": "apprenticeship-plan".'

edit "$TMP/good.json" "$TMP/wrong-format.json" 'file.format = "apprenticeship-review"'
expect_refused "$TMP/wrong-format.json" 'This file is not an apprenticeship plan: /format: is text ("apprenticeship-review"), not "apprenticeship-plan".'

edit "$TMP/good.json" "$TMP/future.json" 'file.schemaVersion = 99; file.appVersion = "9.9.9"'
expect_refused "$TMP/future.json" "This plan was saved by a newer version of the app (9.9.9), in plan format 99; this version reads formats up to 1."

{ printf '{"format": "apprenticeship-plan", "schemaVersion": 1, "plan": '; head -c 100000 /dev/zero | tr '\0' '['; } >"$TMP/deep.json"
expect_refused "$TMP/deep.json" "arrays and objects are nested more than 64 levels deep here" "/plan/0/0/0/"

edit "$TMP/good.json" "$TMP/bad-date.json" 'file.plan.reviews[1].date = "2027-02-30"'
expect_refused "$TMP/bad-date.json" "it has 1 problem." '  /plan/reviews/1/date: "2027-02-30" is not a real date'

edit "$TMP/good.json" "$TMP/wrapped.json" 'file.plan.settings.maxConcurrentModules = 4294967298'
expect_refused "$TMP/wrapped.json" "/plan/settings/maxConcurrentModules: should be a whole number from 1 to 20, not 4294967298"

edit "$TMP/good.json" "$TMP/missing.json" 'delete file.plan.profile.start; file.plan.modules[0].moduleId = "M9"'
expect_refused "$TMP/missing.json" "/plan/profile/start: is missing"

edit "$TMP/good.json" "$TMP/unknown-module.json" 'file.plan.modules[0].moduleId = "M9"'
expect_refused "$TMP/unknown-module.json" '/plan/modules/0/moduleId: "M9" is not a module of the programme'

# Over the 4 MiB cap: refused without being read whole.
{ printf '{"format": "apprenticeship-plan", "padding": "'; head -c 5000000 /dev/zero | tr '\0' 'x'; printf '"}'; } >"$TMP/huge.json"
expect_refused "$TMP/huge.json" "more than the 4.0 MiB a file can be"

echo "malformed_files: ok"
