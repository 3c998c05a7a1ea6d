// planner_files.js: plan and review files into the app (linked with emcc --js-library; the C++
// half is WebHost::choose_file in web_host.cpp and planner_file_received in web_main.cpp).
//
// Implements: the file chooser (a hidden <input type=file>, opened by "Import plan…" and "Import
// mentor review…"), files dropped anywhere on the page, and reading the file as text, no more than
// one byte over the core's size cap.
//
// Does not: judge the file (the core's loaders do, and the app shows the preview or says why it is
// refused), or save files: downloads are planner_exports.js's.

mergeInto(LibraryManager.library, {
  $PlannerFiles__deps: ['$PlannerHeap'],
  $PlannerFiles: {
    fileInput: null,

    // Reads a chosen or dropped file as text and hands it to the app. Only one byte more than the
    // core accepts is read, so a huge file costs nothing and still gets the core's "too large".
    readFile: function(file) {
      var cap = _planner_max_file_bytes();
      file.slice(0, cap + 1).text().then(function(text) {
        PlannerHeap.withUTF8(file.name || '', function(name, nameBytes) {
          PlannerHeap.withUTF8(text, function(pointer, bytes) { _planner_file_received(name, nameBytes, pointer, bytes); });
        });
      }, function() {
        // Unreadable (moved, permissions): the app says so like any refused file.
        PlannerHeap.withUTF8(file.name || '', function(name, nameBytes) {
          PlannerHeap.withUTF8('', function(pointer, bytes) { _planner_file_received(name, nameBytes, pointer, bytes); });
        });
      });
    },

    chooseFile: function() {
      var input = PlannerFiles.fileInput;
      input.value = '';  // choosing the same file again still fires change
      input.click();
    },

    // Adds the hidden chooser to the page and takes files dropped on the window.
    listen: function() {
      var input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.className = 'offscreen';
      input.tabIndex = -1;
      input.setAttribute('aria-hidden', 'true');
      input.addEventListener('change', function() {
        if (input.files && input.files[0]) PlannerFiles.readFile(input.files[0]);
      });
      document.body.appendChild(input);
      PlannerFiles.fileInput = input;
      var carriesFiles = function(event) {
        return event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types || [], 'Files') >= 0;
      };
      window.addEventListener('dragover', function(event) {
        if (!carriesFiles(event)) return;
        event.preventDefault();  // allows the drop; without it the browser opens the file instead
        event.dataTransfer.dropEffect = 'copy';
      });
      window.addEventListener('drop', function(event) {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        var file = event.dataTransfer.files && event.dataTransfer.files[0];
        if (file) PlannerFiles.readFile(file);
      });
    },
  },

  planner_js_choose_file__deps: ['$PlannerFiles'],
  planner_js_choose_file: function() { PlannerFiles.chooseFile(); },
});
