// The stored form of one plan: a revision header line, then the plan file byte for byte.
#include "core/storage/plan_record.hpp"
#include "core/files/plan_file_format.hpp"

#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "plan_builders.hpp"

namespace planner {
namespace {

constexpr std::string_view kSavedAt = "2027-01-04T09:30:00Z";

const Catalogue& catalogue() {
  static const Catalogue c = test::small_catalogue();
  return c;
}

std::string plan_file() { return save_plan_file(test::full_plan(), kSavedAt, "1.2.3"); }

TEST(PlanRecord, IsAHeaderLineFollowedByThePlanFileUnchanged) {
  const std::string file = plan_file();
  const std::string record = encode_plan_record(42, file);
  EXPECT_EQ(record, "{\"record\":1,\"revision\":42}\n" + file);
}

TEST(PlanRecord, AStoreWritesThePlanFileCompactly) {
  const std::string record = plan_record(7, test::full_plan(), kSavedAt);
  EXPECT_EQ(record,
            encode_plan_record(7, save_plan_file(test::full_plan(), kSavedAt, app_version(), PlanFileLayout::compact)));
  const StoredPlan stored = read_stored_plan(record, catalogue());
  EXPECT_EQ(stored.status, StoredPlanStatus::editable);
  EXPECT_EQ(stored.revision, 7u);
  EXPECT_EQ(stored.plan, test::full_plan());
}

TEST(PlanRecord, ARecordWrittenReadableAsEarlierVersionsDidReadsTheSame) {
  const StoredPlan readable = read_stored_plan(encode_plan_record(7, plan_file()), catalogue());
  const StoredPlan compact = read_stored_plan(plan_record(7, test::full_plan(), kSavedAt), catalogue());
  EXPECT_EQ(readable.status, StoredPlanStatus::editable);
  EXPECT_EQ(readable.plan, compact.plan);
  EXPECT_EQ(readable.revision, compact.revision);
}

TEST(PlanRecord, DecodesItsRevisionAndTheExactFileText) {
  const std::string file = plan_file();
  const std::string record = encode_plan_record(18446744073709551615u, file);
  const DecodedRecord decoded = decode_plan_record(record);
  EXPECT_EQ(decoded.status, RecordStatus::ok);
  EXPECT_EQ(decoded.layout, 1);
  EXPECT_EQ(decoded.revision, 18446744073709551615u);
  EXPECT_EQ(decoded.plan_file, file);
}

TEST(PlanRecord, CallsEverythingThatIsNotARecordDamaged) {
  const std::string file = plan_file();
  struct Case {
    std::string text;
    std::string problem;
  };
  const std::vector<Case> cases = {
      {"", "the stored value is empty"},
      {file.substr(0, file.find('\n')), "the stored value has no record header line"},
      {file, "the record header is not readable (the first line should be {\"record\":1,\"revision\":N})"},
      {"{\"record\":1,\"revision\":-1}\n" + file, "the record header has no valid \"revision\" number"},
      {"{\"record\":1,\"revision\":1.5}\n" + file, "the record header has no valid \"revision\" number"},
      {"{\"record\":1}\n" + file, "the record header has no valid \"revision\" number"},
      {"{\"record\":0,\"revision\":3}\n" + file, "the record header has no valid \"record\" layout number"},
      {"{\"record\":\"1\",\"revision\":3}\n" + file, "the record header has no valid \"record\" layout number"},
      {"{\"record\":1,\"revision\":3,\"revision\":4}\n" + file,
       "the record header is not readable (the first line should be {\"record\":1,\"revision\":N})"},
      {"[1,2]\n" + file, "the record header is not readable (the first line should be {\"record\":1,\"revision\":N})"},
  };
  for (const Case& c : cases) {
    const DecodedRecord decoded = decode_plan_record(c.text);
    EXPECT_EQ(decoded.status, RecordStatus::damaged) << c.text.substr(0, 40);
    EXPECT_EQ(decoded.problem, c.problem) << c.text.substr(0, 40);
  }
}

TEST(PlanRecord, ReportsANewerLayoutWithTheTextAfterItsHeader) {
  const DecodedRecord decoded = decode_plan_record("{\"record\":2,\"revision\":7,\"shards\":3}\nrest");
  EXPECT_EQ(decoded.status, RecordStatus::newer_layout);
  EXPECT_EQ(decoded.layout, 2);
  EXPECT_EQ(decoded.revision, 7u);
  EXPECT_EQ(decoded.plan_file, "rest");
}

TEST(StoredPlan, AGoodRecordIsEditable) {
  const StoredPlan stored = read_stored_plan(encode_plan_record(3, plan_file()), catalogue());
  EXPECT_EQ(stored.status, StoredPlanStatus::editable);
  EXPECT_EQ(stored.revision, 3u);
  ASSERT_TRUE(stored.plan);
  EXPECT_EQ(*stored.plan, test::full_plan());
  EXPECT_EQ(stored.load.saved_at, kSavedAt);
}

TEST(StoredPlan, ATruncatedPlanFileIsDamagedAndSaysWhy) {
  const std::string file = plan_file();
  const StoredPlan stored = read_stored_plan(encode_plan_record(3, file.substr(0, file.size() / 2)), catalogue());
  EXPECT_EQ(stored.status, StoredPlanStatus::damaged);
  EXPECT_FALSE(stored.plan);
  EXPECT_EQ(stored.problem.rfind("This file is not an apprenticeship plan: ", 0), 0u) << stored.problem;
}

TEST(StoredPlan, AnInvalidPlanIsDamagedAndNamesTheFirstProblem) {
  nlohmann::json file = nlohmann::json::parse(plan_file());
  file["plan"]["profile"]["start"] = "2027-02-30";
  const StoredPlan stored = read_stored_plan(encode_plan_record(3, file.dump()), catalogue());
  EXPECT_EQ(stored.status, StoredPlanStatus::damaged);
  EXPECT_EQ(stored.problem,
            "This plan file cannot be opened: it has 1 problem. First: /plan/profile/start: \"2027-02-30\" is not a "
            "real date.")
      << stored.problem;
}

TEST(StoredPlan, APlanFileFromANewerAppIsReadOnlyButShown) {
  nlohmann::json file = nlohmann::json::parse(plan_file());
  file["schemaVersion"] = kCurrentPlanSchemaVersion + 1;
  file["appVersion"] = "2.0.0";
  file["plan"]["somethingNew"] = {{"x", 1}};
  const StoredPlan stored = read_stored_plan(encode_plan_record(9, file.dump()), catalogue());
  EXPECT_EQ(stored.status, StoredPlanStatus::read_only);
  ASSERT_TRUE(stored.plan);
  EXPECT_EQ(stored.plan->name, test::full_plan().name);
  EXPECT_EQ(stored.problem.rfind("This plan was saved by a newer version of the app (2.0.0)", 0), 0u) << stored.problem;
}

TEST(StoredPlan, ANewerRecordLayoutIsReadOnlyEvenWhenItsFileIsCurrent) {
  const std::string text = "{\"record\":2,\"revision\":9}\n" + plan_file();
  const StoredPlan stored = read_stored_plan(text, catalogue());
  EXPECT_EQ(stored.status, StoredPlanStatus::read_only);
  ASSERT_TRUE(stored.plan);
  EXPECT_EQ(stored.revision, 9u);
}

TEST(StoredPlan, ANewerRecordLayoutThatCannotBeReadIsReadOnlyNotDamaged) {
  const StoredPlan stored = read_stored_plan("{\"record\":5,\"revision\":9}\n\x1f\x8b compressed", catalogue());
  EXPECT_EQ(stored.status, StoredPlanStatus::read_only);
  EXPECT_FALSE(stored.plan);
  EXPECT_NE(stored.problem.find("cannot be shown by this version"), std::string::npos) << stored.problem;
}

}  // namespace
}  // namespace planner
