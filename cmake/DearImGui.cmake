# Dear ImGui, from the source scripts/setup-deps.sh unpacks into PLANNER_DEPS_DIR (the version is
# pinned once, in cmake/dear_imgui.pin):
#   imgui   Dear ImGui's core and widgets (drawn by src/platform/web/gl_imgui_renderer.cpp, not by
#           its OpenGL backend), compiled once and kept in the build tree: the objects are the
#           cache, and a second build does not touch them.
# Sets IMGUI_DIR; defines `imgui` only when the source is there (PLANNER_HAVE_IMGUI).
file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/dear_imgui.pin" _imgui_version_line REGEX "^IMGUI_VERSION=")
string(REPLACE "IMGUI_VERSION=" "" PLANNER_IMGUI_VERSION "${_imgui_version_line}")
set(IMGUI_DIR "${PLANNER_DEPS_DIR}/imgui-${PLANNER_IMGUI_VERSION}")

if(EXISTS "${IMGUI_DIR}/imgui.cpp")
  set(PLANNER_HAVE_IMGUI ON)
  set(_imgui_sources "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp" "${IMGUI_DIR}/imgui_tables.cpp"
    "${IMGUI_DIR}/imgui_widgets.cpp" "${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp")
  add_library(imgui STATIC ${_imgui_sources})
  target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}" "${IMGUI_DIR}/backends" "${IMGUI_DIR}/misc/cpp")
  target_include_directories(imgui PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/src")
  target_compile_definitions(imgui PUBLIC IMGUI_USER_CONFIG="app/imgui_config.hpp")
elseif(EMSCRIPTEN)
  message(FATAL_ERROR "Dear ImGui source not found in ${IMGUI_DIR}: run scripts/setup-deps.sh")
else()
  set(PLANNER_HAVE_IMGUI OFF)
endif()
