#version 300 es
// The timeline background, one fragment at a time: weekends, busy periods, leave (hatched), bank
// holidays, the week and month grid, the today line and the workload heat strip. Lines are one
// device pixel wide whatever the zoom: positions are computed per pixel, not rasterised shapes.
precision highp float;
precision highp int;

uniform vec4 u_rect;            // canvas in CSS pixels: min.x, min.y, max.x, max.y
uniform float u_first_visible;  // days since the data's first day at the canvas's left edge
uniform float u_days_per_px;    // zoom: days per CSS pixel
uniform float u_today;          // days since the data's first day; outside the data: no line
uniform float u_pixel_ratio;    // device pixels per CSS pixel
uniform float u_heat_height;    // height of the workload strip at the bottom, CSS pixels
uniform int u_day_count;        // days in the data texture
uniform int u_first_weekday;    // ISO weekday (1 = Monday) of the data's first day
uniform sampler2D u_days;       // one texel a day: r = flags (see timeline_background.hpp), g = workload

uniform vec4 u_base;
uniform vec4 u_weekend;
uniform vec4 u_bank_holiday;
uniform vec4 u_leave;
uniform vec4 u_busy;
uniform vec4 u_grid;
uniform vec4 u_month_grid;
uniform vec4 u_today_line;
uniform vec4 u_heat_low;
uniform vec4 u_heat_high;

in vec2 v_pixel;
out vec4 o_colour;

const int kWeekend = 1;
const int kBankHoliday = 2;
const int kLeave = 4;
const int kBusy = 8;
const int kMonthStart = 16;

vec3 over(vec3 below, vec4 above) { return mix(below, above.rgb, above.a); }

vec4 day_texel(int day) { return texelFetch(u_days, ivec2(day, 0), 0); }
int day_flags(vec4 texel) { return int(texel.r * 255.0 + 0.5); }

void main() {
  float x = v_pixel.x - u_rect.x;
  float y = v_pixel.y - u_rect.y;
  float height = u_rect.w - u_rect.y;
  float device = 1.0 / u_pixel_ratio;  // one device pixel, in CSS pixels
  float px_per_day = 1.0 / u_days_per_px;

  float day_f = u_first_visible + x * u_days_per_px;
  int day = int(floor(day_f));
  vec3 colour = u_base.rgb;
  bool in_data = day >= 0 && day < u_day_count;
  vec4 texel = in_data ? day_texel(day) : vec4(0.0);
  int flags = day_flags(texel);

  if ((flags & kWeekend) != 0) colour = over(colour, u_weekend);
  if ((flags & kBusy) != 0) colour = over(colour, u_busy);
  if ((flags & kLeave) != 0) {
    // Diagonal hatching, 8 CSS pixels a period, so leave reads as leave in any colour scheme.
    float stripe = mod(v_pixel.x + v_pixel.y, 8.0);
    colour = over(colour, vec4(u_leave.rgb, u_leave.a * (stripe < 4.0 ? 1.0 : 0.5)));
  }
  if ((flags & kBankHoliday) != 0) colour = over(colour, u_bank_holiday);

  // Grid lines sit on the left edge of their day, one device pixel wide.
  float into_day = (day_f - float(day)) * px_per_day;  // CSS pixels from the day's left edge
  bool on_edge = into_day < device;
  int weekday = ((day + u_first_weekday - 1) % 7 + 7) % 7 + 1;  // ISO weekday of `day`
  if (on_edge) {
    if ((flags & kMonthStart) != 0) {
      colour = over(colour, u_month_grid);
    } else if (weekday == 1 && px_per_day * 7.0 >= 6.0) {
      colour = over(colour, u_grid);  // week lines once weeks are at least 6 px apart
    } else if (px_per_day >= 16.0) {
      colour = over(colour, vec4(u_grid.rgb, u_grid.a * 0.45));  // day lines when days are wide
    }
  }

  // Workload: a strip along the bottom, from nothing (transparent) to the busiest day.
  if (in_data && y >= height - u_heat_height && texel.g > 0.0) {
    colour = over(colour, mix(u_heat_low, u_heat_high, texel.g));
  }

  // Today: a line two CSS pixels wide at the start of today.
  float today_x = (u_today - u_first_visible) * px_per_day;
  if (u_today >= 0.0 && u_today < float(u_day_count) && x >= today_x && x < today_x + 2.0) {
    colour = over(colour, u_today_line);
  }
  o_colour = vec4(colour, 1.0);
}
