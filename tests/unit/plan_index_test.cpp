// The plan list's stored form: strict for this version, lenient for a newer one.
#include "core/storage/plan_index.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace planner {
namespace {

using nlohmann::json;

PlanIndex sample_index() {
  PlanIndex index;
  index.last_opened = "plan-b";
  index.plans = {
      {"plan-a", "Sam's plan – “quoted”", "2027-01-04T09:00:00Z", "2027-01-05T10:00:00Z", 12, "", ""},
      {"plan-b", "", "2027-01-06T09:00:00Z", "2027-01-06T09:00:00Z", 1, "2027-01-06T09:30:00Z", ""},
  };
  index.trash = {{"plan-c", "Old plan", "2026-12-01T09:00:00Z", "2026-12-02T09:00:00Z", 3, "", "2027-01-07T08:00:00Z"}};
  return index;
}

DecodedIndex decode(const json& j) { return decode_plan_index(j.dump()); }

TEST(PlanIndex, RoundTripsEveryField) {
  const PlanIndex index = sample_index();
  const DecodedIndex decoded = decode_plan_index(encode_plan_index(index));
  EXPECT_EQ(decoded.status, IndexStatus::ok) << decoded.problem;
  EXPECT_EQ(decoded.index, index);
}

TEST(PlanIndex, WritesTheDocumentedShape) {
  const json j = json::parse(encode_plan_index(sample_index()));
  EXPECT_EQ(j.at("format"), "apprenticeship-planner-index");
  EXPECT_EQ(j.at("version"), 1);
  EXPECT_EQ(j.at("lastOpened"), "plan-b");
  EXPECT_EQ(j.at("plans").at(0), (json{{"id", "plan-a"},
                                       {"name", "Sam's plan – “quoted”"},
                                       {"createdAt", "2027-01-04T09:00:00Z"},
                                       {"updatedAt", "2027-01-05T10:00:00Z"},
                                       {"revision", 12}}));
  EXPECT_EQ(j.at("plans").at(1).at("lastExportedAt"), "2027-01-06T09:30:00Z");
  EXPECT_EQ(j.at("trash").at(0).at("deletedAt"), "2027-01-07T08:00:00Z");
}

TEST(PlanIndex, FindsEntriesByIdInTheListAndInTheTrash) {
  PlanIndex index = sample_index();
  ASSERT_NE(index.find("plan-b"), nullptr);
  EXPECT_EQ(index.find("plan-b")->revision, 1u);
  EXPECT_EQ(index.find("plan-c"), nullptr);
  ASSERT_NE(index.find_in_trash("plan-c"), nullptr);
  EXPECT_EQ(index.find_in_trash("plan-c")->name, "Old plan");
}

TEST(PlanIndex, RefusesAnythingThisVersionDidNotWrite) {
  const json good = json::parse(encode_plan_index(sample_index()));
  struct Case {
    std::function<void(json&)> spoil;
    std::string problem;
  };
  const std::vector<Case> cases = {
      {[](json& j) { j.erase("format"); }, "the plan list has no \"format\": \"apprenticeship-planner-index\""},
      {[](json& j) { j["version"] = "1"; }, "the plan list has no valid \"version\""},
      {[](json& j) { j["extra"] = true; }, "the plan list has an unknown field \"extra\""},
      {[](json& j) { j.erase("plans"); }, "/plans is missing"},
      {[](json& j) { j["plans"][0]["id"] = "../evil"; }, "the plan list's /plans/0/id is not a valid plan id"},
      {[](json& j) { j["plans"][1]["id"] = "plan-a"; }, "the plan list's /plans/1/id repeats the id \"plan-a\""},
      {[](json& j) { j["plans"][0]["revision"] = -1; }, "the plan list's /plans/0/revision should be a whole number"},
      {[](json& j) { j["plans"][0]["updatedAt"] = "yesterday"; },
       "the plan list's /plans/0/updatedAt is not a timestamp"},
      {[](json& j) { j["plans"][0]["colour"] = "red"; }, "the plan list's /plans/0/colour is not an index field"},
      {[](json& j) { j["trash"][0].erase("deletedAt"); }, "the plan list's /trash/0/deletedAt is missing"},
      {[](json& j) { j["lastOpened"] = "a b"; }, "/lastOpened is not a valid plan id"},
  };
  for (const Case& c : cases) {
    json spoilt = good;
    c.spoil(spoilt);
    const DecodedIndex decoded = decode(spoilt);
    EXPECT_EQ(decoded.status, IndexStatus::damaged) << c.problem;
    EXPECT_EQ(decoded.problem, c.problem);
  }
}

TEST(PlanIndex, RefusesTextThatIsNotJson) {
  const DecodedIndex decoded = decode_plan_index("{\"format\": \"apprenticeship-planner-index\", ");
  EXPECT_EQ(decoded.status, IndexStatus::damaged);
  EXPECT_EQ(decoded.problem.rfind("the plan list is not readable JSON (", 0), 0u) << decoded.problem;
}

TEST(PlanIndex, ReadsWhatItKnowsOfANewerVersion) {
  json newer = json::parse(encode_plan_index(sample_index()));
  newer["version"] = 2;
  newer["folders"] = json::array();
  newer["plans"][0]["folder"] = "mentees";
  const DecodedIndex decoded = decode(newer);
  EXPECT_EQ(decoded.status, IndexStatus::newer_version) << decoded.problem;
  EXPECT_EQ(decoded.index, sample_index());
}

TEST(PlanIndex, ReadsAListFarLongerThanAnyoneKeeps) {
  PlanIndex index;
  for (int i = 0; i < 5000; ++i) {
    index.plans.push_back({"plan-" + std::to_string(i), "Plan " + std::to_string(i), "2027-01-04T09:00:00Z",
                           "2027-01-05T10:00:00Z", static_cast<std::uint64_t>(i), "2027-01-05T10:00:00Z", ""});
  }
  const DecodedIndex decoded = decode_plan_index(encode_plan_index(index));
  EXPECT_EQ(decoded.status, IndexStatus::ok) << decoded.problem;
  EXPECT_EQ(decoded.index.plans.size(), 5000u);
}

}  // namespace
}  // namespace planner
