#include "core/files/plan_file.hpp"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/files/plan_json.hpp"
#include "core/files/plan_migrations.hpp"
#include "core/files/plan_references.hpp"
#include "core/files/plan_validation.hpp"
#include "core/files/untrusted_json.hpp"
#include "core/plan/plan_limits.hpp"

namespace planner {
namespace {

using nlohmann::json;

LoadResult refuse(LoadStatus status, LoadResult result, std::string at, std::string message) {
  result.status = status;
  result.problems.push_back(LoadProblem{std::move(at), std::move(message)});
  return result;
}

// The envelope's descriptive fields, kept for messages when they are plain short text.
std::string short_text(const json& envelope, const char* key) {
  const auto found = envelope.find(key);
  if (found == envelope.end() || !found->is_string()) return {};
  const std::string& text = found->get_ref<const std::string&>();
  const bool plain = text.size() <= 64 && std::all_of(text.begin(), text.end(), [](char c) {
                       return static_cast<unsigned char>(c) >= 0x20 && c != 0x7f;
                     });
  return plain ? text : std::string();
}

// Validation, mapping and references, once the envelope is of a version this build can read.
LoadResult read_plan(const json& envelope, const Catalogue& catalogue, LoadResult result, bool newer_version) {
  validate_plan_file_json(envelope, PlanValidationOptions{newer_version}, result.problems);
  if (!result.problems.empty()) {
    result.status = newer_version ? LoadStatus::newer_version : LoadStatus::invalid;
    return result;
  }
  Plan plan = envelope.at("plan").get<Plan>();
  result.problems = check_catalogue_references(catalogue, plan);
  if (!result.problems.empty()) {
    result.status = newer_version ? LoadStatus::newer_version : LoadStatus::invalid;
    return result;
  }
  // The order plan.hpp promises (by date, ties by id), as edits keep it.
  sort_items(plan);
  result.status = newer_version ? LoadStatus::newer_version : LoadStatus::ok;
  result.plan = std::move(plan);
  return result;
}

}  // namespace

std::string_view to_string(LoadStatus status) {
  switch (status) {
    case LoadStatus::ok: return "ok";
    case LoadStatus::invalid: return "invalid";
    case LoadStatus::newer_version: return "newer-version";
    case LoadStatus::not_a_plan: return "not-a-plan";
  }
  return "invalid";
}

LoadResult load_plan_file(std::string_view text, const Catalogue& catalogue) {
  LoadResult result;
  UntrustedJson parsed = parse_untrusted_json(
      text, JsonLimits{limits::kMaxFileBytes, limits::kMaxDepth, limits::kMaxContainers, limits::kMaxObjectMembers});
  if (!parsed.value) {
    return refuse(parsed.malformed ? LoadStatus::not_a_plan : LoadStatus::invalid, std::move(result),
                  std::move(parsed.problem.pointer), std::move(parsed.problem.message));
  }
  json& envelope = *parsed.value;
  const std::string expected = "an object with \"format\": \"" + std::string(kPlanFileFormat) + "\"";
  if (!envelope.is_object()) {
    return refuse(LoadStatus::not_a_plan, std::move(result), "",
                  "holds " + describe_json_value(envelope) + ", not " + expected);
  }
  const auto format = envelope.find("format");
  if (format == envelope.end()) {
    return refuse(LoadStatus::not_a_plan, std::move(result), "/format", "is missing (a plan file is " + expected + ")");
  }
  if (!format->is_string() || format->get_ref<const std::string&>() != kPlanFileFormat) {
    return refuse(LoadStatus::not_a_plan, std::move(result), "/format",
                  "is " + describe_json_value(*format) + ", not \"" + std::string(kPlanFileFormat) + "\"");
  }
  result.app_version = short_text(envelope, "appVersion");
  result.saved_at = short_text(envelope, "savedAt");

  const auto version = envelope.find("schemaVersion");
  if (version == envelope.end()) return refuse(LoadStatus::invalid, std::move(result), "/schemaVersion", "is missing");
  // Unsigned first: 3e9 or 2^64 must be refused, never wrapped into a small version.
  std::optional<std::int64_t> number;
  if (version->is_number_unsigned()) {
    const auto n = version->get<std::uint64_t>();
    if (n <= static_cast<std::uint64_t>(limits::kSchemaVersion.max)) number = static_cast<std::int64_t>(n);
  } else if (version->is_number_integer()) {
    number = version->get<std::int64_t>();
  }
  if (!number || *number < limits::kSchemaVersion.min || *number > limits::kSchemaVersion.max) {
    return refuse(LoadStatus::invalid, std::move(result), "/schemaVersion",
                  "should be a plan format version (a whole number from 1), not " + describe_json_value(*version));
  }
  const int schema_version = static_cast<int>(*number);
  result.schema_version = schema_version;

  if (schema_version > kCurrentPlanSchemaVersion) return read_plan(envelope, catalogue, std::move(result), true);
  if (auto failure = migrate_plan_json(envelope, schema_version, kCurrentPlanSchemaVersion, plan_migrations())) {
    return refuse(LoadStatus::invalid, std::move(result), "/schemaVersion", std::move(*failure));
  }
  return read_plan(envelope, catalogue, std::move(result), false);
}

std::string save_plan_file(const Plan& plan, std::string_view saved_at, std::string_view app_version,
                           PlanFileLayout layout) {
  if (!is_timestamp(saved_at)) {
    throw std::invalid_argument("save_plan_file: savedAt is not an ISO 8601 timestamp: " + std::string(saved_at));
  }
  const bool readable = layout == PlanFileLayout::readable;
  const auto dump = [&](const json& value) {
    return value.dump(readable ? 2 : -1, ' ', false, json::error_handler_t::replace);
  };
  // The envelope in docs/product.md's order, so a person (or `head`) sees what the file is at once;
  // the plan last, with sorted keys.
  std::string out = readable ? "{\n" : "{";
  const auto member = [&](std::string_view name, std::string_view value, bool last = false) {
    out += readable ? "  \"" : "\"";
    out += name;
    out += readable ? "\": " : "\":";
    out += value;
    if (!last) out += readable ? ",\n" : ",";
  };
  member("format", dump(json(kPlanFileFormat)));
  member("schemaVersion", std::to_string(kCurrentPlanSchemaVersion));
  member("appVersion", dump(json(app_version)));
  member("savedAt", dump(json(saved_at)));
  // The plan one level deep, written straight after its name (the envelope is not in sorted
  // order, so not written by JsonWriter).
  member("plan", "", true);
  JsonWriter writer(readable ? JsonLayout::indented : JsonLayout::compact, readable ? 1 : 0, std::move(out));
  to_json(writer, plan);
  out = writer.take();
  out += readable ? "\n}\n" : "}\n";
  return out;
}

std::string load_summary(const LoadResult& result) {
  const auto count = [&] {
    const std::size_t n = result.problems.size();
    return std::to_string(n) + (n == 1 ? " problem" : n >= limits::kMaxProblems ? " problems or more" : " problems");
  };
  switch (result.status) {
    case LoadStatus::ok: return {};
    case LoadStatus::not_a_plan: {
      if (result.problems.empty()) return "This file is not an apprenticeship plan.";
      const LoadProblem& problem = result.problems.front();
      return "This file is not an apprenticeship plan: " +
             (problem.pointer.empty() ? "it " + problem.message : to_string(problem)) + ".";
    }
    case LoadStatus::invalid: return "This plan file cannot be opened: it has " + count() + ".";
    case LoadStatus::newer_version: {
      std::string text = "This plan was saved by a newer version of the app";
      if (!result.app_version.empty()) text += " (" + result.app_version + ")";
      text += ", in plan format " + std::to_string(result.schema_version) + "; this version reads formats up to " +
              std::to_string(kCurrentPlanSchemaVersion) + ".";
      text += result.plan ? " It can be shown read-only; update the app to change it."
                          : " It cannot be shown here (" + count() + "); update the app to open it.";
      return text;
    }
  }
  return {};
}

}  // namespace planner
