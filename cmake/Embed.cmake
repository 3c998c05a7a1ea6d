# planner_embed(<target> NAMESPACE <ns> BASE_DIR <dir> FILES <relative paths...>)
# Makes a static library that embeds files into the binary, with one lookup function:
#   std::optional<std::string_view> <ns>::file(std::string_view relative_path);
#   std::vector<std::string_view>   <ns>::files();   // every embedded path, sorted
# Each embedded file is followed by a NUL byte (not part of the view) so text can go to C APIs.
set(PLANNER_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/embed_files.cmake")

function(planner_embed target)
  cmake_parse_arguments(ARG "" "NAMESPACE;BASE_DIR" "FILES" ${ARGN})
  set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/generated/${target}")
  set(out_cpp "${out_dir}/${target}.cpp")
  set(out_hpp "${out_dir}/${target}.hpp")
  set(inputs "")
  foreach(f ${ARG_FILES})
    list(APPEND inputs "${ARG_BASE_DIR}/${f}")
  endforeach()
  string(REPLACE ";" "|" files_arg "${ARG_FILES}")
  add_custom_command(
    OUTPUT "${out_cpp}" "${out_hpp}"
    COMMAND "${CMAKE_COMMAND}" "-DOUT_CPP=${out_cpp}" "-DOUT_HPP=${out_hpp}"
            "-DNAMESPACE=${ARG_NAMESPACE}" "-DBASE_DIR=${ARG_BASE_DIR}" "-DFILES=${files_arg}"
            -P "${PLANNER_EMBED_SCRIPT}"
    DEPENDS ${inputs} "${PLANNER_EMBED_SCRIPT}"
    COMMENT "Embedding ${target}"
    VERBATIM)
  add_library(${target} STATIC "${out_cpp}" "${out_hpp}")
  target_include_directories(${target} PUBLIC "${out_dir}")
  target_compile_features(${target} PUBLIC cxx_std_20)
endfunction()
