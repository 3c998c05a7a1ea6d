#include "core/files/untrusted_json.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace planner {
namespace {

using nlohmann::json;

std::string shown_key(std::string_view text) {
  constexpr std::size_t kShown = 40;
  std::string shown(text.substr(0, kShown));
  if (text.size() > kShown) shown += "…";
  // `replace` keeps a cut through a multi-byte character from throwing.
  return json(shown).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string mebibytes(std::size_t bytes) {
  const double mib = static_cast<double>(bytes) / (1024.0 * 1024.0);
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MiB", mib);
  return text;
}

// 1-based line and column of a byte offset, as a text editor would show them.
std::string line_and_column(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(offset - line_start + 1);
}

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 1, column 3:
// syntax error while parsing value - invalid literal; last read: 'tr'"; keep only the reason
// ("invalid literal"): the position is ours, and "last read" can quote megabytes.
std::string reason_of(const json::exception& error) {
  if (error.id == 406) return "a number too large to represent";
  const std::string_view what = error.what();
  std::size_t begin = what.find(" - ");
  begin = begin == std::string_view::npos ? what.find(": ") : begin;
  if (begin == std::string_view::npos) return "malformed JSON";
  begin += 3;
  const std::size_t end = what.find("; last read", begin);
  std::string reason(what.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin));
  if (reason.size() > 120) reason.resize(120);
  return reason;
}

// Builds the document like nlohmann's own DOM parser, plus the limits. Returning false from any
// event stops the parser at once.
class BoundedDomBuilder {
 public:
  BoundedDomBuilder(std::string_view text, const JsonLimits& limits) : text_(text), limits_(limits) {}

  bool null() { return add(json(nullptr)); }
  bool boolean(bool value) { return add(json(value)); }
  bool number_integer(json::number_integer_t value) { return add(json(value)); }
  bool number_unsigned(json::number_unsigned_t value) { return add(json(value)); }
  bool number_float(json::number_float_t value, const std::string& /*text*/) {
    // The parser already refuses overflow; this keeps NaN and infinity out whatever it does.
    if (!std::isfinite(value)) return fail(pointer(), "a number too large to represent", false);
    return add(json(value));
  }
  bool string(std::string& value) { return add(json(std::move(value))); }
  bool binary(json::binary_t& /*value*/) { return fail(pointer(), "binary data is not JSON", true); }

  bool start_object(std::size_t /*elements*/) { return open(json::object()); }
  bool start_array(std::size_t /*elements*/) { return open(json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(std::string& name) {
    Frame& frame = frames_.back();
    if (frame.container->size() >= limits_.max_members) {
      frame.key = nullptr;  // the problem is the object, not its last key
      return fail(pointer(), "has more than " + std::to_string(limits_.max_members) + " keys", true);
    }
    // One lookup both finds a repeated key and makes the slot the value will go into. Map nodes
    // never move, so the slot and the key stay valid while the object grows.
    const auto [entry, fresh] = frame.container->emplace(std::move(name), nullptr);
    frame.key = &entry.key();
    frame.slot = &entry.value();
    if (!fresh) return fail(pointer(), "the key " + shown_key(*frame.key) + " appears twice in one object", false);
    return true;
  }

  bool parse_error(std::size_t position, const std::string& /*last_token*/, const json::exception& error) {
    // nlohmann counts the character it stopped on; point at it rather than after it.
    const std::size_t offset = position > 0 ? position - 1 : 0;
    return fail(pointer(), "is not valid JSON: " + reason_of(error) + " at " + line_and_column(text_, offset), true);
  }

  UntrustedJson result() && {
    UntrustedJson out;
    if (failure_) {
      out.problem = std::move(*failure_);
      out.malformed = malformed_;
    } else {
      out.value = std::move(root_);
    }
    return out;
  }

 private:
  struct Frame {
    json* container;
    const std::string* key = nullptr;  // objects: the key of the value being read, once one is
    json* slot = nullptr;              // objects: where that value goes
  };

  json* insert(json&& value) {
    if (frames_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Frame& frame = frames_.back();
    if (frame.container->is_array()) {
      frame.container->push_back(std::move(value));
      return &frame.container->back();
    }
    *frame.slot = std::move(value);
    return frame.slot;
  }

  bool add(json&& value) {
    insert(std::move(value));
    return true;
  }

  bool open(json&& container) {
    if (frames_.size() >= limits_.max_depth) {
      return fail(pointer(),
                  "arrays and objects are nested more than " + std::to_string(limits_.max_depth) + " levels deep here",
                  true);
    }
    if (++containers_ > limits_.max_containers) {
      return fail(pointer(), "holds more than " + std::to_string(limits_.max_containers) + " arrays and objects", true);
    }
    // Pointers to containers stay valid: a parent is only appended to once its child is closed.
    json* opened = insert(std::move(container));
    frames_.push_back(Frame{opened});
    return true;
  }

  bool close() {
    frames_.pop_back();
    return true;
  }

  // The pointer of the value being read. Outer containers lead to their last child (the open
  // one); the innermost leads to the value in progress: the next index, or the last key read.
  std::string pointer() const {
    std::string out;
    for (std::size_t i = 0; i < frames_.size(); ++i) {
      const Frame& frame = frames_[i];
      const bool innermost = i + 1 == frames_.size();
      if (frame.container->is_array()) {
        out += '/';
        out += std::to_string(frame.container->size() - (innermost ? 0 : 1));
      } else if (frame.key != nullptr) {
        out += '/';
        out += json_pointer_segment(*frame.key);
      }
    }
    return out;
  }

  bool fail(std::string at, std::string message, bool malformed) {
    if (!failure_) {
      failure_ = LoadProblem{std::move(at), std::move(message)};
      malformed_ = malformed;
    }
    return false;
  }

  std::string_view text_;
  JsonLimits limits_;
  json root_;
  std::vector<Frame> frames_;
  std::size_t containers_ = 0;
  std::optional<LoadProblem> failure_;
  bool malformed_ = false;
};

}  // namespace

std::string json_pointer_segment(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

UntrustedJson parse_untrusted_json(std::string_view text, const JsonLimits& limits) {
  if (text.size() > limits.max_bytes) {
    UntrustedJson out;
    out.problem = LoadProblem{
        "", "is " + mebibytes(text.size()) + ", more than the " + mebibytes(limits.max_bytes) + " a file can be"};
    out.malformed = true;
    return out;
  }
  BoundedDomBuilder builder(text, limits);
  json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json, /*strict=*/true,
                  /*ignore_comments=*/false);
  return std::move(builder).result();
}

}  // namespace planner
