// Our stand-in for Dear ImGui's examples/libs/emscripten/emscripten_mainloop_stub.h, which
// Debian's repack of the source drops: it lets the stock example's desktop main loop run as an
// Emscripten main loop (one iteration per animation frame, redrawing every frame), exactly what
// the stock web demo does. Used only to build the reference demo that `make bench` compares with.
#pragma once
#include <emscripten.h>
#include <functional>

static std::function<void()> MainLoopForEmscriptenP;
static void MainLoopForEmscripten() { MainLoopForEmscriptenP(); }
#define EMSCRIPTEN_MAINLOOP_BEGIN MainLoopForEmscriptenP = [&]()
#define EMSCRIPTEN_MAINLOOP_END ; emscripten_set_main_loop(MainLoopForEmscripten, 0, true)
