#pragma once
// Draws Dear ImGui's draw data with WebGL2, in place of Dear ImGui's OpenGL3 backend, shaped by
// what costs in a browser: every WebGL call is checked and sent on to the GPU process.
//  - One upload a frame: every draw list's vertices into one buffer and its indices into another
//    (rebased to 32 bits, so the lists need no offsets), where the backend makes two bufferData
//    calls per list.
//  - Consecutive commands with the same texture and clip rectangle, and adjoining indices, are one
//    draw call, across draw lists too.
//  - State set once a frame and again after a draw callback (the timeline painter), never backed
//    up and restored: the app owns the context. The vertex array is made once.
//  - The font atlas is one channel (coverage): a quarter of the upload of RGBA.
// Uses shaders/imgui.{vert,frag}.
#include <GLES3/gl3.h>

#include <cstdint>
#include <vector>

#include "imgui.h"

namespace planner::web {

class ImGuiRenderer {
 public:
  // Compiles the program and makes the buffers; false (with the compiler's words on stderr) when
  // WebGL2 cannot run them.
  bool init();
  // (Re)uploads io.Fonts' atlas and gives ImGui its texture id: after init and whenever the fonts
  // are rebuilt.
  void upload_font_atlas();
  // Clears the whole canvas to `background`, then draws.
  void render(const ImDrawData& data, const ImVec4& background);

 private:
  void set_up_state(const ImDrawData& data, int framebuffer_height);
  void upload(GLenum target, const void* data, std::size_t bytes, std::size_t& capacity);

  GLuint program_ = 0;
  GLint to_clip_ = -1;
  ImVec4 to_clip_value_{0, 0, 0, 0};  // what u_to_clip holds
  GLuint vertex_array_ = 0;
  GLuint vertex_buffer_ = 0;
  GLuint index_buffer_ = 0;
  std::size_t vertex_capacity_ = 0;  // bytes
  std::size_t index_capacity_ = 0;
  GLuint font_texture_ = 0;
  std::vector<ImDrawVert> vertices_;  // this frame's, all lists
  std::vector<std::uint32_t> indices_;
};

}  // namespace planner::web
