#pragma once
// The spreadsheet export (docs/product.md §13, `planner-cli csv`): one row per event of the schedule,
// as RFC 4180 CSV that Excel, Numbers and LibreOffice open as they should.
//
//   - UTF-8 with a byte order mark: without it Excel reads the file as the machine's ANSI code
//     page and garbles every name with an accent or an emoji;
//   - records end with CRLF; a field is quoted when it holds a comma, a double quote, CR or LF,
//     and a double quote inside it is doubled; line breaks inside notes are kept;
//   - a text field that starts with =, +, -, @, a tab or CR is prefixed with an apostrophe, as
//     OWASP advises against CSV injection: spreadsheets would otherwise run it as a formula. The
//     text after the apostrophe is the plan's, unchanged;
//   - columns: Start, End (inclusive, YYYY-MM-DD), Kind, Title, Module, Status, Off-the-job
//     hours (planned, as core/planning/otj.hpp counts them), Location, Details, Event ID.
#include <string>
#include <string_view>
#include <vector>

#include "core/plan/plan.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

inline constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";

// One RFC 4180 field. `text` is user text (apostrophe-guarded as above) unless `plain`, for
// dates, numbers and ids, which never start with a formula character.
std::string csv_field(std::string_view text, bool plain = false);
// Fields joined by commas, ended by CRLF.
std::string csv_record(const std::vector<std::string>& fields);

std::vector<std::string> csv_header();
std::string export_csv(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule);

}  // namespace planner
