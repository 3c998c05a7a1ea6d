#pragma once
// RFC 5545 content lines (§3.1): what every property of an iCalendar file is written as.
//   - TEXT values (§3.3.11) escape backslash, semicolon, comma and line breaks: "\\", "\;",
//     "\,", "\n"; other control characters (none reach here from a valid plan) are dropped,
//     since TEXT may not hold them;
//   - a line longer than 75 octets is folded (CRLF and one space), never inside a UTF-8
//     character and never between a backslash and the character it escapes (legal, but some
//     parsers unescape before they unfold);
//   - every line ends with CRLF.
#include <string>
#include <string_view>

namespace planner {

// `text` as an RFC 5545 TEXT value.
std::string ics_escape_text(std::string_view text);

// Builds an iCalendar stream one content line at a time.
class IcsWriter {
 public:
  static constexpr std::size_t kMaxLineOctets = 75;  // without the CRLF

  // "NAME:VALUE" (or "NAME;PARAM=…:VALUE"), `value` already in its value type's form.
  void line(std::string_view name, std::string_view value);
  // A TEXT property: the value is escaped here.
  void text(std::string_view name, std::string_view text);
  void begin(std::string_view component) { line("BEGIN", component); }
  void end(std::string_view component) { line("END", component); }

  const std::string& str() const { return out_; }
  std::string take() && { return std::move(out_); }

 private:
  void folded(std::string_view content_line);
  std::string out_;
};

}  // namespace planner
