#pragma once
// A WebGL2 program from two of the shaders embedded from shaders/ (planner_app_assets).
#include <GLES3/gl3.h>

#include <string_view>

namespace planner::web {

// Compiles and links shaders/<vertex> and shaders/<fragment>. On an error prints it with the
// shader's name (compilers report "ERROR: 0:<line>: …") and returns 0.
GLuint link_program(std::string_view vertex, std::string_view fragment);

}  // namespace planner::web
