#pragma once
// Text into HTML (the report, report.hpp): every piece of user text goes through html_escape, so
// a title such as `<script>` or `" onload="` is shown as written and never read as markup.
#include <string>
#include <string_view>

namespace planner {

// `text` safe as HTML text and as a double- or single-quoted attribute value: & < > " ' become
// character references. Line breaks become LF (CRLF and a lone CR alike); other control
// characters but tab (none reach here from a valid plan) are dropped: HTML does not allow them.
std::string html_escape(std::string_view text);

}  // namespace planner
