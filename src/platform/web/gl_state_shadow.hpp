// gl_state_shadow: the GL state this app sets, remembered, so that setting it again costs nothing.
//
// Why: in a browser every WebGL call is checked and sent on to the GPU process, and both the
// app's renderer (gl_imgui_renderer.hpp) and the timeline painter set their whole state each time
// they draw, most of it to what GL already holds. Every GL call in this app comes from code that
// routes through here (gl_state_routing.hpp), so the last value set is the value GL holds, and a
// write of that value is dropped.
//
// Covers the enabled capabilities, the program, the active texture unit and each unit's 2D
// texture and sampler, the array buffer and vertex array bindings, viewport, scissor box, blend
// equations and factors. Anything else passes straight through to GL.
//
// Watch for: a GL call that bypasses the routing (a new translation unit that draws without
// including gl_state_routing.hpp) would make the shadow stale. A lost WebGL context would too;
// the app does not restore lost contexts.
#pragma once

#include <GLES3/gl3.h>

namespace planner::web::gl_shadow {

// Remembered, and passed to GL unless GL already holds that value.
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
