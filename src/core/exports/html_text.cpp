#include "core/exports/html_text.hpp"

namespace planner {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\t':
      case '\n': out += c; break;
      case '\r':
        // CRLF and a lone CR are one line break: LF, so white-space: pre-line shows one.
        if (i + 1 == text.size() || text[i + 1] != '\n') out += '\n';
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
        break;
    }
  }
  return out;
}

}  // namespace planner
