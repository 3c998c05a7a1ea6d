// The spreadsheet export (csv.hpp), read back with a strict RFC 4180 reader.
#include "core/exports/csv.hpp"

#include <gtest/gtest.h>

#include "hostile_text.hpp"
#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;
using Records = std::vector<std::vector<std::string>>;

// RFC 4180 §2, strictly: records end with CRLF (the last one too), quoted fields double their
// quotes, an unquoted field holds no quote, CR or LF. Fails the test on anything else.
Records read_csv(std::string_view text) {
  Records records(1);
  std::string field;
  bool quoted = false, was_quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c != '"') field += c;
      else if (i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
      else quoted = false;
    } else if (c == '"') {
      EXPECT_TRUE(field.empty() && !was_quoted) << "a quote inside an unquoted field at " << i;
      quoted = was_quoted = true;
    } else if (c == ',') {
      records.back().push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '\r') {
      EXPECT_TRUE(i + 1 < text.size() && text[i + 1] == '\n') << "a bare CR at " << i;
      ++i;
      records.back().push_back(std::move(field));
      field.clear();
      was_quoted = false;
      records.emplace_back();
    } else {
      EXPECT_NE(c, '\n') << "a bare LF at " << i;
      EXPECT_FALSE(was_quoted) << "text after a closing quote at " << i;
      field += c;
    }
  }
  EXPECT_FALSE(quoted) << "an unclosed quote";
  EXPECT_TRUE(records.back().empty() && field.empty()) << "the last record must end with CRLF";
  records.pop_back();
  return records;
}

std::string csv_of(const Plan& plan) { return export_csv(catalogue(), plan, schedule_of(plan)); }

TEST(CsvExport, StartsWithAByteOrderMarkAndTheHeader) {
  const std::string text = csv_of(clean_plan());
  ASSERT_EQ(text.rfind(kUtf8ByteOrderMark, 0), 0u);
  const Records records = read_csv(std::string_view(text).substr(kUtf8ByteOrderMark.size()));
  ASSERT_FALSE(records.empty());
  EXPECT_EQ(records.front(), csv_header());
}

TEST(CsvExport, HasOneRowPerEventWithEveryColumn) {
  const Plan& plan = clean_plan();
  const Schedule schedule = schedule_of(plan);
  const std::string text = csv_of(plan);
  const Records records = read_csv(std::string_view(text).substr(kUtf8ByteOrderMark.size()));
  ASSERT_EQ(records.size(), schedule.events.size() + 1);
  for (std::size_t i = 1; i < records.size(); ++i) {
    const Event& event = schedule.events[i - 1];
    ASSERT_EQ(records[i].size(), csv_header().size());
    EXPECT_EQ(records[i][0], event.start.iso());
    EXPECT_EQ(records[i][1], event.end.iso());
    EXPECT_EQ(records[i][9], event.id);
  }
}

TEST(CsvExport, FaceToFaceRowsSayWhereAndCountHours) {
  const std::string text = csv_of(clean_plan());
  const Records records = read_csv(std::string_view(text).substr(kUtf8ByteOrderMark.size()));
  bool found = false;
  for (const auto& record : records) {
    if (record[9] != "M2/f2f-1") continue;
    found = true;
    EXPECT_EQ(record[2], "Face-to-face session");
    EXPECT_EQ(record[4], "Module 2");
    EXPECT_EQ(record[7], catalogue().timetable.location);
    EXPECT_FALSE(record[6].empty());
  }
  EXPECT_TRUE(found);
}

TEST(CsvExport, HostileTextComesOutQuotedGuardedAndIntact) {
  const Plan plan = hostile_plan();
  const std::string text = csv_of(plan);
  const Records records = read_csv(std::string_view(text).substr(kUtf8ByteOrderMark.size()));
  bool found = false;
  for (const auto& record : records) {
    if (record[9] != plan.activities.front().id) continue;
    found = true;
    // A leading "=" would run as a formula: one apostrophe in front, the rest as written.
    EXPECT_EQ(record[3], "'" + kHostileLine);
    // Notes keep their line breaks inside the quoted field.
    EXPECT_NE(record[8].find("Second; \"quoted\" <b>bold</b>"), std::string::npos) << record[8];
    EXPECT_NE(record[8].find("Third 🧪 done"), std::string::npos);
  }
  EXPECT_TRUE(found);
}

TEST(CsvField, QuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  for (const char* formula : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
    EXPECT_EQ(csv_field(formula).find('\''), csv_field(formula)[0] == '"' ? 1u : 0u) << formula;
  }
  EXPECT_EQ(csv_field("-3", true), "-3");
}

}  // namespace
}  // namespace planner
