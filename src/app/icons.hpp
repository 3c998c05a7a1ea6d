#pragma once
// The icons the UI draws, as UTF-8 strings. Each line's code point is read by cmake/AppFront.cmake
// to subset the icon font, so a new icon is one new line here.
namespace planner::icons {
inline constexpr const char* kCheck = "\u2713";     // U+2713 check mark: done, signed off
inline constexpr const char* kCross = "\u2717";     // U+2717 ballot x: error
inline constexpr const char* kWarning = "\u26A0";   // U+26A0 warning sign
inline constexpr const char* kInfo = "\u2139";      // U+2139 information source: note
inline constexpr const char* kUndo = "\u21B6";      // U+21B6 anticlockwise arrow: undo
inline constexpr const char* kRedo = "\u21B7";      // U+21B7 clockwise arrow: redo
inline constexpr const char* kMenu = "\u2630";      // U+2630 trigram: menu
inline constexpr const char* kPlay = "\u25B6";      // U+25B6 right triangle: expand, next
inline constexpr const char* kBack = "\u25C0";      // U+25C0 left triangle: previous
inline constexpr const char* kUp = "\u25B2";        // U+25B2 up triangle: move up
inline constexpr const char* kDown = "\u25BC";      // U+25BC down triangle: move down
inline constexpr const char* kDot = "\u25CF";       // U+25CF black circle: legend swatch
inline constexpr const char* kStar = "\u2605";      // U+2605 star: milestone
inline constexpr const char* kSettings = "\u2699";  // U+2699 gear
inline constexpr const char* kEdit = "\u270E";      // U+270E pencil
inline constexpr const char* kAdd = "\u271A";       // U+271A heavy greek cross: add
inline constexpr const char* kRemove = "\u2716";    // U+2716 heavy multiplication x: delete
inline constexpr const char* kRefresh = "\u21BB";   // U+21BB clockwise open circle arrow: reset
inline constexpr const char* kFlag = "\u2691";      // U+2691 black flag: deadline
inline constexpr const char* kSun = "\u263C";       // U+263C sun: light theme
inline constexpr const char* kMoon = "\u263E";      // U+263E moon: dark theme
inline constexpr const char* kContrast = "\u25D0";  // U+25D0 half circle: high contrast
inline constexpr const char* kHome = "\u2302";      // U+2302 house: next up
inline constexpr const char* kCircle = "\u25CB";    // U+25CB white circle: planned, not yet done
inline constexpr const char* kComment = "\u275D";   // U+275D heavy double turned comma quote: a mentor's comment
}  // namespace planner::icons
