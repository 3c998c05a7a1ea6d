// gl_state_shadow: the GL state this app sets, remembered, so reading it back costs nothing.
//
// Why: Dear ImGui's OpenGL3 backend saves about twenty pieces of GL state before it draws and
// restores them after, every frame. In a browser each glGetIntegerv / glIsEnabled is a
// synchronous round trip to the GPU process that waits for the commands before it to run: in
// Chromium that was most of a frame's CPU time. Every GL call in this app comes from code that
// routes through here (gl_state_routing.hpp), so the last value set is the value GL holds; a
// state nobody has set yet is asked of GL once and remembered. For the same reason a write of the
// value GL already holds is dropped: the backend sets its whole render state every frame.
//
// Covers the state the backend and the timeline painter read or write: the enabled
// capabilities, the program, the active texture unit and each unit's 2D texture and sampler, the
// array buffer and vertex array bindings, viewport, scissor box, blend equations and factors.
// Anything else passes straight through to GL, uncached.
//
// Watch for: a GL call that bypasses the routing (a new translation unit that draws without
// including gl_state_routing.hpp) would make the shadow stale. A lost WebGL context would too;
// the app does not restore lost contexts.
#pragma once

#include <GLES3/gl3.h>

namespace planner::web::gl_shadow {

// Reads: answered from memory once known.
void get_integerv(GLenum name, GLint* values);
GLboolean is_enabled(GLenum capability);

// Writes: remembered, and passed to GL unless GL already holds that value.
void enable(GLenum capability);
void disable(GLenum capability);
void use_program(GLuint program);
void active_texture(GLenum unit);
void bind_texture(GLenum target, GLuint texture);
void bind_sampler(GLuint unit, GLuint sampler);
void bind_buffer(GLenum target, GLuint buffer);
void bind_vertex_array(GLuint vertex_array);
void viewport(GLint x, GLint y, GLsizei width, GLsizei height);
void scissor(GLint x, GLint y, GLsizei width, GLsizei height);
void blend_equation(GLenum mode);
void blend_equation_separate(GLenum rgb, GLenum alpha);
void blend_func(GLenum source, GLenum destination);
void blend_func_separate(GLenum source_rgb, GLenum destination_rgb, GLenum source_alpha, GLenum destination_alpha);

// Deleting a bound object unbinds it.
void delete_textures(GLsizei count, const GLuint* textures);
void delete_samplers(GLsizei count, const GLuint* samplers);
void delete_buffers(GLsizei count, const GLuint* buffers);
void delete_vertex_arrays(GLsizei count, const GLuint* vertex_arrays);

}  // namespace planner::web::gl_shadow
