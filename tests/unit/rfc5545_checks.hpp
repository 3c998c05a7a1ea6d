#pragma once
// Our own RFC 5545 checks of an iCalendar stream, stricter than the parsers people import with
// (which accept bare LF, over-long lines and missing properties): the tests read what export_ics
// writes the way the RFC says, so a slip shows up as a message naming the line. The one
// implementation: the unit tests include it, and the browser and CLI tests run it on the files
// they download or write through tests/tools/rfc5545_check.cpp (tests/e2e/rfc5545.mjs).
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace planner::rfc5545 {

struct Property {
  std::string name;    // "DTSTART"
  std::string params;  // ";VALUE=DATE", as written
  std::string value;   // as written (still escaped)
};

struct Component {
  std::string name;  // "VEVENT"
  std::vector<Property> properties;
  std::vector<Component> children;

  const Property* find(std::string_view property) const {
    for (const Property& p : properties) {
      if (p.name == property) return &p;
    }
    return nullptr;
  }
  int count(std::string_view property) const {
    int n = 0;
    for (const Property& p : properties) n += p.name == property;
    return n;
  }
};

inline bool valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80             ? 1
                         : (lead & 0xE0) == 0xC0 ? 2
                         : (lead & 0xF0) == 0xE0 ? 3
                         : (lead & 0xF8) == 0xF0 ? 4
                                                 : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

// Unescapes a TEXT value (§3.3.11); `error` is set on an escape the RFC does not define.
inline std::string unescape_text(std::string_view value, std::string& error) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] != '\\') {
      out += value[i];
      continue;
    }
    if (++i == value.size()) {
      error = "a TEXT value ends in a lone backslash";
      return out;
    }
    switch (value[i]) {
      case '\\': out += '\\'; break;
      case ';': out += ';'; break;
      case ',': out += ','; break;
      case 'n':
      case 'N': out += '\n'; break;
      default: error = std::string("undefined escape \\") + value[i]; return out;
    }
  }
  return out;
}

struct Parsed {
  std::vector<std::string> errors;
  std::vector<Component> calendars;
};

// Checks the physical lines (CRLF only, at most 75 octets, each valid UTF-8 so no character is
// split by a fold, no control characters but HTAB), unfolds them, and builds the component tree
// (BEGIN/END balanced and matching).
inline Parsed parse(std::string_view text) {
  Parsed out;
  std::vector<std::string> logical;
  std::size_t at = 0;
  int line_number = 0;
  while (at < text.size()) {
    ++line_number;
    const std::size_t crlf = text.find("\r\n", at);
    if (crlf == std::string_view::npos) {
      out.errors.push_back("line " + std::to_string(line_number) + " does not end with CRLF");
      break;
    }
    const std::string_view physical = text.substr(at, crlf - at);
    at = crlf + 2;
    const std::string where = "line " + std::to_string(line_number);
    if (physical.size() > 75) out.errors.push_back(where + " is " + std::to_string(physical.size()) + " octets long");
    if (!valid_utf8(physical)) out.errors.push_back(where + " is not whole UTF-8 (a fold split a character?)");
    for (const char c : physical) {
      const auto byte = static_cast<unsigned char>(c);
      if ((byte < 0x20 && c != '\t') || byte == 0x7f) out.errors.push_back(where + " holds a control character");
    }
    if (!physical.empty() && (physical[0] == ' ' || physical[0] == '\t')) {
      if (logical.empty()) out.errors.push_back(where + " continues nothing");
      else logical.back() += physical.substr(1);
    } else {
      logical.emplace_back(physical);
    }
  }
  std::vector<Component> stack;
  for (const std::string& line : logical) {
    // The name and parameters end at the first ":" outside a quoted parameter value.
    std::size_t colon = std::string::npos;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '"') quoted = !quoted;
      if (line[i] == ':' && !quoted) {
        colon = i;
        break;
      }
    }
    if (colon == std::string::npos) {
      out.errors.push_back("no ':' in \"" + line + "\"");
      continue;
    }
    const std::string head = line.substr(0, colon);
    const std::size_t semicolon = head.find(';');
    Property property{head.substr(0, semicolon), semicolon == std::string::npos ? "" : head.substr(semicolon),
                      line.substr(colon + 1)};
    for (const char c : property.name) {
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
        out.errors.push_back("bad name " + property.name);
    }
    if (property.name == "BEGIN") {
      stack.push_back(Component{property.value, {}, {}});
    } else if (property.name == "END") {
      if (stack.empty() || stack.back().name != property.value) {
        out.errors.push_back("END:" + property.value + " does not close " +
                             (stack.empty() ? "anything" : stack.back().name));
        continue;
      }
      Component done = std::move(stack.back());
      stack.pop_back();
      if (stack.empty()) out.calendars.push_back(std::move(done));
      else stack.back().children.push_back(std::move(done));
    } else if (stack.empty()) {
      out.errors.push_back(property.name + " outside any component");
    } else {
      stack.back().properties.push_back(std::move(property));
    }
  }
  if (!stack.empty()) out.errors.push_back(stack.back().name + " is never closed");
  return out;
}

// What every VEVENT of an exported calendar must have (§3.6.1, §3.8.4.7, §3.8.7.2) and how its
// dates must relate: exactly one UID (unique in the file) and DTSTAMP (UTC), one DTSTART, and a
// DTEND of the same value type after it; VALARMs with ACTION, TRIGGER and DESCRIPTION.
inline std::vector<std::string> check_calendar(const Component& calendar) {
  std::vector<std::string> errors;
  if (calendar.name != "VCALENDAR") errors.push_back("top level is " + calendar.name);
  for (const char* required : {"VERSION", "PRODID"}) {
    if (calendar.count(required) != 1) errors.push_back(std::string("VCALENDAR needs one ") + required);
  }
  if (const Property* version = calendar.find("VERSION"); version && version->value != "2.0")
    errors.push_back("VERSION is not 2.0");
  std::set<std::string> uids;
  for (const Component& event : calendar.children) {
    if (event.name != "VEVENT") continue;
    const Property* uid = event.find("UID");
    const std::string who = uid ? uid->value : "a VEVENT";
    for (const char* once : {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"}) {
      if (event.count(once) != 1) errors.push_back(who + " needs exactly one " + once);
    }
    if (uid && !uids.insert(uid->value).second) errors.push_back("UID " + uid->value + " is used twice");
    const Property* stamp = event.find("DTSTAMP");
    if (stamp && (stamp->value.size() != 16 || stamp->value.back() != 'Z' || stamp->value[8] != 'T')) {
      errors.push_back(who + ": DTSTAMP " + stamp->value + " is not a UTC DATE-TIME");
    }
    const Property* start = event.find("DTSTART");
    const Property* end = event.find("DTEND");
    if (start && end) {
      if (start->params != end->params) errors.push_back(who + ": DTSTART and DTEND differ in type");
      const std::size_t length = start->params == ";VALUE=DATE" ? 8 : 15;
      if (start->value.size() != length || end->value.size() != length) errors.push_back(who + ": malformed date");
      // Both are fixed-width basic formats: text order is time order. DTEND is exclusive.
      if (!(start->value < end->value)) errors.push_back(who + ": DTEND is not after DTSTART");
    }
    for (const Property& p : event.properties) {
      if (p.name == "SUMMARY" || p.name == "DESCRIPTION" || p.name == "LOCATION") {
        std::string error;
        unescape_text(p.value, error);
        if (!error.empty()) errors.push_back(who + " " + p.name + ": " + error);
      }
    }
    for (const Component& alarm : event.children) {
      if (alarm.name != "VALARM") continue;
      for (const char* once : {"ACTION", "TRIGGER", "DESCRIPTION"}) {
        if (alarm.count(once) != 1) errors.push_back(who + ": VALARM needs one " + once);
      }
    }
  }
  return errors;
}

// A whole exported file: parse() and check_calendar() on the one calendar it must hold.
inline Parsed check_file(std::string_view text) {
  Parsed out = parse(text);
  if (out.calendars.size() != 1) out.errors.push_back(std::to_string(out.calendars.size()) + " calendars in the file");
  for (const Component& calendar : out.calendars) {
    for (std::string& error : check_calendar(calendar)) out.errors.push_back(std::move(error));
  }
  return out;
}

}  // namespace planner::rfc5545
