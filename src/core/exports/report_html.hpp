#pragma once
// The building blocks of the HTML report (report.hpp), shared by its section files. Markup is
// built as strings; anything from the plan or the programme enters only through these functions,
// which escape it (html_text.hpp). User text is also wrapped in <bdi>, so a name written
// right-to-left cannot reorder the words around it.
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar/date.hpp"

namespace planner::report {

std::string text(std::string_view programme_text);  // escaped
std::string user(std::string_view user_text);       // escaped and bidi-isolated; "" stays ""
std::string notes(std::string_view user_text);      // user text that may span lines: a block keeping its line breaks
std::string day(Date date);                         // <time datetime="2027-03-01">Mon 1 Mar 2027</time>
std::string days(Date first, Date last);            // one day, or "first to last"
std::string status(std::string_view word, std::string_view css_class);  // <strong class="…">word</strong>

// A complete table: a caption (plain text, escaped here), column headings (th scope="col"), and
// rows of cell markup whose first cell is the row's header (th scope="row").
struct Table {
  std::string caption;
  std::vector<std::string> headings;
  std::vector<std::vector<std::string>> rows;
  std::string css_class = {};
};
void append(std::string& html, const Table& table);

// <section id="…" aria-labelledby="…-heading"><h2 id="…-heading">Heading</h2> … </section>
void open_section(std::string& html, std::string_view id, std::string_view heading, bool new_page);
void close_section(std::string& html);

// "1 error", "3 warnings".
std::string count(std::size_t n, std::string_view one, std::string_view many);

}  // namespace planner::report
