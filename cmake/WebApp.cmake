# The browser app (Emscripten only), over planner_app_lib (cmake/AppFront.cmake):
#   planner_app   build/web/app/: planner.js, the program in two modules (planner.wasm for the
#                 first frame, planner.deferred.wasm after it; scripts/split-program.mjs) beside
#                 the web/ files; the same files go into dist/planner-offline.html
#                 (scripts/bundle-offline.mjs)

# ---- the app --------------------------------------------------------------------------------------
file(GLOB PLANNER_WEB_SOURCES CONFIGURE_DEPENDS src/platform/web/*.cpp)
add_library(planner_web_objects OBJECT ${PLANNER_WEB_SOURCES})
target_link_libraries(planner_web_objects PUBLIC planner_core imgui planner_app_assets PRIVATE planner_warnings)

# The browser half of the platform layer, one --js-library file per job, each beside its C++
# partner: input (web_input.cpp), storage (web_storage.cpp), files, the page (web_main.cpp,
# web_host.cpp), exports and share links (web_exports.cpp), and the heap helpers they share.
set(PLANNER_JS_LIBRARIES
  "${CMAKE_CURRENT_SOURCE_DIR}/src/platform/web/planner_heap.js"
  "${CMAKE_CURRENT_SOURCE_DIR}/src/platform/web/planner_input.js"
  "${CMAKE_CURRENT_SOURCE_DIR}/src/platform/web/planner_storage.js"
  "${CMAKE_CURRENT_SOURCE_DIR}/src/platform/web/planner_files.js"
  "${CMAKE_CURRENT_SOURCE_DIR}/src/platform/web/planner_page.js"
  "${CMAKE_CURRENT_SOURCE_DIR}/src/platform/web/planner_exports.js")
list(TRANSFORM PLANNER_JS_LIBRARIES PREPEND "--js-library=" OUTPUT_VARIABLE _js_library_options)
set(PLANNER_APP_LINK_OPTIONS
  -sENVIRONMENT=web
  -sMODULARIZE=1 -sEXPORT_NAME=createPlannerModule
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432
  -sFILESYSTEM=0 -sDYNAMIC_EXECUTION=0 -sMALLOC=dlmalloc
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  # Function names, for the split's symbol maps (make bench's size table); the modules in app/
  # are written without them.
  --profiling-funcs
  # Binaryen inlines every function that has one caller, however big: each view's draw function
  # ended up inside App::draw, which the first frame runs, so the whole UI went into the first
  # module. Only small ones now; the program as a whole is smaller too.
  -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=100
  ${_js_library_options})

add_executable(planner_app $<TARGET_OBJECTS:planner_app_lib> $<TARGET_OBJECTS:planner_web_objects>)
target_link_libraries(planner_app PRIVATE planner_core imgui planner_app_assets)
target_link_options(planner_app PRIVATE ${PLANNER_APP_LINK_OPTIONS})
set_target_properties(planner_app PROPERTIES
  OUTPUT_NAME planner SUFFIX ".js"
  RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/app"
  LINK_DEPENDS "${PLANNER_JS_LIBRARIES}")

# The page, styles, icons and service worker, copied beside planner.js.
file(GLOB_RECURSE _web_files CONFIGURE_DEPENDS RELATIVE "${CMAKE_CURRENT_SOURCE_DIR}/web" "${CMAKE_CURRENT_SOURCE_DIR}/web/*")
set(_web_outputs "")
foreach(f ${_web_files})
  add_custom_command(
    OUTPUT "${CMAKE_BINARY_DIR}/app/${f}"
    COMMAND "${CMAKE_COMMAND}" -E copy "${CMAKE_CURRENT_SOURCE_DIR}/web/${f}" "${CMAKE_BINARY_DIR}/app/${f}"
    DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/web/${f}"
    VERBATIM)
  list(APPEND _web_outputs "${CMAKE_BINARY_DIR}/app/${f}")
endforeach()
add_custom_target(planner_web_files ALL DEPENDS ${_web_outputs})
add_dependencies(planner_app planner_web_files)

# Straight after each link, in this order and before the service worker's stamp (which lists and
# hashes every file): planner.js minified (terser; emcc only strips whitespace without Closure),
# then the program split in two, what the first frame runs (recorded in Chromium) and the rest.
set(_minify_js "${CMAKE_CURRENT_SOURCE_DIR}/scripts/minify-js.mjs")
set(_split_program "${CMAKE_CURRENT_SOURCE_DIR}/scripts/split-program.mjs")
find_program(PLANNER_NODE node REQUIRED)
add_custom_command(TARGET planner_app POST_BUILD
  COMMAND "${PLANNER_NODE}" "${_minify_js}" "${CMAKE_BINARY_DIR}/app/planner.js"
  COMMAND "${PLANNER_NODE}" "${_split_program}" --app "${CMAKE_BINARY_DIR}/app" --work "${CMAKE_BINARY_DIR}/split"
  VERBATIM)
set_property(TARGET planner_app APPEND PROPERTY LINK_DEPENDS
  "${_minify_js};${_split_program};${CMAKE_CURRENT_SOURCE_DIR}/scripts/wasm-sections.mjs")

# The service worker, stamped with the app's file list and a hash of their contents (so each
# changed build is a new version): rewritten whenever the program or any page file changes.
set(_service_worker_template "${CMAKE_CURRENT_SOURCE_DIR}/src/platform/web/service_worker.js")
set(_service_worker_stamp "${CMAKE_CURRENT_SOURCE_DIR}/scripts/stamp-service-worker.mjs")
add_custom_command(
  OUTPUT "${CMAKE_BINARY_DIR}/app/sw.js"
  COMMAND "${PLANNER_NODE}" "${_service_worker_stamp}" --app "${CMAKE_BINARY_DIR}/app" --template "${_service_worker_template}"
  DEPENDS planner_app ${_web_outputs} "${_service_worker_template}" "${_service_worker_stamp}"
  VERBATIM)
add_custom_target(planner_service_worker ALL DEPENDS "${CMAKE_BINARY_DIR}/app/sw.js")
# Also straight after each link, so building just `planner_app` gives a complete app.
add_custom_command(TARGET planner_app POST_BUILD
  COMMAND "${PLANNER_NODE}" "${_service_worker_stamp}" --app "${CMAKE_BINARY_DIR}/app" --template "${_service_worker_template}"
  VERBATIM)
