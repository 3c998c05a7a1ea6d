#include "core/files/json_writer.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/text/utf8.hpp"

namespace planner {
namespace {

// What dump() escapes (ensure_ascii off): control characters, the quote and the backslash.
bool needs_escape(unsigned char byte) { return byte < 0x20 || byte == '"' || byte == '\\'; }

}  // namespace

JsonWriter::JsonWriter(JsonLayout layout, int depth, std::string prefix)
    : layout_(layout), base_depth_(depth), out_(std::move(prefix)) {}

void JsonWriter::begin_line(int depth) {
  out_ += '\n';
  out_.append(static_cast<std::size_t>(2 * (base_depth_ + depth)), ' ');
}

void JsonWriter::begin_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ == 0) return;
  Level& level = open_level();
  if (level.is_object) throw std::logic_error("JsonWriter: a value in an object needs a key first");
  if (!level.empty) out_ += ',';
  level.empty = false;
  if (layout_ == JsonLayout::indented) begin_line(static_cast<int>(depth_));
}

void JsonWriter::key(std::string_view name) {
  if (depth_ == 0 || !open_level().is_object || after_key_)
    throw std::logic_error("JsonWriter: a key outside an object, or two keys in a row");
  Level& level = open_level();
  if (!level.empty && name <= level.last_key)
    throw std::logic_error("JsonWriter: \"" + std::string(name) + "\" after \"" + level.last_key +
                           "\": members must come in ascending order of their names");
  if (!level.empty) out_ += ',';
  level.empty = false;
  level.last_key.assign(name);
  if (layout_ == JsonLayout::indented) begin_line(static_cast<int>(depth_));
  append_escaped(name);
  out_ += layout_ == JsonLayout::indented ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::open(char bracket, bool is_object) {
  begin_value();
  out_ += bracket;
  if (depth_ == levels_.size()) levels_.emplace_back();
  Level& level = levels_[depth_++];
  level.is_object = is_object;
  level.empty = true;
}

void JsonWriter::begin_object() { open('{', true); }
void JsonWriter::begin_array() { open('[', false); }

void JsonWriter::close(char bracket, bool is_object) {
  if (depth_ == 0 || open_level().is_object != is_object || after_key_)
    throw std::logic_error("JsonWriter: closing what is not open");
  const bool empty = open_level().empty;
  --depth_;
  // As dump(2) does: "{}" and "[]" when empty, else the bracket on a line of its own.
  if (!empty && layout_ == JsonLayout::indented) begin_line(static_cast<int>(depth_));
  out_ += bracket;
}

void JsonWriter::end_object() { close('}', true); }
void JsonWriter::end_array() { close(']', false); }

void JsonWriter::string(std::string_view text) {
  begin_value();
  append_escaped(text);
}

void JsonWriter::boolean(bool value) {
  begin_value();
  out_ += value ? "true" : "false";
}

void JsonWriter::integer(std::int64_t value) {
  begin_value();
  std::array<char, 24> digits{};
  const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
  out_.append(digits.data(), end);
}

void JsonWriter::number(double value) {
  begin_value();
  if (!std::isfinite(value)) {
    out_ += "null";
    return;
  }
  // The routine dump() itself calls: shortest digits, and ".0" on whole numbers.
  std::array<char, 64> digits{};
  const char* end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), value);
  out_.append(static_cast<const char*>(digits.data()), end);
}

void JsonWriter::append_escaped(std::string_view text) {
  // Most text is plain ASCII with nothing to escape (ids, dates, names): one pass, one copy.
  const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x80 && !needs_escape(byte);
  });
  if (plain) {
    out_ += '"';
    out_ += text;
    out_ += '"';
    return;
  }
  if (!is_utf8(text)) {
    // Rare (plans are UTF-8 throughout); where each U+FFFD goes is nlohmann's to decide.
    out_ += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  out_ += '"';
  std::size_t plain_from = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (!needs_escape(byte)) continue;
    out_.append(text.data() + plain_from, i - plain_from);
    plain_from = i + 1;
    switch (byte) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\t': out_ += "\\t"; break;
      case '\n': out_ += "\\n"; break;
      case '\f': out_ += "\\f"; break;
      case '\r': out_ += "\\r"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out_ += "\\u00";
        out_ += kHex[byte >> 4];
        out_ += kHex[byte & 0xF];
      }
    }
  }
  out_.append(text.data() + plain_from, text.size() - plain_from);
  out_ += '"';
}

}  // namespace planner
