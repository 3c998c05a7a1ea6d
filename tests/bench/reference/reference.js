// Emscripten's GLFW looks for Module.canvas, as in the stock example's shell.
var Module = {canvas: document.getElementById('canvas')};
