#include "core/review/review_file.hpp"

#include <cstdint>
#include <stdexcept>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/files/plan_json.hpp"
#include "core/files/plan_validation.hpp"
#include "core/files/untrusted_json.hpp"
#include "core/plan/plan_limits.hpp"

namespace planner {
namespace {

using nlohmann::json;

// The review's JSON, keys sorted as nlohmann's objects keep them.
json review_json(const MentorReview& review) {
  json comments = json::array();
  for (const ReviewComment& comment : review.comments) {
    comments.push_back(json{{"id", comment.id},
                            {"item", comment.item},
                            {"itemLabel", comment.item_label},
                            {"date", comment.date},
                            {"text", comment.text}});
  }
  json out{{"id", review.id},
           {"plan", json{{"id", review.plan_id}, {"name", review.plan_name}, {"fingerprint", review.plan_fingerprint}}},
           {"reviewer", json{{"name", review.reviewer}, {"role", review.role}}},
           {"comments", std::move(comments)}};
  if (review.verdict) {
    out["decision"] = json{
        {"decision", review.verdict->decision}, {"date", review.verdict->date}, {"summary", review.verdict->summary}};
  }
  return out;
}

// The mapping, on JSON the validator has accepted.
MentorReview review_from_json(const json& j) {
  MentorReview review;
  j.at("id").get_to(review.id);
  const json& plan = j.at("plan");
  plan.at("id").get_to(review.plan_id);
  plan.at("name").get_to(review.plan_name);
  plan.at("fingerprint").get_to(review.plan_fingerprint);
  j.at("reviewer").at("name").get_to(review.reviewer);
  j.at("reviewer").at("role").get_to(review.role);
  if (const auto decision = j.find("decision"); decision != j.end()) {
    ReviewVerdict verdict;
    decision->at("decision").get_to(verdict.decision);
    decision->at("date").get_to(verdict.date);
    decision->at("summary").get_to(verdict.summary);
    review.verdict = std::move(verdict);
  }
  for (const json& item : j.at("comments")) {
    ReviewComment comment;
    item.at("id").get_to(comment.id);
    item.at("item").get_to(comment.item);
    item.at("itemLabel").get_to(comment.item_label);
    item.at("date").get_to(comment.date);
    item.at("text").get_to(comment.text);
    comment.review = review.id;
    comment.author = review.reviewer;
    review.comments.push_back(std::move(comment));
  }
  return review;
}

std::string short_text(const json& envelope, const char* key) {
  const auto found = envelope.find(key);
  if (found == envelope.end() || !found->is_string()) return {};
  const std::string& text = found->get_ref<const std::string&>();
  if (text.size() > 64) return {};
  for (const char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return {};
  }
  return text;
}

ReviewLoadResult refuse(ReviewLoadStatus status, ReviewLoadResult result, std::string at, std::string message) {
  result.status = status;
  result.problems.push_back(LoadProblem{std::move(at), std::move(message)});
  return result;
}

}  // namespace

std::string_view to_string(ReviewLoadStatus status) {
  switch (status) {
    case ReviewLoadStatus::ok: return "ok";
    case ReviewLoadStatus::invalid: return "invalid";
    case ReviewLoadStatus::newer_version: return "newer-version";
    case ReviewLoadStatus::not_a_review: return "not-a-review";
  }
  return "invalid";
}

ReviewLoadResult load_review_file(std::string_view text) {
  ReviewLoadResult result;
  UntrustedJson parsed = parse_untrusted_json(
      text, JsonLimits{limits::kMaxFileBytes, limits::kMaxDepth, limits::kMaxContainers, limits::kMaxObjectMembers});
  if (!parsed.value) {
    return refuse(parsed.malformed ? ReviewLoadStatus::not_a_review : ReviewLoadStatus::invalid, std::move(result),
                  std::move(parsed.problem.pointer), std::move(parsed.problem.message));
  }
  const json& envelope = *parsed.value;
  const std::string expected = "an object with \"format\": \"" + std::string(kReviewFileFormat) + "\"";
  if (!envelope.is_object()) {
    return refuse(ReviewLoadStatus::not_a_review, std::move(result), "",
                  "is not a review file: it holds " + describe_json_value(envelope) + ", not " + expected);
  }
  const auto format = envelope.find("format");
  if (format == envelope.end()) {
    return refuse(ReviewLoadStatus::not_a_review, std::move(result), "/format",
                  "is missing: this JSON is not a review file (a review file is " + expected + ")");
  }
  if (!format->is_string() || format->get_ref<const std::string&>() != kReviewFileFormat) {
    const bool plan = format->is_string() && format->get_ref<const std::string&>() == "apprenticeship-plan";
    return refuse(ReviewLoadStatus::not_a_review, std::move(result), "/format",
                  "is " + describe_json_value(*format) + ", not \"" + std::string(kReviewFileFormat) +
                      "\": " + (plan ? "this is a plan file, not a review of one" : "this is not a review file"));
  }
  result.review_format = true;
  result.app_version = short_text(envelope, "appVersion");
  result.saved_at = short_text(envelope, "savedAt");

  const auto version = envelope.find("schemaVersion");
  if (version != envelope.end() && version->is_number_unsigned()) {
    // Unsigned first: a huge number must be refused, never wrapped into a small version.
    const auto number = version->get<std::uint64_t>();
    if (number > static_cast<std::uint64_t>(kCurrentReviewSchemaVersion) &&
        number <= static_cast<std::uint64_t>(limits::kSchemaVersion.max)) {
      result.schema_version = static_cast<int>(number);
      return refuse(ReviewLoadStatus::newer_version, std::move(result), "/schemaVersion",
                    "is " + std::to_string(number) + ": this review was made by a newer version of the app");
    }
    if (number == static_cast<std::uint64_t>(kCurrentReviewSchemaVersion))
      result.schema_version = kCurrentReviewSchemaVersion;
  }

  validate_review_file_json(envelope, result.problems);
  if (!result.problems.empty()) {
    result.status = ReviewLoadStatus::invalid;
    return result;
  }
  result.review = review_from_json(envelope.at("review"));
  result.status = ReviewLoadStatus::ok;
  return result;
}

std::string save_review_file(const MentorReview& review, std::string_view saved_at, std::string_view app_version) {
  if (!is_timestamp(saved_at)) {
    throw std::invalid_argument("save_review_file: savedAt is not an ISO 8601 timestamp: " + std::string(saved_at));
  }
  // The same layout as a plan file: the envelope in its order, the review below with sorted keys.
  json envelope = json::object();
  envelope["format"] = kReviewFileFormat;
  envelope["schemaVersion"] = kCurrentReviewSchemaVersion;
  envelope["appVersion"] = app_version;
  envelope["savedAt"] = saved_at;
  envelope["review"] = review_json(review);
  std::vector<LoadProblem> problems;
  validate_review_file_json(envelope, problems);
  if (!problems.empty()) throw std::invalid_argument("save_review_file: " + to_string(problems.front()));

  const auto dump = [](const json& value) { return value.dump(2, ' ', false, json::error_handler_t::replace); };
  std::string review_text = dump(envelope.at("review"));
  std::string indented;
  indented.reserve(review_text.size() + review_text.size() / 8);
  for (const char c : review_text) {
    indented += c;
    if (c == '\n') indented += "  ";  // JSON strings hold no raw line breaks
  }
  std::string out;
  out += "{\n  \"format\": " + dump(envelope.at("format"));
  out += ",\n  \"schemaVersion\": " + std::to_string(kCurrentReviewSchemaVersion);
  out += ",\n  \"appVersion\": " + dump(envelope.at("appVersion"));
  out += ",\n  \"savedAt\": " + dump(envelope.at("savedAt"));
  out += ",\n  \"review\": " + indented;
  out += "\n}\n";
  return out;
}

std::string review_load_summary(const ReviewLoadResult& result) {
  const std::size_t n = result.problems.size();
  const std::string count = std::to_string(n) + (n == 1                      ? " problem"
                                                 : n >= limits::kMaxProblems ? " problems or more"
                                                                             : " problems");
  switch (result.status) {
    case ReviewLoadStatus::ok: return {};
    case ReviewLoadStatus::not_a_review:
      return "This is not a review of an apprenticeship plan" +
             (result.problems.empty() ? std::string(".") : ": " + to_string(result.problems.front()) + ".");
    case ReviewLoadStatus::invalid: return "This review cannot be imported: it has " + count + ".";
    case ReviewLoadStatus::newer_version: {
      std::string text = "This review was made by a newer version of the app";
      if (!result.app_version.empty()) text += " (" + result.app_version + ")";
      return text + ", in review format " + std::to_string(result.schema_version) + "; this version reads format " +
             std::to_string(kCurrentReviewSchemaVersion) + ". Update the app to import it.";
    }
  }
  return {};
}

}  // namespace planner
