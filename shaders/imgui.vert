#version 300 es
// Dear ImGui's triangles: positions in CSS pixels of the page, a texture coordinate into the font
// atlas, a colour per vertex (platform/web/gl_imgui_renderer.cpp).
precision highp float;

layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_colour;  // bytes, normalised

uniform vec4 u_to_clip;  // clip = position * xy + zw: the page's pixels onto -1..1, y up

out vec2 v_uv;
out vec4 v_colour;

void main() {
  v_uv = a_uv;
  v_colour = a_colour;
  gl_Position = vec4(a_position * u_to_clip.xy + u_to_clip.zw, 0.0, 1.0);
}
