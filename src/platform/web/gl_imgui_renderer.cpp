#include "platform/web/gl_imgui_renderer.hpp"

#include "platform/web/gl_state_routing.hpp"  // every GL state call goes through the shadow

#include <algorithm>
#include <cstddef>
#include <cstring>

#include "platform/web/gl_program.hpp"

namespace planner::web {
namespace {

// The vertex attributes' locations, as shaders/imgui.vert declares them.
constexpr GLuint kPosition = 0;
constexpr GLuint kUv = 1;
constexpr GLuint kColour = 2;

const void* byte_offset(std::size_t bytes) { return reinterpret_cast<const void*>(bytes); }

// A run of indices to draw with one texture and one clip rectangle.
struct Batch {
  ImTextureID texture = nullptr;
  ImVec4 clip{0, 0, 0, 0};  // framebuffer pixels: x, y (from the bottom), width, height
  std::size_t first = 0;    // index
  std::size_t count = 0;

  bool continues_with(const Batch& next) const {
    return count > 0 && next.texture == texture && next.first == first + count && next.clip.x == clip.x &&
           next.clip.y == clip.y && next.clip.z == clip.z && next.clip.w == clip.w;
  }
};

void draw(const Batch& batch) {
  if (batch.count == 0) return;
  glScissor(static_cast<GLint>(batch.clip.x), static_cast<GLint>(batch.clip.y), static_cast<GLsizei>(batch.clip.z),
            static_cast<GLsizei>(batch.clip.w));
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::intptr_t>(batch.texture)));
  glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(batch.count), GL_UNSIGNED_INT,
                 byte_offset(batch.first * sizeof(std::uint32_t)));
}

}  // namespace

bool ImGuiRenderer::init() {
  program_ = link_program("imgui.vert", "imgui.frag");
  if (program_ == 0) return false;
  to_clip_ = glGetUniformLocation(program_, "u_to_clip");
  glUseProgram(program_);
  glUniform1i(glGetUniformLocation(program_, "u_atlas"), 0);

  glGenVertexArrays(1, &vertex_array_);
  glGenBuffers(1, &vertex_buffer_);
  glGenBuffers(1, &index_buffer_);
  glBindVertexArray(vertex_array_);
  glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);  // part of the vertex array's state
  glEnableVertexAttribArray(kPosition);
  glEnableVertexAttribArray(kUv);
  glEnableVertexAttribArray(kColour);
  const GLsizei stride = sizeof(ImDrawVert);
  glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, stride, byte_offset(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(kUv, 2, GL_FLOAT, GL_FALSE, stride, byte_offset(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(kColour, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, byte_offset(offsetof(ImDrawVert, col)));
  glBindVertexArray(0);

  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererName = "planner_webgl2";
  return true;
}

void ImGuiRenderer::upload_font_atlas() {
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* pixels = nullptr;
  int width = 0;
  int height = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
  if (font_texture_ == 0) {
    glGenTextures(1, &font_texture_);
    glBindTexture(GL_TEXTURE_2D, font_texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  }
  glBindTexture(GL_TEXTURE_2D, font_texture_);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(font_texture_)));
  io.Fonts->ClearTexData();  // the texture holds it now
}

void ImGuiRenderer::set_up_state(const ImDrawData& data, int framebuffer_height) {
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  const int framebuffer_width = static_cast<int>(data.DisplaySize.x * data.FramebufferScale.x);
  glViewport(0, 0, framebuffer_width, framebuffer_height);
  glUseProgram(program_);
  // The page's pixels (from DisplayPos, y down) onto clip space (-1..1, y up).
  const ImVec4 to_clip(2.0f / data.DisplaySize.x, -2.0f / data.DisplaySize.y,
                       -1.0f - data.DisplayPos.x * 2.0f / data.DisplaySize.x,
                       1.0f + data.DisplayPos.y * 2.0f / data.DisplaySize.y);
  if (to_clip.x != to_clip_value_.x || to_clip.y != to_clip_value_.y || to_clip.z != to_clip_value_.z ||
      to_clip.w != to_clip_value_.w) {
    glUniform4f(to_clip_, to_clip.x, to_clip.y, to_clip.z, to_clip.w);
    to_clip_value_ = to_clip;
  }
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(vertex_array_);
  glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
}

void ImGuiRenderer::upload(GLenum target, const void* data, std::size_t bytes, std::size_t& capacity) {
  if (bytes > capacity) {
    // Room to grow, so a plan that grows by a few items does not reallocate every frame.
    capacity = std::max(bytes + bytes / 2, std::size_t{64} * 1024);
    glBufferData(target, static_cast<GLsizeiptr>(capacity), nullptr, GL_DYNAMIC_DRAW);
  }
  glBufferSubData(target, 0, static_cast<GLsizeiptr>(bytes), data);
}

void ImGuiRenderer::render(const ImDrawData& data, const ImVec4& background) {
  const int framebuffer_height = static_cast<int>(data.DisplaySize.y * data.FramebufferScale.y);
  if (program_ == 0 || framebuffer_height <= 0 || data.DisplaySize.x <= 0) return;
  set_up_state(data, framebuffer_height);
  // The scissor test stays on between frames (nothing restores state): a clear inside it would
  // clear only the last clip rectangle.
  glDisable(GL_SCISSOR_TEST);
  glClearColor(background.x, background.y, background.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  glEnable(GL_SCISSOR_TEST);
  if (data.TotalVtxCount == 0) return;

  // Every list's vertices one after another; each list's indices moved by where its vertices went.
  vertices_.resize(static_cast<std::size_t>(data.TotalVtxCount));
  indices_.resize(static_cast<std::size_t>(data.TotalIdxCount));
  std::size_t vertex_count = 0;
  std::size_t index_count = 0;
  for (const ImDrawList* list : data.CmdLists) {
    std::memcpy(vertices_.data() + vertex_count, list->VtxBuffer.Data,
                static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
    const auto base = static_cast<std::uint32_t>(vertex_count);
    std::uint32_t* out = indices_.data() + index_count;
    for (const ImDrawIdx index : list->IdxBuffer) *out++ = base + index;
    vertex_count += static_cast<std::size_t>(list->VtxBuffer.Size);
    index_count += static_cast<std::size_t>(list->IdxBuffer.Size);
  }

  upload(GL_ARRAY_BUFFER, vertices_.data(), vertex_count * sizeof(ImDrawVert), vertex_capacity_);
  upload(GL_ELEMENT_ARRAY_BUFFER, indices_.data(), index_count * sizeof(std::uint32_t), index_capacity_);

  const ImVec2 origin = data.DisplayPos;
  const ImVec2 scale = data.FramebufferScale;
  Batch pending;
  std::size_t list_first_index = 0;
  for (const ImDrawList* list : data.CmdLists) {
    for (const ImDrawCmd& command : list->CmdBuffer) {
      if (command.UserCallback != nullptr) {
        draw(pending);
        pending = Batch{};
        if (command.UserCallback == ImDrawCallback_ResetRenderState) set_up_state(data, framebuffer_height);
        else command.UserCallback(list, &command);
        continue;
      }
      // The clip rectangle in framebuffer pixels, y from the bottom as glScissor counts.
      const ImVec2 min((command.ClipRect.x - origin.x) * scale.x, (command.ClipRect.y - origin.y) * scale.y);
      const ImVec2 max((command.ClipRect.z - origin.x) * scale.x, (command.ClipRect.w - origin.y) * scale.y);
      if (max.x <= min.x || max.y <= min.y) continue;
      const Batch next{command.GetTexID(),
                       ImVec4(min.x, static_cast<float>(framebuffer_height) - max.y, max.x - min.x, max.y - min.y),
                       list_first_index + command.IdxOffset, command.ElemCount};
      if (pending.continues_with(next)) {
        pending.count += next.count;
      } else {
        draw(pending);
        pending = next;
      }
    }
    list_first_index += static_cast<std::size_t>(list->IdxBuffer.Size);
  }
  draw(pending);
}

}  // namespace planner::web
