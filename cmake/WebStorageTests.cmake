# BrowserStorage's own test (Emscripten only): src/platform/web/web_storage.cpp and the real
# planner_storage.js glue (with planner_heap.js, which it uses), with
# tests/web/local_storage_stub.js standing in for the browser's localStorage under node. It pins
# what the glue is most likely to get wrong: bytes versus UTF-16 lengths, NUL bytes, the browsers'
# error shapes.
set(_storage_js "${CMAKE_CURRENT_SOURCE_DIR}/src/platform/web/planner_storage.js")
set(_heap_js "${CMAKE_CURRENT_SOURCE_DIR}/src/platform/web/planner_heap.js")
add_executable(planner_web_storage_tests
  tests/web/web_storage_test.cpp
  src/platform/web/web_storage.cpp)
target_link_libraries(planner_web_storage_tests PRIVATE planner_core planner::gtest planner_warnings)
target_link_options(planner_web_storage_tests PRIVATE
  -sENVIRONMENT=node -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1 ${PLANNER_WASM_TEST_LINK_OPTIONS}
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  "--js-library=${_storage_js}" "--js-library=${_heap_js}"
  "--pre-js=${CMAKE_CURRENT_SOURCE_DIR}/tests/web/local_storage_stub.js")
set_target_properties(planner_web_storage_tests PROPERTIES LINK_DEPENDS
  "${_storage_js};${_heap_js};${CMAKE_CURRENT_SOURCE_DIR}/tests/web/local_storage_stub.js")
add_test(NAME wasm_web_storage_tests
  COMMAND node --no-experimental-fetch $<TARGET_FILE:planner_web_storage_tests> --gtest_brief=1)
