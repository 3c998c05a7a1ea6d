// The printable, accessible report (report.hpp).
#include "core/exports/report.hpp"

#include <gtest/gtest.h>

#include <regex>

#include "core/exports/html_text.hpp"
#include "hostile_text.hpp"
#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;

std::string report_of(const Plan& plan) {
  return export_report(catalogue(), plan, schedule_of(plan), "2027-03-02T18:05:00Z");
}

std::size_t count(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(Report, IsOneSelfContainedDocumentThatRunsNothing) {
  const std::string html = report_of(clean_plan());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en-GB\">", 0), 0u);
  EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
  EXPECT_EQ(count(html, "<script"), 0u);
  EXPECT_EQ(count(html, "src="), 0u);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_EQ(html.substr(html.size() - 8), "</html>\n");
}

TEST(Report, HasOneTitleASectionPerPartAndTablesWithHeaders) {
  const std::string html = report_of(clean_plan());
  EXPECT_EQ(count(html, "<h1>"), 1u);
  for (const char* section : {"Summary", "Module sequence", "Timeline", "Dissertation", "Activities",
                              "Progress reviews", "Checks", "Coverage", "Off-the-job hours"}) {
    EXPECT_NE(html.find(">" + std::string(section)), std::string::npos) << section;
  }
  // Every table has a caption and column headers; every body row starts with a row header.
  EXPECT_EQ(count(html, "<table"), count(html, "<caption>"));
  EXPECT_GT(count(html, "<th scope=\"col\">"), 0u);
  EXPECT_EQ(count(html, "<tr><th scope=\"row\">") + count(html, "<thead><tr>"), count(html, "<tr>"));
}

TEST(Report, ShowsTheLatestReviewDecisionAndComments) {
  Plan plan = clean_plan();
  plan.review_comments.push_back(
      {"comment-1", "rv-1", "M2/f2f-1", "Module 2 day 1", "Alex Jones", day("2027-03-02"), "Ask for cover", false});
  plan.review_decisions.push_back(
      {"rv-1", "Alex Jones", "Workplace mentor", "approved", day("2027-03-02"), "Realistic."});
  const std::string html = report_of(plan);
  EXPECT_NE(html.find("Approved"), std::string::npos);
  EXPECT_NE(html.find("Ask for cover"), std::string::npos);
  EXPECT_NE(html.find("Alex Jones"), std::string::npos);
}

TEST(Report, HostileTextIsEscapedEverywhereAndReadsAsWritten) {
  const std::string html = report_of(hostile_plan());
  EXPECT_EQ(count(html, "<script"), 0u);
  EXPECT_EQ(count(html, "<b>"), 0u);
  const std::string escaped = html_escape(kHostileLine);
  EXPECT_GE(count(html, escaped), 3u) << "plan name, apprentice and activity";
  EXPECT_NE(html.find("&lt;b&gt;bold&lt;/b&gt;"), std::string::npos);
  EXPECT_NE(html.find("😀 Zoë"), std::string::npos);
}

TEST(HtmlText, EscapesMarkupAndBothQuotes) {
  EXPECT_EQ(html_escape("<a href=\"x\" title='y'>&</a>"),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  EXPECT_EQ(html_escape("one\r\ntwo\rthree\x01"), "one\ntwo\nthree");
}

}  // namespace
}  // namespace planner
