# The Dear ImGui front's own parts, for the web build and for the native app tests (Dear ImGui
# itself is cmake/DearImGui.cmake):
#   planner_app_assets   fonts subset at build time from Debian's font packages, and shaders/
#   planner_app_lib      the Dear ImGui front (src/app): platform-free, so it also builds natively

# ---- assets: font subsets (Latin + the symbols the UI draws) and shaders ------------------------
set(PLANNER_ASSET_DIR "${CMAKE_BINARY_DIR}/generated/assets")
set(FONT_TOOL /usr/bin/python3 -m fontTools.subset --layout-features= --no-hinting --desubroutinize)
# Latin, Latin-1 and Latin Extended-A (apprentices' and mentors' names), typographic punctuation.
set(TEXT_UNICODES "U+0020-007E,U+00A0-017F,U+2013-2014,U+2018-201E,U+2022,U+2026,U+2030,U+20AC,U+2122,U+2190-2193,U+2212")
# The icons the UI uses (src/app/icons.hpp lists them), from DejaVu Sans: Noto Sans lacks them.
file(STRINGS "${CMAKE_CURRENT_SOURCE_DIR}/src/app/icons.hpp" _icon_lines REGEX "U\\+[0-9A-F]+")
set(ICON_UNICODES "")
foreach(line ${_icon_lines})
  string(REGEX MATCH "U\\+[0-9A-F]+" cp "${line}")
  list(APPEND ICON_UNICODES "${cp}")
endforeach()
string(REPLACE ";" "," ICON_UNICODES "${ICON_UNICODES}")

set(_fonts
  "ui-regular.ttf|/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf|${TEXT_UNICODES}"
  "ui-bold.ttf|/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf|${TEXT_UNICODES}"
  "ui-icons.ttf|/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf|${ICON_UNICODES}")
set(PLANNER_ASSET_FILES "")
foreach(entry ${_fonts})
  string(REPLACE "|" ";" parts "${entry}")
  list(GET parts 0 name)
  list(GET parts 1 source)
  list(GET parts 2 unicodes)
  if(NOT EXISTS "${source}")
    message(FATAL_ERROR "${source} not found: run scripts/setup-deps.sh (fonts-noto-core, fonts-dejavu-core)")
  endif()
  add_custom_command(
    OUTPUT "${PLANNER_ASSET_DIR}/fonts/${name}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${PLANNER_ASSET_DIR}/fonts"
    COMMAND ${FONT_TOOL} "${source}" "--unicodes=${unicodes}" "--output-file=${PLANNER_ASSET_DIR}/fonts/${name}"
    DEPENDS "${source}" "${CMAKE_CURRENT_SOURCE_DIR}/src/app/icons.hpp"
    COMMENT "Subsetting ${name}"
    VERBATIM)
  list(APPEND PLANNER_ASSET_FILES "fonts/${name}")
endforeach()

# GLSL ES 3.00 sources: .vert and .frag (the painter asks for them by those names), .glsl includes.
file(GLOB _shaders CONFIGURE_DEPENDS RELATIVE "${CMAKE_CURRENT_SOURCE_DIR}"
  "${CMAKE_CURRENT_SOURCE_DIR}/shaders/*.vert" "${CMAKE_CURRENT_SOURCE_DIR}/shaders/*.frag"
  "${CMAKE_CURRENT_SOURCE_DIR}/shaders/*.glsl")
foreach(shader ${_shaders})
  add_custom_command(
    OUTPUT "${PLANNER_ASSET_DIR}/${shader}"
    COMMAND "${CMAKE_COMMAND}" -E copy "${CMAKE_CURRENT_SOURCE_DIR}/${shader}" "${PLANNER_ASSET_DIR}/${shader}"
    DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/${shader}"
    VERBATIM)
  list(APPEND PLANNER_ASSET_FILES "${shader}")
endforeach()

planner_embed(planner_app_assets
  NAMESPACE planner::assets
  BASE_DIR "${PLANNER_ASSET_DIR}"
  FILES ${PLANNER_ASSET_FILES})

# ---- the front, without its platform -------------------------------------------------------------
# An OBJECT library: Dear ImGui calls back into it (the test-engine hooks in automation.cpp), and
# objects link in any order.
file(GLOB_RECURSE PLANNER_APP_SOURCES CONFIGURE_DEPENDS src/app/*.cpp)
add_library(planner_app_lib OBJECT ${PLANNER_APP_SOURCES})
target_link_libraries(planner_app_lib PUBLIC planner_core imgui planner_app_assets PRIVATE planner_warnings)
planner_precompile(planner_app_lib <imgui.h> <imgui_internal.h>)
