#include "platform/web/gl_state_shadow.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace planner::web::gl_shadow {
namespace {

// One remembered state: up to four integers (viewport and scissor box have four).
using Values = std::array<GLint, 4>;
using Remembered = std::optional<Values>;

constexpr GLuint kUnits = 32;  // WebGL 2 guarantees at least 32 combined texture units

struct Shadow {
  Remembered active_texture, program, array_buffer, vertex_array, viewport, scissor_box;
  Remembered blend_src_rgb, blend_dst_rgb, blend_src_alpha, blend_dst_alpha;
  Remembered blend_equation_rgb, blend_equation_alpha;
  std::array<Remembered, kUnits> texture_2d, sampler;  // by texture unit
  std::optional<bool> blend, cull_face, depth_test, stencil_test, scissor_test;
};

Shadow g_shadow;

Values one(GLint value) { return {value, 0, 0, 0}; }

GLuint current_unit() {
  Remembered& unit = g_shadow.active_texture;
  if (!unit) {
    Values asked{};
    glGetIntegerv(GL_ACTIVE_TEXTURE, asked.data());
    unit = asked;
  }
  return static_cast<GLuint>((*unit)[0] - GL_TEXTURE0);
}

// The slot that remembers `name`, or nullptr for state the shadow does not keep.
Remembered* slot_for(GLenum name) {
  Shadow& s = g_shadow;
  switch (name) {
    case GL_ACTIVE_TEXTURE: return &s.active_texture;
    case GL_CURRENT_PROGRAM: return &s.program;
    case GL_ARRAY_BUFFER_BINDING: return &s.array_buffer;
    case GL_VERTEX_ARRAY_BINDING: return &s.vertex_array;
    case GL_VIEWPORT: return &s.viewport;
    case GL_SCISSOR_BOX: return &s.scissor_box;
    case GL_BLEND_SRC_RGB: return &s.blend_src_rgb;
    case GL_BLEND_DST_RGB: return &s.blend_dst_rgb;
    case GL_BLEND_SRC_ALPHA: return &s.blend_src_alpha;
    case GL_BLEND_DST_ALPHA: return &s.blend_dst_alpha;
    case GL_BLEND_EQUATION_RGB: return &s.blend_equation_rgb;
    case GL_BLEND_EQUATION_ALPHA: return &s.blend_equation_alpha;
    case GL_TEXTURE_BINDING_2D:
    case GL_SAMPLER_BINDING: {
      const GLuint unit = current_unit();
      if (unit >= kUnits) return nullptr;
      return name == GL_TEXTURE_BINDING_2D ? &s.texture_2d[unit] : &s.sampler[unit];
    }
    default: return nullptr;
  }
}

std::optional<bool>* capability_slot(GLenum capability) {
  Shadow& s = g_shadow;
  switch (capability) {
    case GL_BLEND: return &s.blend;
    case GL_CULL_FACE: return &s.cull_face;
    case GL_DEPTH_TEST: return &s.depth_test;
    case GL_STENCIL_TEST: return &s.stencil_test;
    case GL_SCISSOR_TEST: return &s.scissor_test;
    default: return nullptr;
  }
}

// Sets one remembered state: GL hears of it only when the value differs from what GL holds (each
// call crosses from wasm to JavaScript to the browser's WebGL), or when nobody knows yet.
template <typename Call>
void change(Remembered* slot, Values values, Call&& call) {
  if (slot != nullptr && *slot == values) return;
  call();
  if (slot != nullptr) *slot = values;
}

void change_capability(GLenum capability, bool on) {
  auto* slot = capability_slot(capability);
  if (slot != nullptr && *slot == on) return;
  on ? glEnable(capability) : glDisable(capability);
  if (slot != nullptr) *slot = on;
}

// After deleting objects: a binding that named one of them now names nothing.
void unbind_if_deleted(Remembered& binding, GLsizei count, const GLuint* names) {
  if (binding && std::find(names, names + count, static_cast<GLuint>((*binding)[0])) != names + count) {
    binding = one(0);
  }
}

}  // namespace

void enable(GLenum capability) { change_capability(capability, true); }

void disable(GLenum capability) { change_capability(capability, false); }

void use_program(GLuint program) {
  change(slot_for(GL_CURRENT_PROGRAM), one(static_cast<GLint>(program)), [&] { glUseProgram(program); });
}

void active_texture(GLenum unit) {
  change(slot_for(GL_ACTIVE_TEXTURE), one(static_cast<GLint>(unit)), [&] { glActiveTexture(unit); });
}

void bind_texture(GLenum target, GLuint texture) {
  Remembered* slot = target == GL_TEXTURE_2D ? slot_for(GL_TEXTURE_BINDING_2D) : nullptr;
  change(slot, one(static_cast<GLint>(texture)), [&] { glBindTexture(target, texture); });
}

void bind_sampler(GLuint unit, GLuint sampler) {
  Remembered* slot = unit < kUnits ? &g_shadow.sampler[unit] : nullptr;
  change(slot, one(static_cast<GLint>(sampler)), [&] { glBindSampler(unit, sampler); });
}

void bind_buffer(GLenum target, GLuint buffer) {
  // The element array binding belongs to the vertex array object: left to GL.
  Remembered* slot = target == GL_ARRAY_BUFFER ? slot_for(GL_ARRAY_BUFFER_BINDING) : nullptr;
  change(slot, one(static_cast<GLint>(buffer)), [&] { glBindBuffer(target, buffer); });
}

void bind_vertex_array(GLuint vertex_array) {
  change(slot_for(GL_VERTEX_ARRAY_BINDING), one(static_cast<GLint>(vertex_array)),
         [&] { glBindVertexArray(vertex_array); });
}

void viewport(GLint x, GLint y, GLsizei width, GLsizei height) {
  change(slot_for(GL_VIEWPORT), {x, y, width, height}, [&] { glViewport(x, y, width, height); });
}

void scissor(GLint x, GLint y, GLsizei width, GLsizei height) {
  change(slot_for(GL_SCISSOR_BOX), {x, y, width, height}, [&] { glScissor(x, y, width, height); });
}

void blend_equation(GLenum mode) { blend_equation_separate(mode, mode); }

void blend_equation_separate(GLenum rgb, GLenum alpha) {
  Shadow& s = g_shadow;
  if (s.blend_equation_rgb == one(static_cast<GLint>(rgb)) && s.blend_equation_alpha == one(static_cast<GLint>(alpha)))
    return;
  glBlendEquationSeparate(rgb, alpha);
  s.blend_equation_rgb = one(static_cast<GLint>(rgb));
  s.blend_equation_alpha = one(static_cast<GLint>(alpha));
}

void blend_func(GLenum source, GLenum destination) { blend_func_separate(source, destination, source, destination); }

void blend_func_separate(GLenum source_rgb, GLenum destination_rgb, GLenum source_alpha, GLenum destination_alpha) {
  Shadow& s = g_shadow;
  const Values wanted[] = {one(static_cast<GLint>(source_rgb)), one(static_cast<GLint>(destination_rgb)),
                           one(static_cast<GLint>(source_alpha)), one(static_cast<GLint>(destination_alpha))};
  Remembered* slots[] = {&s.blend_src_rgb, &s.blend_dst_rgb, &s.blend_src_alpha, &s.blend_dst_alpha};
  if (std::equal(std::begin(slots), std::end(slots), std::begin(wanted),
                 [](const Remembered* slot, const Values& value) { return *slot == value; }))
    return;
  glBlendFuncSeparate(source_rgb, destination_rgb, source_alpha, destination_alpha);
  for (int i = 0; i < 4; ++i) *slots[i] = wanted[i];
}

void delete_textures(GLsizei count, const GLuint* textures) {
  glDeleteTextures(count, textures);
  for (Remembered& binding : g_shadow.texture_2d) unbind_if_deleted(binding, count, textures);
}

void delete_samplers(GLsizei count, const GLuint* samplers) {
  glDeleteSamplers(count, samplers);
  for (Remembered& binding : g_shadow.sampler) unbind_if_deleted(binding, count, samplers);
}

void delete_buffers(GLsizei count, const GLuint* buffers) {
  glDeleteBuffers(count, buffers);
  unbind_if_deleted(g_shadow.array_buffer, count, buffers);
}

void delete_vertex_arrays(GLsizei count, const GLuint* vertex_arrays) {
  glDeleteVertexArrays(count, vertex_arrays);
  unbind_if_deleted(g_shadow.vertex_array, count, vertex_arrays);
}

}  // namespace planner::web::gl_shadow
