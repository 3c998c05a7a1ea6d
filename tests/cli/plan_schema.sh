#!/usr/bin/env bash
# data/schema/plan.schema.json against real files: the frozen fixtures and a fresh auto-plan are
# valid under a JSON Schema draft 2020-12 validator, and files the loader refuses for a reason
# a schema can express are invalid under it too. Skipped (77) without Python's jsonschema
# (Debian: python3-jsonschema; see docs/toolchain.md for why /usr/bin/python3).
#   bash tests/cli/plan_schema.sh path/to/planner-cli
set -euo pipefail
CLI="$1"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1798794000

if ! /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then
  echo "plan_schema: skipped: /usr/bin/python3 has no jsonschema (apt install python3-jsonschema)"
  exit 77
fi

"$CLI" autoplan --start 2027-01-04 --leave 2027-08-02:2027-08-13 -o "$TMP/autoplan.json" 2>/dev/null
node -e '
  const fs = require("fs");
  const good = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const variants = {
    "unknown-field": (f) => { f.plan.colour = "teal"; },
    "bad-date-shape": (f) => { f.plan.reviews[0].date = "2027-1-4"; },
    "negative-hours": (f) => { f.plan.profile.otjFigure = -1; },
    "wrong-enum": (f) => { f.plan.periods[0].kind = "holiday"; },
    "missing-field": (f) => { delete f.plan.settings; },
    "future-version": (f) => { f.schemaVersion = 3; },
    "bad-id": (f) => { f.plan.reviews[0].id = "review 1"; },
  };
  for (const [name, change] of Object.entries(variants)) {
    const f = JSON.parse(JSON.stringify(good));
    change(f);
    fs.writeFileSync(`${process.argv[2]}/bad-${name}.json`, JSON.stringify(f));
  }
' "$TMP/autoplan.json" "$TMP"

/usr/bin/python3 - data/schema/plan.schema.json "$TMP" tests/fixtures/plans <<'PY'
import json, pathlib, sys
from jsonschema import Draft202012Validator, FormatChecker

schema = json.loads(pathlib.Path(sys.argv[1]).read_text())
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema, format_checker=FormatChecker())
tmp, fixtures = pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
failures = []
# The schema describes the current version: its frozen fixture must match it.
current = schema["properties"]["schemaVersion"]["const"]
good = [tmp / "autoplan.json", fixtures / f"v{current}.json"]
for path in good:
    errors = list(validator.iter_errors(json.loads(path.read_text())))
    if errors:
        failures.append(f"{path.name} should be valid: {errors[0].json_path}: {errors[0].message}")
bad = sorted(tmp.glob("bad-*.json"))
if len(bad) != 7:
    failures.append(f"expected 7 refused variants, made {len(bad)}")
for path in bad:
    if validator.is_valid(json.loads(path.read_text())):
        failures.append(f"{path.name} should be invalid under the schema")
if failures:
    print("FAIL: plan.schema.json:\n  " + "\n  ".join(failures), file=sys.stderr)
    sys.exit(1)
print(f"plan_schema: {len(good)} valid files, {len(bad)} invalid variants as expected")
PY
