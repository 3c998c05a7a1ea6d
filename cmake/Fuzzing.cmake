# libFuzzer targets: one per parser of untrusted bytes, each tests/fuzz/<name>_fuzz.cpp with a
# seed corpus in tests/fuzz/corpus/<name>/. clang only (-fsanitize=fuzzer).
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "PLANNER_FUZZ needs clang: use the 'fuzz' preset")
endif()
file(GLOB PLANNER_FUZZ_SOURCES CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/tests/fuzz/*_fuzz.cpp")
foreach(source ${PLANNER_FUZZ_SOURCES})
  get_filename_component(name "${source}" NAME_WE)
  add_executable(${name} "${source}")
  target_compile_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_libraries(${name} PRIVATE planner_core)
endforeach()
# The core itself is instrumented for coverage and sanitizers, not linked with libFuzzer's main.
target_compile_options(planner_core PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
# Everything else linking the instrumented core (planner-cli, planner_tests) needs the sanitizer
# runtimes too, or `cmake --build --preset fuzz` fails on __asan_* symbols.
target_link_options(planner_core INTERFACE -fsanitize=address,undefined)
