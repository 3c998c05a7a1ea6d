#pragma once
// The JavaScript half of the platform layer (planner_web.js, linked with --js-library), as C
// declarations. Strings cross as NUL-terminated UTF-8; JavaScript never keeps a pointer.
extern "C" {
// Tells the page the app cannot start ("webgl2": no WebGL 2 context), so it can explain.
void planner_js_startup_failed(const char* reason);
// 1 when the page was opened to show the demo (`?demo` in its address), else 0.
int planner_js_demo_requested(void);
// Installs the DOM listeners and window.planner; the first resize draws the first frame.
void planner_js_init(void);
// Draws at the next animation frame (once, however often it is asked).
void planner_js_request_frame(void);
// Draws after this many milliseconds unless a frame comes first; replaces an earlier wake-up.
void planner_js_wake_after(double milliseconds);
// Counts a drawn frame (window.planner.frames()); the first one hides the loading indicator.
void planner_js_frame_drawn(void);
// Shows a CSS cursor for an ImGuiMouseCursor value.
void planner_js_set_cursor(int imgui_cursor);
// Moves the hidden text field that receives typed text and composition to the caret (CSS pixels)
// and focuses it, or blurs it (which also closes an on-screen keyboard).
void planner_js_text_input(int active, float x, float y, float line_height);
// Writes text to the system clipboard (for buttons such as "Copy link"; the keyboard's Ctrl+C
// goes through the browser's copy event instead).
void planner_js_write_clipboard(const char* text);
}
