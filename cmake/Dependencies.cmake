# Third-party code, all from Debian packages or the Debian source package that
# scripts/setup-deps.sh fetches:
#   planner::json   nlohmann/json (header-only)
#   planner::gtest  GoogleTest + gtest_main compiled from /usr/src/googletest with our flags,
#                   so the same tests build natively (with sanitizers) and with em++
#   imgui           Dear ImGui (cmake/DearImGui.cmake; its version pinned in cmake/dear_imgui.pin)
set(PLANNER_DEPS_DIR "${CMAKE_CURRENT_SOURCE_DIR}/build/deps" CACHE PATH "Where setup-deps.sh unpacks sources")

add_library(planner_json INTERFACE)
add_library(planner::json ALIAS planner_json)
target_compile_definitions(planner_json INTERFACE JSON_USE_IMPLICIT_CONVERSIONS=0)
if(EMSCRIPTEN)
  # Emscripten's sysroot must not see /usr/include: expose only nlohmann through the build tree.
  set(_json_include "${CMAKE_BINARY_DIR}/include")
  if(NOT EXISTS "${_json_include}/nlohmann/json.hpp")
    file(MAKE_DIRECTORY "${_json_include}")
    file(CREATE_LINK /usr/include/nlohmann "${_json_include}/nlohmann" SYMBOLIC)
  endif()
  target_include_directories(planner_json SYSTEM INTERFACE "${_json_include}")
endif()
if(NOT EXISTS /usr/include/nlohmann/json.hpp)
  message(FATAL_ERROR "nlohmann/json not found: run scripts/setup-deps.sh (Debian package nlohmann-json3-dev)")
endif()

set(_gtest_root /usr/src/googletest/googletest)
if(NOT EXISTS "${_gtest_root}/src/gtest-all.cc")
  message(FATAL_ERROR "GoogleTest sources not found: run scripts/setup-deps.sh (Debian package googletest)")
endif()
add_library(planner_gtest STATIC "${_gtest_root}/src/gtest-all.cc" "${_gtest_root}/src/gtest_main.cc")
add_library(planner::gtest ALIAS planner_gtest)
target_include_directories(planner_gtest SYSTEM PUBLIC "${_gtest_root}/include" PRIVATE "${_gtest_root}")
find_package(Threads)
if(Threads_FOUND AND NOT EMSCRIPTEN)
  target_link_libraries(planner_gtest PUBLIC Threads::Threads)
endif()
