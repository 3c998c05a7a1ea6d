#include "app/event_colours.hpp"

namespace planner {
namespace {

constexpr ImVec4 rgb(unsigned hex) {
  return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f, static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                static_cast<float>(hex & 0xFF) / 255.0f, 1.0f);
}

ImVec4 mix(const ImVec4& a, const ImVec4& b, float t) {
  return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f);
}

// Deep colours for the light theme; the dark themes lift them towards white.
ImVec4 light_colour(EventKind kind) {
  switch (kind) {
    case EventKind::module: return rgb(0x4A5568);
    case EventKind::f2f: return rgb(0x005EB8);
    case EventKind::online: return rgb(0x00707A);
    case EventKind::wba_due: return rgb(0x8F5400);
    case EventKind::assignment_due: return rgb(0xB3261E);
    case EventKind::dissertation_milestone: return rgb(0x6B3FA0);
    case EventKind::review: return rgb(0x1E6B30);
    case EventKind::shadowing: return rgb(0xA14500);
    case EventKind::peer_observation: return rgb(0x7B4A12);
    case EventKind::als: return rgb(0x00609A);
    case EventKind::mentoring: return rgb(0x556300);
    case EventKind::guest_session: return rgb(0x8A2C6A);
    case EventKind::diary: return rgb(0x595959);
    case EventKind::leave: return rgb(0x5F6670);
    case EventKind::busy: return rgb(0x6E6259);
    case EventKind::induction: return rgb(0x006868);
    case EventKind::gateway: return rgb(0x3E2C8F);
    case EventKind::epa: return rgb(0x7A1F5C);
  }
  return rgb(0x4A5568);
}

}  // namespace

ImVec4 event_colour(EventKind kind, Theme theme) {
  const ImVec4 deep = light_colour(kind);
  switch (theme) {
    case Theme::light: return deep;
    case Theme::dark: return mix(deep, rgb(0xFFFFFF), 0.55f);
    case Theme::high_contrast: return mix(deep, rgb(0xFFFFFF), 0.68f);
  }
  return deep;
}

ImVec4 event_fill(EventKind kind, Theme theme) {
  const ImVec4 surface = palette(theme).surface;
  return mix(surface, event_colour(kind, theme), theme == Theme::light ? 0.16f : 0.26f);
}

}  // namespace planner
