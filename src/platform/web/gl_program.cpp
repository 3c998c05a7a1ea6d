#include "platform/web/gl_program.hpp"

#include "platform/web/gl_state_routing.hpp"  // every GL state call goes through the shadow

#include <cstdio>
#include <string>

#include "planner_app_assets.hpp"

namespace planner::web {
namespace {

// The compile status is not asked here: each such question waits for the GPU process. The link
// status below is asked once, and a failed link fetches both shaders' logs.
GLuint compile(GLenum type, std::string_view name) {
  const auto source = assets::file(std::string("shaders/") + std::string(name));
  if (!source) {
    std::fprintf(stderr, "%.*s: shader missing from the embedded assets\n", static_cast<int>(name.size()), name.data());
    return 0;
  }
  const GLuint shader = glCreateShader(type);
  const GLchar* text = source->data();
  const GLint length = static_cast<GLint>(source->size());
  glShaderSource(shader, 1, &text, &length);
  glCompileShader(shader);
  return shader;
}

void print_shader_log(GLuint shader, std::string_view name) {
  char log[2048] = {};
  glGetShaderInfoLog(shader, sizeof log, nullptr, log);
  if (log[0] != '\0') std::fprintf(stderr, "%.*s: %s\n", static_cast<int>(name.size()), name.data(), log);
}

}  // namespace

GLuint link_program(std::string_view vertex, std::string_view fragment) {
  const GLuint vertex_shader = compile(GL_VERTEX_SHADER, vertex);
  const GLuint fragment_shader = compile(GL_FRAGMENT_SHADER, fragment);
  if (vertex_shader == 0 || fragment_shader == 0) {
    glDeleteShader(vertex_shader);
    glDeleteShader(fragment_shader);
    return 0;
  }
  GLuint program = glCreateProgram();
  glAttachShader(program, vertex_shader);
  glAttachShader(program, fragment_shader);
  glLinkProgram(program);
  GLint linked = GL_FALSE;
  glGetProgramiv(program, GL_LINK_STATUS, &linked);
  if (linked != GL_TRUE) {
    print_shader_log(vertex_shader, vertex);
    print_shader_log(fragment_shader, fragment);
    char log[2048] = {};
    glGetProgramInfoLog(program, sizeof log, nullptr, log);
    std::fprintf(stderr, "%.*s + %.*s did not link: %s\n", static_cast<int>(vertex.size()), vertex.data(),
                 static_cast<int>(fragment.size()), fragment.data(), log);
    glDeleteProgram(program);
    program = 0;
  }
  glDeleteShader(vertex_shader);
  glDeleteShader(fragment_shader);
  return program;
}

}  // namespace planner::web
