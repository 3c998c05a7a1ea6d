#include "core/exports/report_html.hpp"

#include "core/exports/html_text.hpp"

namespace planner::report {

std::string text(std::string_view programme_text) { return html_escape(programme_text); }

std::string user(std::string_view user_text) {
  if (user_text.empty()) return {};
  return "<bdi>" + html_escape(user_text) + "</bdi>";
}

std::string notes(std::string_view user_text) {
  if (user_text.empty()) return {};
  return "<div class=\"notes\" dir=\"auto\">" + html_escape(user_text) + "</div>";
}

std::string day(Date date) {
  return "<time datetime=\"" + date.iso() + "\">" + html_escape(date.display()) + "</time>";
}

std::string days(Date first, Date last) { return first == last ? day(first) : day(first) + " to " + day(last); }

std::string status(std::string_view word, std::string_view css_class) {
  return "<strong class=\"" + html_escape(css_class) + "\">" + html_escape(word) + "</strong>";
}

void append(std::string& html, const Table& table) {
  html += table.css_class.empty() ? "<table>\n" : "<table class=\"" + html_escape(table.css_class) + "\">\n";
  html += "<caption>" + html_escape(table.caption) + "</caption>\n<thead><tr>";
  for (const std::string& heading : table.headings) html += "<th scope=\"col\">" + html_escape(heading) + "</th>";
  html += "</tr></thead>\n<tbody>\n";
  for (const std::vector<std::string>& row : table.rows) {
    html += "<tr>";
    for (std::size_t i = 0; i < row.size(); ++i) {
      html += i == 0 ? "<th scope=\"row\">" + row[i] + "</th>" : "<td>" + row[i] + "</td>";
    }
    html += "</tr>\n";
  }
  html += "</tbody>\n</table>\n";
}

void open_section(std::string& html, std::string_view id, std::string_view heading, bool new_page) {
  const std::string name = html_escape(id);
  html += "<section id=\"" + name + "\" aria-labelledby=\"" + name + "-heading\"" +
          (new_page ? " class=\"new-page\"" : "") + ">\n<h2 id=\"" + name + "-heading\">" + html_escape(heading) +
          "</h2>\n";
}

void close_section(std::string& html) { html += "</section>\n"; }

std::string count(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace planner::report
