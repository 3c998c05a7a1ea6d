#!/usr/bin/env bash
# Installs everything the build and the tests need, and nothing twice: Debian packages, the
# Dear ImGui source (not packaged for bookworm, so fetched as a Debian source package) and the
# npm packages of the build (terser; playwright-core, with which the split records the first
# frame) and of the browser tests. Idempotent; the make targets run it before every build.
#
#   scripts/setup-deps.sh [--no-apt] [--no-npm]
#
# Works as root, uses sudo otherwise, and says exactly what is missing when it cannot install.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEPS="${PLANNER_DEPS_DIR:-$ROOT/build/deps}"
# IMGUI_VERSION, IMGUI_DEBIAN_VERSION, IMGUI_TARBALL, IMGUI_SHA256
# shellcheck source=../cmake/dear_imgui.pin
source "$ROOT/cmake/dear_imgui.pin"

# Every Debian package the project uses, with what it is for.
APT_PACKAGES=(
  cmake ninja-build make g++ pkg-config  # native build (the presets use Ninja)
  clang libclang-rt-14-dev   # libFuzzer targets
  clang-format               # the C++ style, checked by make test (scripts/format.sh)
  emscripten                 # the WebAssembly build (Debian's 3.1.6, frozen system libraries)
  nlohmann-json3-dev         # JSON, in the core
  googletest                 # unit tests (sources, compiled natively and with em++)
  libbenchmark-dev           # core benchmarks
  chromium                   # end-to-end tests and the browser benchmark
  firefox-esr xvfb xauth     # the end-to-end smoke suite in Firefox, headed on Xvfb (headless Firefox has no WebGL 2 here)
  libgl1-mesa-dri            # Mesa's software OpenGL (llvmpipe), behind Firefox's WebGL 2 on Xvfb
  python3-fonttools          # subsets the embedded fonts
  python3-jsonschema         # validates plan files against data/schema/plan.schema.json (tests/cli/plan_schema.sh)
  fonts-noto-core            # Noto Sans, the UI font
  fonts-dejavu-core          # symbol glyphs merged into the UI font
  xz-utils ca-certificates   # unpacks the Dear ImGui source
  nodejs                     # runs the wasm tests, the browser tests and the static server
)

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo "$@"
  else return 1
  fi
}

install_apt_packages() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    # NodeSource's nodejs or any other node on PATH is as good as Debian's.
    if [ "$pkg" = nodejs ] && command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then continue; fi
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && { say "Debian packages: all present"; return; }
  if [[ " ${missing[*]} " == *" nodejs "* ]]; then missing+=(npm); fi
  say "Debian packages to install: ${missing[*]}"
  as_root true 2>/dev/null || die "need root or passwordless sudo to install: ${missing[*]}
        run: sudo apt-get install -y ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -q || die "apt-get update failed"
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}" \
    || die "apt-get install failed for: ${missing[*]}"
}

# The first Debian archive URI in the machine's apt sources: never a host of our own choosing.
debian_archive_uri() {
  local uri=""
  shopt -s nullglob
  for f in /etc/apt/sources.list.d/*.sources; do
    uri=$(awk 'BEGIN{IGNORECASE=1} /^URIs:/ { for (i = 2; i <= NF; i++) if ($i ~ /\/debian\/?$/) { print $i; exit } }' "$f")
    [ -n "$uri" ] && break
  done
  if [ -z "$uri" ]; then
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
      [ -f "$f" ] || continue
      uri=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^(https?|file):.*\/debian\/?$/) { print $i; exit } }' "$f")
      [ -n "$uri" ] && break
    done
  fi
  shopt -u nullglob
  printf '%s' "${uri%/}"
}

fetch_imgui_source() {
  local dest="$DEPS/imgui-$IMGUI_VERSION"
  if [ -f "$dest/imgui.cpp" ] && [ -f "$dest/.sha256-ok" ]; then
    say "Dear ImGui $IMGUI_VERSION source: cached in ${dest#$ROOT/}"
    return
  fi
  local work="$DEPS/imgui-download"
  mkdir -p "$work/lists/partial" "$work/files"
  local tarball="$work/files/$IMGUI_TARBALL"
  if [ ! -f "$tarball" ] || ! echo "$IMGUI_SHA256  $tarball" | sha256sum -c --status; then
    local uri; uri=$(debian_archive_uri)
    [ -n "$uri" ] || die "no Debian archive found in /etc/apt/sources.list{,.d/} to fetch the Dear ImGui source from"
    say "fetching Dear ImGui $IMGUI_DEBIAN_VERSION source package from the machine's Debian archive"
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri trixie main" > "$work/sources.list"
    local opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
                -o "Dir::State::Lists=$work/lists" -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
    apt-get "${opts[@]}" -q update >"$work/update.log" 2>&1 \
      || die "apt-get update of the trixie source index failed (see ${work#$ROOT/}/update.log)"
    (cd "$work/files" && apt-get "${opts[@]}" -q source --download-only "imgui=$IMGUI_DEBIAN_VERSION" >"$work/source.log" 2>&1) \
      || die "apt-get source imgui=$IMGUI_DEBIAN_VERSION failed (see ${work#$ROOT/}/source.log)"
  fi
  echo "$IMGUI_SHA256  $tarball" | sha256sum -c --status \
    || die "$IMGUI_TARBALL does not match its pinned sha256 $IMGUI_SHA256"
  rm -rf "$dest" && mkdir -p "$DEPS"
  tar -xJf "$tarball" -C "$DEPS"
  [ -f "$dest/imgui.cpp" ] || die "the Dear ImGui tarball did not unpack to $dest"
  touch "$dest/.sha256-ok"
  say "Dear ImGui $IMGUI_VERSION source: unpacked into ${dest#$ROOT/}"
}

install_npm_packages() {
  local stamp="$ROOT/node_modules/.package-lock.json"
  if [ -f "$stamp" ] && [ "$stamp" -nt "$ROOT/package-lock.json" ]; then
    say "npm packages: up to date"
    return
  fi
  say "npm packages: npm ci"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
}

want_apt=1 want_npm=1
for arg in "$@"; do
  case "$arg" in
    --no-apt) want_apt=0 ;;
    --no-npm) want_npm=0 ;;
    *) die "unknown option $arg" ;;
  esac
done

[ $want_apt -eq 1 ] && install_apt_packages
fetch_imgui_source
[ $want_npm -eq 1 ] && install_npm_packages
say "ready"
