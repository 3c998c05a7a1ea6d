// rfc5545-check: the project's one RFC 5545 checker (tests/unit/rfc5545_checks.hpp) as a command,
// so the browser and CLI tests read the .ics files they download or write exactly as the unit
// tests read export_ics's output (tests/e2e/rfc5545.mjs runs it).
//
//   rfc5545-check FILE.ics      (- reads standard input)
//
// Prints JSON: {"errors": [...], "calendars": [component]}, where a component is
// {"name", "props": [{"name", "params", "value", "text"?}], "children": [component]}; "value" is as
// written, "text" the value read as TEXT (§3.3.11), left out when it is not valid TEXT.
// Exit status: 0 when every check passes, 1 when some fail, 2 when the file cannot be read.
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

#include "rfc5545_checks.hpp"

namespace {

using nlohmann::ordered_json;
using namespace planner::rfc5545;

ordered_json component_json(const Component& component) {
  ordered_json props = ordered_json::array();
  for (const Property& property : component.properties) {
    ordered_json prop{{"name", property.name}, {"params", property.params}, {"value", property.value}};
    std::string error;
    std::string text = unescape_text(property.value, error);
    if (error.empty()) prop["text"] = std::move(text);
    props.push_back(std::move(prop));
  }
  ordered_json children = ordered_json::array();
  for (const Component& child : component.children) children.push_back(component_json(child));
  return {{"name", component.name}, {"props", std::move(props)}, {"children", std::move(children)}};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: rfc5545-check FILE.ics (- for standard input)\n";
    return 2;
  }
  const std::string path = argv[1];
  std::ifstream file;
  if (path != "-") file.open(path, std::ios::binary);
  std::istream& in = path == "-" ? std::cin : file;
  if (!in) {
    std::cerr << "rfc5545-check: cannot read " << path << "\n";
    return 2;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const Parsed parsed = check_file(text);
  ordered_json calendars = ordered_json::array();
  for (const Component& calendar : parsed.calendars) calendars.push_back(component_json(calendar));
  // The file's text is whole UTF-8 when it passes; anything else is replaced, never thrown on.
  std::cout << ordered_json{{"errors", parsed.errors}, {"calendars", std::move(calendars)}}.dump(
                   -1, ' ', false, ordered_json::error_handler_t::replace)
            << "\n";
  return parsed.errors.empty() ? 0 : 1;
}
