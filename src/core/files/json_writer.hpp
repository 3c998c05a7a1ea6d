#pragma once
// JSON text written straight from values, with no json document built first: byte for byte what
// nlohmann's dump() prints for the same document (keys in std::map order, numbers as nlohmann
// spells them, bytes that are not UTF-8 replaced by U+FFFD), compact or indented by two spaces.
//
// Why not nlohmann: the plan is written a moment after every edit (autosave), and building its
// document took most of a save's time. Why the same bytes: plan fingerprints (mentor_review.hpp)
// hash them, and review files written by earlier versions carry those hashes.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace planner {

enum class JsonLayout {
  compact,   // dump(-1): no whitespace at all
  indented,  // dump(2): a member or element a line, indented two spaces a level
};

class JsonWriter {
 public:
  // `depth`: how many levels deep the text will sit in a document written around it, so that
  // its lines are indented for that place. `prefix`: text already written before it (saves
  // copying a large text into its document afterwards).
  explicit JsonWriter(JsonLayout layout, int depth = 0, std::string prefix = {});

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();

  // An object's members must come in ascending byte order of their names, as nlohmann's
  // std::map keeps them. A member out of order is a bug in the caller: std::logic_error.
  void key(std::string_view name);

  void string(std::string_view text);
  void boolean(bool value);
  void integer(std::int64_t value);
  void number(double value);

  // The text so far; complete once every object and array is closed.
  const std::string& text() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  struct Level {
    bool is_object = false;
    bool empty = true;
    std::string last_key;
  };

  void begin_value();  // the separator and line break before a value (not after a key)
  void begin_line(int depth);
  void open(char bracket, bool is_object);
  void close(char bracket, bool is_object);
  void append_escaped(std::string_view text);

  Level& open_level() { return levels_[depth_ - 1]; }

  JsonLayout layout_;
  int base_depth_;
  // The open objects and arrays, innermost last: levels_[0, depth_). Closed levels stay, so that
  // their last_key keeps its memory for the next object at that depth.
  std::vector<Level> levels_;
  std::size_t depth_ = 0;
  bool after_key_ = false;
  std::string out_;
};

}  // namespace planner
