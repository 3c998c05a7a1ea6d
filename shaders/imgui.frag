#version 300 es
// Dear ImGui's triangles: the vertex colour, its alpha times the font atlas's coverage (one
// channel; shapes sample the atlas's opaque white texel).
precision mediump float;

uniform sampler2D u_atlas;

in vec2 v_uv;
in vec4 v_colour;

layout(location = 0) out vec4 out_colour;

void main() {
  out_colour = vec4(v_colour.rgb, v_colour.a * texture(u_atlas, v_uv).r);
}
