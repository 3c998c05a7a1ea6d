// gl_state_routing: sends a translation unit's GL state calls through gl_state_shadow.
//
// Include it (after any GL header) in every file that calls GL. Only gl_state_shadow.cpp, which
// makes the real calls, must not see it.
#pragma once

#include "platform/web/gl_state_shadow.hpp"

#define glEnable planner::web::gl_shadow::enable
#define glDisable planner::web::gl_shadow::disable
#define glUseProgram planner::web::gl_shadow::use_program
#define glActiveTexture planner::web::gl_shadow::active_texture
#define glBindTexture planner::web::gl_shadow::bind_texture
#define glBindSampler planner::web::gl_shadow::bind_sampler
#define glBindBuffer planner::web::gl_shadow::bind_buffer
#define glBindVertexArray planner::web::gl_shadow::bind_vertex_array
#define glViewport planner::web::gl_shadow::viewport
#define glScissor planner::web::gl_shadow::scissor
#define glBlendEquation planner::web::gl_shadow::blend_equation
#define glBlendEquationSeparate planner::web::gl_shadow::blend_equation_separate
#define glBlendFunc planner::web::gl_shadow::blend_func
#define glBlendFuncSeparate planner::web::gl_shadow::blend_func_separate
#define glDeleteTextures planner::web::gl_shadow::delete_textures
#define glDeleteSamplers planner::web::gl_shadow::delete_samplers
#define glDeleteBuffers planner::web::gl_shadow::delete_buffers
#define glDeleteVertexArrays planner::web::gl_shadow::delete_vertex_arrays
