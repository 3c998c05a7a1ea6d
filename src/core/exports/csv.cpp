#include "core/exports/csv.hpp"

#include <map>

#include "core/planning/event_details.hpp"
#include "core/planning/otj.hpp"

namespace planner {
namespace {

bool starts_like_a_formula(std::string_view text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r': return true;
    default: return false;
  }
}

std::string module_name(const Catalogue& catalogue, const std::string& module_id) {
  const Module* module = catalogue.module(module_id);
  return module == nullptr ? module_id : "Module " + std::to_string(module->number);
}

}  // namespace

std::string csv_field(std::string_view text, bool plain) {
  std::string value;
  if (!plain && starts_like_a_formula(text)) value += '\'';
  value += text;
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (const char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string csv_record(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += fields[i];
  }
  out += "\r\n";
  return out;
}

std::vector<std::string> csv_header() {
  return {"Start", "End", "Kind", "Title", "Module", "Status", "Off-the-job hours", "Location", "Details", "Event ID"};
}

std::string export_csv(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule) {
  std::map<std::string, double, std::less<>> hours;
  for (const OtjContribution& contribution : planned_otj(catalogue, plan, schedule))
    hours[contribution.source] += contribution.hours;

  std::string out(kUtf8ByteOrderMark);
  std::vector<std::string> header;
  for (const std::string& name : csv_header()) header.push_back(csv_field(name, true));
  out += csv_record(header);
  for (const Event& event : schedule.events) {
    const auto event_hours = hours.find(event.id);
    out += csv_record({
        csv_field(event.start.iso(), true),
        csv_field(event.end.iso(), true),
        csv_field(kind_label(event.kind)),
        csv_field(event.title),
        csv_field(event.module.empty() ? std::string() : module_name(catalogue, event.module)),
        csv_field(event_status(plan, event)),
        csv_field(event_hours == hours.end() ? std::string() : hours_figure(event_hours->second), true),
        csv_field(event.kind == EventKind::f2f ? catalogue.timetable.location : std::string()),
        csv_field(event_details_text(catalogue, plan, event)),
        csv_field(event.id, true),
    });
  }
  return out;
}

}  // namespace planner
