#pragma once
// The JavaScript half of the platform layer (the planner_*.js files beside this one, linked with
// --js-library), as C declarations, grouped by the file that implements them. Strings cross as
// NUL-terminated UTF-8 unless a length in bytes goes with them; JavaScript never keeps a pointer.
// (Exports and share links declare theirs in web_exports.cpp.)
extern "C" {
// ---- the page (planner_page.js) ---------------------------------------------------------------
// Tells the page the app cannot start ("webgl2": no WebGL 2 context), so it can explain.
void planner_js_startup_failed(const char* reason);
// 1 when the page was opened to show the demo (`?demo` in its address), else 0.
int planner_js_demo_requested(void);
// 1 when the page was opened from a file (file://: the one-file planner), else 0.
int planner_js_opened_from_file(void);
// Takes `demo` out of the address's query (history.replaceState: no reload, no new history entry).
void planner_js_forget_demo_request(void);
// Installs the DOM listeners and window.planner; the first resize draws the first frame.
void planner_js_init(void);
// Draws at the next animation frame (once, however often it is asked).
void planner_js_request_frame(void);
// Draws after this many milliseconds unless a frame comes first; replaces an earlier wake-up.
void planner_js_wake_after(double milliseconds);
// Calls planner_save_step after `milliseconds`, in a task of its own, replacing any call waiting;
// a negative delay only cancels the waiting one.
void planner_js_save_after(double milliseconds);
// Counts a drawn frame (window.planner.frames()); the first one hides the loading indicator.
void planner_js_frame_drawn(void);

// ---- input (planner_input.js) -----------------------------------------------------------------
// Shows a CSS cursor for an ImGuiMouseCursor value.
void planner_js_set_cursor(int imgui_cursor);
// Moves the hidden text field that receives typed text and composition to the caret (CSS pixels)
// and focuses it, or blurs it (which also closes an on-screen keyboard).
void planner_js_text_input(int active, float x, float y, float line_height);
// Writes text to the system clipboard (for buttons such as "Copy link"; the keyboard's Ctrl+C
// goes through the browser's copy event instead).
void planner_js_write_clipboard(const char* text);

// ---- files (planner_files.js) -----------------------------------------------------------------
// Opens the file chooser for a plan file; the file's text arrives through planner_file_received.
void planner_js_choose_file(void);

// ---- storage (planner_storage.js) -------------------------------------------------------------
// localStorage (web_storage.cpp). Keys and values go in as UTF-8 with their length in bytes, not
// NUL-terminated, so NUL bytes and multi-byte characters arrive exactly. Each call returns 0 (done,
// or found), 1 (read only: no such key), or an error kind: 2 quota exceeded, 3 unavailable,
// 4 other. It always hands back text in *text (malloc'd UTF-8, the caller frees it) and its
// length in bytes in *bytes: the value read, the keys as a JSON array, or the browser's words.
int planner_js_storage_read(const char* key, int key_bytes, char** text, int* bytes);
// Write and compare take the value either as bytes or, when `known` is 0 or more, as the text
// JavaScript keeps in that slot (already decoded: web_storage.cpp's KnownTexts); `remember`, when
// 0 or more, asks JavaScript to keep the decoded value in that slot.
int planner_js_storage_write(const char* key, int key_bytes, const char* value, int value_bytes, int known,
                             int remember, char** text, int* bytes);
// Compares in JavaScript: 0 the key holds exactly `value`, 1 missing, 2–4 an error (as above), 5
// something else.
int planner_js_storage_holds(const char* key, int key_bytes, const char* value, int value_bytes, int known,
                             int remember);
int planner_js_storage_remove(const char* key, int key_bytes, char** text, int* bytes);
int planner_js_storage_keys(const char* prefix, int prefix_bytes, char** text, int* bytes);
// Forwards the window's storage events (other tabs' changes) to planner_storage_event and reports,
// without asking the user, whether storage is already persistent (planner_storage_persistence).
void planner_js_storage_watch(void);
// Asks for persistent storage (navigator.storage.persist(); Firefox asks the user); the answer
// arrives through planner_storage_persistence.
void planner_js_storage_request_persistence(void);
}
