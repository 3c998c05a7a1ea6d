#!/usr/bin/env bash
# The project's C++ style (.clang-format) on every C++ file in git.
#   scripts/format.sh           rewrites the files that differ
#   scripts/format.sh --check   changes nothing; lists the files that differ and fails (make test runs this)
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' |
                     while read -r f; do [ -f "$f" ] && echo "$f"; done)
if [ "${1:-}" = --check ]; then
  differ=()
  for f in "${files[@]}"; do
    clang-format --style=file "$f" | cmp -s - "$f" || differ+=("$f")
  done
  if [ ${#differ[@]} -gt 0 ]; then
    printf 'format: %d of %d files differ from .clang-format (scripts/format.sh fixes them):\n' "${#differ[@]}" "${#files[@]}"
    printf '  %s\n' "${differ[@]}"
    exit 1
  fi
  echo "format: ${#files[@]} files match .clang-format"
else
  clang-format -i --style=file "${files[@]}"
fi
