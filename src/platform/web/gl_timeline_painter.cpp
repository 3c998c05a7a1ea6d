#include "platform/web/gl_timeline_painter.hpp"

#include <GLES3/gl3.h>

#include "platform/web/gl_state_routing.hpp"  // every GL state call goes through the shadow

#include <array>
#include <map>
#include <vector>

#include "app/widgets/timeline_background.hpp"
#include "platform/web/gl_program.hpp"

namespace planner::web {
namespace {

struct Uniforms {
  GLint rect, display, first_visible, days_per_px, today, pixel_ratio, heat_height, day_count, first_weekday, days;
  GLint base, weekend, bank_holiday, leave, busy, grid, month_grid, today_line, heat_low, heat_high;
};

struct Painter {
  enum class State { untried, ready, failed } state = State::untried;
  GLuint program = 0;
  GLuint vertex_array = 0;
  GLuint texture = 0;
  Uniforms uniforms{};
  // What each uniform was last set to (by location): a uniform keeps its value in the program, and
  // most of them (the colours, the day count) change with the theme or the plan, not per frame.
  std::map<GLint, std::array<float, 4>> uniform_values;
  // What the texture holds.
  std::uint64_t data_version = 0;
  int first_day = 0;
  int day_count = 0;
};

Painter g_painter;

bool build(Painter& p) {
  p.program = link_program("timeline_background.vert", "timeline_background.frag");
  if (p.program == 0) return false;
  const auto at = [&p](const char* name) { return glGetUniformLocation(p.program, name); };
  p.uniforms = {at("u_rect"),          at("u_display"),     at("u_first_visible"), at("u_days_per_px"),
                at("u_today"),         at("u_pixel_ratio"), at("u_heat_height"),   at("u_day_count"),
                at("u_first_weekday"), at("u_days"),        at("u_base"),          at("u_weekend"),
                at("u_bank_holiday"),  at("u_leave"),       at("u_busy"),          at("u_grid"),
                at("u_month_grid"),    at("u_today_line"),  at("u_heat_low"),      at("u_heat_high")};
  glGenVertexArrays(1, &p.vertex_array);
  glGenTextures(1, &p.texture);
  glBindTexture(GL_TEXTURE_2D, p.texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  return true;
}

void upload_days(Painter& p, const TimelineBackground& bg) {
  const int count = static_cast<int>(bg.flags.size());
  if (p.data_version == bg.data_version && p.first_day == bg.first_day.days_since_epoch() && p.day_count == count)
    return;
  std::vector<unsigned char> texels(static_cast<size_t>(count) * 4, 0);
  for (int day = 0; day < count; ++day) {
    texels[static_cast<size_t>(day) * 4] = bg.flags[static_cast<size_t>(day)];
    texels[static_cast<size_t>(day) * 4 + 1] =
        day < static_cast<int>(bg.workload.size()) ? bg.workload[static_cast<size_t>(day)] : 0;
  }
  glBindTexture(GL_TEXTURE_2D, p.texture);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, count, 1, 0, GL_RGBA, GL_UNSIGNED_BYTE, texels.data());
  p.data_version = bg.data_version;
  p.first_day = bg.first_day.days_since_epoch();
  p.day_count = count;
}

// Sets a uniform through `set` unless it already holds `value`.
template <typename Set>
void set_uniform(Painter& p, GLint location, std::array<float, 4> value, Set&& set) {
  auto [at, added] = p.uniform_values.try_emplace(location, value);
  if (!added && at->second == value) return;
  at->second = value;
  set();
}

void set_float(Painter& p, GLint location, float value) {
  set_uniform(p, location, {value, 0, 0, 0}, [&] { glUniform1f(location, value); });
}

void set_int(Painter& p, GLint location, GLint value) {
  set_uniform(p, location, {static_cast<float>(value), 0, 0, 0}, [&] { glUniform1i(location, value); });
}

void set_vec2(Painter& p, GLint location, float x, float y) {
  set_uniform(p, location, {x, y, 0, 0}, [&] { glUniform2f(location, x, y); });
}

void set_vec4(Painter& p, GLint location, float x, float y, float z, float w) {
  set_uniform(p, location, {x, y, z, w}, [&] { glUniform4f(location, x, y, z, w); });
}

void set_colour(Painter& p, GLint location, const ImVec4& c) { set_vec4(p, location, c.x, c.y, c.z, c.w); }

void paint(const ImDrawList*, const ImDrawCmd* command) {
  Painter& p = g_painter;
  const auto& bg = *static_cast<const TimelineBackground*>(command->UserCallbackData);
  const ImDrawData* draw_data = ImGui::GetDrawData();
  if (p.state != Painter::State::ready || bg.flags.empty() || draw_data == nullptr) return;

  // Callbacks do not get ImGui's scissor: clip to the command's rectangle ourselves.
  const ImVec2 scale = draw_data->FramebufferScale;
  const ImVec2 origin = draw_data->DisplayPos;
  const float framebuffer_height = draw_data->DisplaySize.y * scale.y;
  const ImVec4 clip = command->ClipRect;
  glEnable(GL_SCISSOR_TEST);
  glScissor(static_cast<GLint>((clip.x - origin.x) * scale.x),
            static_cast<GLint>(framebuffer_height - (clip.w - origin.y) * scale.y),
            static_cast<GLsizei>((clip.z - clip.x) * scale.x), static_cast<GLsizei>((clip.w - clip.y) * scale.y));
  glDisable(GL_BLEND);

  glUseProgram(p.program);
  glBindVertexArray(p.vertex_array);
  glActiveTexture(GL_TEXTURE0);
  upload_days(p, bg);
  glBindTexture(GL_TEXTURE_2D, p.texture);
  const Uniforms& u = p.uniforms;
  set_vec4(p, u.rect, bg.min.x, bg.min.y, bg.max.x, bg.max.y);
  set_vec2(p, u.display, draw_data->DisplaySize.x, draw_data->DisplaySize.y);
  set_float(p, u.first_visible, static_cast<float>(bg.first_visible_day));
  set_float(p, u.days_per_px, static_cast<float>(bg.days_per_pixel));
  set_float(p, u.today, static_cast<float>(bg.today));
  set_float(p, u.pixel_ratio, bg.pixel_ratio);
  set_float(p, u.heat_height, bg.heat_strip_height);
  set_int(p, u.day_count, static_cast<GLint>(bg.flags.size()));
  set_int(p, u.first_weekday, static_cast<GLint>(bg.first_day.iso_weekday()));
  set_int(p, u.days, 0);
  set_colour(p, u.base, bg.base);
  set_colour(p, u.weekend, bg.weekend);
  set_colour(p, u.bank_holiday, bg.bank_holiday);
  set_colour(p, u.leave, bg.leave);
  set_colour(p, u.busy, bg.busy);
  set_colour(p, u.grid, bg.grid);
  set_colour(p, u.month_grid, bg.month_grid);
  set_colour(p, u.today_line, bg.today_line);
  set_colour(p, u.heat_low, bg.heat_low);
  set_colour(p, u.heat_high, bg.heat_high);
  glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
  glBindVertexArray(0);
}

}  // namespace

ImDrawCallback timeline_painter() {
  Painter& p = g_painter;
  if (p.state == Painter::State::untried) p.state = build(p) ? Painter::State::ready : Painter::State::failed;
  return p.state == Painter::State::ready ? paint : nullptr;
}

}  // namespace planner::web
