# Precompiled headers for the targets with many files. Dear ImGui, GoogleTest and nlohmann/json
# are parsed once per target instead of once per file, and clang instantiates the templates they
# share once (-fpch-instantiate-templates, CMake's default): a clean test build takes about a third
# of the time. Every file still includes what it uses; -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON
# builds without them to prove it.
set(PLANNER_COMMON_HEADERS <algorithm> <map> <optional> <string> <string_view> <vector> <nlohmann/json.hpp>)

function(planner_precompile target)
  target_precompile_headers(${target} PRIVATE ${PLANNER_COMMON_HEADERS} ${ARGN})
endfunction()
