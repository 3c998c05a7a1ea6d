#!/usr/bin/env bash
# Assembles dist/ from the builds (make dist builds them first):
#   dist/web/                   the servable app: copy it to any static host
#   dist/planner-offline.html   the whole app in one file, runs from file:// with no network
#   dist/planner-cli            the native command-line tool
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf dist
mkdir -p dist/web
cp -R build/web/app/. dist/web/
node scripts/bundle-offline.mjs --app build/web/app --out dist/planner-offline.html
cp build/native-release/planner-cli dist/planner-cli
strip dist/planner-cli 2>/dev/null || true
echo "dist/: $(du -sh dist/web | cut -f1) web app, $(du -h dist/planner-offline.html | cut -f1) one-file app, $(du -h dist/planner-cli | cut -f1) CLI"
