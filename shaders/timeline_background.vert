#version 300 es
// The timeline background quad: four vertices made from gl_VertexID (no vertex buffer), covering
// the canvas rectangle given in CSS pixels of the page.
precision highp float;

uniform vec4 u_rect;     // min.x, min.y, max.x, max.y in CSS pixels
uniform vec2 u_display;  // the page's size in CSS pixels (ImGui's display size)

out vec2 v_pixel;        // CSS pixels, page coordinates

void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
  v_pixel = mix(u_rect.xy, u_rect.zw, corner);
  vec2 clip = v_pixel / u_display * 2.0 - 1.0;
  gl_Position = vec4(clip.x, -clip.y, 0.0, 1.0);
}
