#!/usr/bin/env bash
# planner-cli's front door: --version, --help, and bad usage exiting 2 with the usage on stderr.
#   bash tests/cli/usage.sh path/to/planner-cli
set -euo pipefail
CLI="$1"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

# expect_usage_error "what stderr must say" args...: exit 2, the message and the usage on stderr,
# nothing on stdout.
expect_usage_error() {
  local message="$1"; shift
  local status=0
  "$CLI" "$@" >"$TMP/out" 2>"$TMP/err" || status=$?
  [ "$status" -eq 2 ] || fail "planner-cli $* exited $status, expected 2"
  grep -qF -- "$message" "$TMP/err" || fail "planner-cli $*: stderr lacks '$message':
$(cat "$TMP/err")"
  grep -qF "usage: planner-cli <command>" "$TMP/err" || fail "planner-cli $*: no usage on stderr"
  [ ! -s "$TMP/out" ] || fail "planner-cli $*: wrote to stdout on bad usage"
}

"$CLI" --version >"$TMP/out"
grep -Eq '^planner-cli [0-9]+\.[0-9]+\.[0-9]+$' "$TMP/out" || fail "--version printed: $(cat "$TMP/out")"

"$CLI" --help >"$TMP/out"
for line in "autoplan --start YYYY-MM-DD [--leave FROM:TO]... [--max-concurrent N] [-o plan.json]" \
            "check PLAN.json [--json]" "schedule PLAN.json [--json]"; do
  grep -qF -- "$line" "$TMP/out" || fail "--help lacks '$line'"
done

expect_usage_error "no command given"
expect_usage_error 'unknown command "plan"' plan
expect_usage_error "autoplan needs --start YYYY-MM-DD" autoplan
expect_usage_error '--start: "2027-02-30" is not a real date as YYYY-MM-DD' autoplan --start 2027-02-30
expect_usage_error '--start: "04/01/2027" is not a real date as YYYY-MM-DD' autoplan --start 04/01/2027
expect_usage_error "--start needs a value" autoplan --start
expect_usage_error "--start is given more than once" autoplan --start 2027-01-04 --start 2027-01-11
expect_usage_error '--leave: "2027-08-02" should be FROM:TO' autoplan --start 2027-01-04 --leave 2027-08-02
expect_usage_error "--leave: 2027-08-13:2027-08-02 ends before it starts" autoplan --start 2027-01-04 --leave 2027-08-13:2027-08-02
expect_usage_error '--max-concurrent: "0" should be a whole number from 1 to 20' autoplan --start 2027-01-04 --max-concurrent 0
expect_usage_error '--max-concurrent: "two" should be a whole number from 1 to 20' autoplan --start 2027-01-04 --max-concurrent two
expect_usage_error "unknown option --verbose" autoplan --start 2027-01-04 --verbose
# check and schedule take the same "PLAN.json [--json]" and refuse the same way.
for command in check schedule; do
  expect_usage_error "missing PLAN.json" "$command"
  expect_usage_error "missing PLAN.json" "$command" --json
  expect_usage_error "unknown option --yaml" "$command" plan.json --yaml
  expect_usage_error "unexpected argument b.json" "$command" a.json b.json
  expect_usage_error "--json is given twice" "$command" plan.json --json --json
done

# A file that cannot be read is not a valid plan: exit 2, said on stderr.
for command in check schedule; do
  status=0
  "$CLI" "$command" "$TMP/no-such-plan.json" >"$TMP/out" 2>"$TMP/err" || status=$?
  [ "$status" -eq 2 ] || fail "$command of a missing file exited $status, expected 2"
  grep -qF "cannot read $TMP/no-such-plan.json" "$TMP/err" || fail "$command, missing file: $(cat "$TMP/err")"
done

echo "usage: ok"
