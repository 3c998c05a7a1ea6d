#!/usr/bin/env bash
# Builds the reference for `make bench`: Dear ImGui's stock GLFW + OpenGL3 example (with the
# demo window) for WebGL2, with the same toolchain as the planner and the flags of its upstream
# Makefile.emscripten at -Os. Output: build/bench/reference/. Rebuilt only when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
source cmake/dear_imgui.pin
IMGUI=build/deps/imgui-$IMGUI_VERSION
OUT=build/bench/reference
if [ -f "$OUT/index.wasm" ] && [ "$OUT/index.wasm" -nt "$IMGUI/imgui.cpp" ]; then
  echo "reference demo: cached in $OUT"
  exit 0
fi
mkdir -p "$OUT/obj" "$OUT/stub/include" "$OUT/stub/libs/emscripten"
cp tests/bench/reference/emscripten_mainloop_stub.h "$OUT/stub/libs/emscripten/"
FLAGS=(-Os -s DISABLE_EXCEPTION_CATCHING=1 -DIMGUI_DISABLE_FILE_FUNCTIONS -I"$IMGUI" -I"$IMGUI/backends" -I"$OUT/stub/include")
objects=()
for source in "$IMGUI/examples/example_glfw_opengl3/main.cpp" "$IMGUI"/imgui.cpp "$IMGUI"/imgui_demo.cpp \
              "$IMGUI"/imgui_draw.cpp "$IMGUI"/imgui_tables.cpp "$IMGUI"/imgui_widgets.cpp \
              "$IMGUI/backends/imgui_impl_glfw.cpp" "$IMGUI/backends/imgui_impl_opengl3.cpp"; do
  object="$OUT/obj/$(basename "${source%.cpp}").o"
  em++ "${FLAGS[@]}" -c "$source" -o "$object" &
  objects+=("$object")
  [ "$(jobs -rp | wc -l)" -ge 2 ] && wait -n
done
wait
em++ -Os "${objects[@]}" -o "$OUT/index.js" -s USE_GLFW=3 -s USE_WEBGL2=1 -s WASM=1 -s ALLOW_MEMORY_GROWTH=1 \
  -s NO_EXIT_RUNTIME=0 -s NO_FILESYSTEM=1 -s DISABLE_EXCEPTION_CATCHING=1
cp tests/bench/reference/index.html tests/bench/reference/reference.css tests/bench/reference/reference.js "$OUT/"
echo "reference demo: built in $OUT ($(du -ch "$OUT"/index.{js,wasm} | tail -1 | cut -f1))"
