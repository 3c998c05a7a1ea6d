#!/usr/bin/env bash
# Every file that calls WebGL sends its state calls through the GL state shadow: a direct
# glEnable/glBindBuffer/… would leave the shadow's copy of the state wrong, and the renderer would
# then skip a call it needs (platform/web/gl_state_shadow.hpp). So each file calling gl* includes
# platform/web/gl_state_routing.hpp, after any GL header; only gl_state_shadow.cpp, which makes
# the real calls, does not.
set -euo pipefail
cd "$(dirname "$0")/../.."
routing='#include "platform/web/gl_state_routing.hpp"'
failed=0 checked=0
while IFS= read -r file; do
  [ "$file" = src/platform/web/gl_state_shadow.cpp ] && continue
  checked=$((checked + 1))
  routing_line=$(grep -nF "$routing" "$file" | head -1 | cut -d: -f1 || true)
  if [ -z "$routing_line" ]; then
    echo "FAIL: $file calls gl* without $routing"
    failed=1
    continue
  fi
  gl_header_line=$(grep -nE '#include <(GLES[23]|GL|EGL)/' "$file" | tail -1 | cut -d: -f1 || true)
  if [ -n "$gl_header_line" ] && [ "$gl_header_line" -gt "$routing_line" ]; then
    echo "FAIL: $file includes a GL header after gl_state_routing.hpp (its macros would rename GL's own declarations)"
    failed=1
  fi
done < <(grep -rlE '\bgl[A-Z][A-Za-z0-9]*[[:space:]]*\(' src --include='*.cpp' --include='*.hpp')
[ "$checked" -gt 0 ] || { echo "FAIL: found no file that calls gl*: the pattern no longer matches the code"; exit 1; }
[ $failed -eq 0 ] && echo "ok: $checked files call gl*, each through gl_state_routing.hpp"
exit $failed
