# Flags every WebAssembly object and link shares.
#  -fwasm-exceptions: nlohmann/json throws; native wasm exceptions (all current browsers, node 20)
#   are small and fast, and every object must agree on the exception ABI.
add_compile_options(-fwasm-exceptions)
add_link_options(-fwasm-exceptions)

# Emscripten 3.1.6's JS optimiser needs acorn, which Debian installs under /usr/share/nodejs where
# NodeSource's node does not look: give every emcc link the path (see docs/toolchain.md).
set_property(GLOBAL PROPERTY RULE_LAUNCH_LINK "${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs")

# The wasm test programs test the app's own optimised objects (planner_core is built once, -Os),
# but their own files are compiled and linked without optimisation: they are never downloaded,
# and Binaryen's size passes alone took longer than the tests themselves.
set(PLANNER_WASM_TEST_LINK_OPTIONS -O0)
set(PLANNER_WASM_TEST_COMPILE_OPTIONS -O0)
