#pragma once
// Dear ImGui compile-time configuration for the app (IMGUI_USER_CONFIG), applied to the library
// and to every file that includes imgui.h.

// The automation layer (window.planner.items()) receives every item ImGui adds, with its id, label
// and rectangle, through the test-engine hooks. Cost when unused: one branch per item.
#define IMGUI_ENABLE_TEST_ENGINE

// Nothing is read from or written to files: layout settings go to browser storage from memory.
#define IMGUI_DISABLE_FILE_FUNCTIONS
// Neither the demo nor the metrics windows ship: smaller download.
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_DEBUG_TOOLS
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
