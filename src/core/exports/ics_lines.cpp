#include "core/exports/ics_lines.hpp"

#include <algorithm>

namespace planner {
namespace {

// Octets in the UTF-8 sequence that `lead` starts; a stray byte counts as one, so malformed
// text still folds at byte boundaries rather than looping or cutting further.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

}  // namespace

std::string ics_escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\r':
        // CRLF is one line break, as is a lone CR.
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n': out += "\\n"; break;
      case '\t': out += c; break;  // WSP is allowed in TEXT
      default:
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
        break;
    }
  }
  return out;
}

void IcsWriter::line(std::string_view name, std::string_view value) {
  std::string content;
  content.reserve(name.size() + 1 + value.size());
  content += name;
  content += ':';
  content += value;
  folded(content);
}

void IcsWriter::text(std::string_view name, std::string_view text) { line(name, ics_escape_text(text)); }

void IcsWriter::folded(std::string_view content) {
  std::size_t width = 0;  // octets on the current physical line, the leading space included
  for (std::size_t i = 0; i < content.size();) {
    std::size_t unit = sequence_length(static_cast<unsigned char>(content[i]));
    if (content[i] == '\\' && i + 1 < content.size())
      unit = 1 + sequence_length(static_cast<unsigned char>(content[i + 1]));
    unit = std::min(unit, content.size() - i);
    if (width + unit > kMaxLineOctets) {
      out_ += "\r\n ";
      width = 1;
    }
    out_.append(content.substr(i, unit));
    width += unit;
    i += unit;
  }
  out_ += "\r\n";
}

}  // namespace planner
