#include "core/storage/plan_record.hpp"

#include <limits>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/files/untrusted_json.hpp"

namespace planner {
namespace {

using nlohmann::json;

// A header is one flat object of a few dozen bytes; anything bigger is not one.
constexpr JsonLimits kHeaderLimits{.max_bytes = 256, .max_depth = 1, .max_containers = 1, .max_members = 16};

DecodedRecord damaged(std::string problem) {
  DecodedRecord out;
  out.status = RecordStatus::damaged;
  out.problem = std::move(problem);
  return out;
}

// A whole number from the header, refusing anything else (negative, fractional, too big).
std::optional<std::uint64_t> whole_number(const json& header, const char* key) {
  const auto found = header.find(key);
  if (found == header.end()) return std::nullopt;
  if (found->is_number_unsigned()) return found->get<std::uint64_t>();
  if (found->is_number_integer() && found->get<std::int64_t>() >= 0)
    return static_cast<std::uint64_t>(found->get<std::int64_t>());
  return std::nullopt;
}

}  // namespace

std::string encode_plan_record(std::uint64_t revision, std::string_view plan_file) {
  std::string header =
      "{\"record\":" + std::to_string(kCurrentPlanRecordVersion) + ",\"revision\":" + std::to_string(revision) + "}\n";
  std::string out;
  out.reserve(header.size() + plan_file.size());
  out += header;
  out += plan_file;
  return out;
}

std::string stored_plan_file(const Plan& plan, std::string_view saved_at) {
  return save_plan_file(plan, saved_at, app_version(), PlanFileLayout::compact);
}

std::string plan_record(std::uint64_t revision, const Plan& plan, std::string_view saved_at) {
  return encode_plan_record(revision, stored_plan_file(plan, saved_at));
}

DecodedRecord decode_plan_record(std::string_view text) {
  const std::size_t end_of_header = text.find('\n');
  if (end_of_header == std::string_view::npos)
    return damaged(text.empty() ? "the stored value is empty" : "the stored value has no record header line");
  const UntrustedJson parsed = parse_untrusted_json(text.substr(0, end_of_header), kHeaderLimits);
  if (!parsed.value || !parsed.value->is_object())
    return damaged("the record header is not readable (the first line should be {\"record\":1,\"revision\":N})");
  const json& header = *parsed.value;
  const std::optional<std::uint64_t> layout = whole_number(header, "record");
  const std::optional<std::uint64_t> revision = whole_number(header, "revision");
  if (!layout || *layout == 0 || *layout > static_cast<std::uint64_t>(std::numeric_limits<int>::max()))
    return damaged("the record header has no valid \"record\" layout number");

  DecodedRecord out;
  out.layout = static_cast<int>(*layout);
  out.revision = revision.value_or(0);
  out.plan_file = text.substr(end_of_header + 1);
  if (out.layout > kCurrentPlanRecordVersion) {
    // Whatever a newer layout adds, it is read-only here; the revision is only informative.
    out.status = RecordStatus::newer_layout;
    return out;
  }
  if (!revision) return damaged("the record header has no valid \"revision\" number");
  out.status = RecordStatus::ok;
  return out;
}

StoredPlan read_stored_plan(std::string_view text, const Catalogue& catalogue) {
  StoredPlan out;
  const DecodedRecord record = decode_plan_record(text);
  if (record.status == RecordStatus::damaged) {
    out.status = StoredPlanStatus::damaged;
    out.problem = record.problem;
    return out;
  }
  out.revision = record.revision;
  out.load = load_plan_file(record.plan_file, catalogue);
  switch (out.load.status) {
    case LoadStatus::ok:
      if (record.status == RecordStatus::newer_layout) {
        out.status = StoredPlanStatus::read_only;
        out.plan = std::move(out.load.plan);
        out.problem = "This plan was stored by a newer version of the app (storage layout " +
                      std::to_string(record.layout) + "; this version writes layout " +
                      std::to_string(kCurrentPlanRecordVersion) +
                      "). It is shown read-only so that nothing the newer version keeps is lost.";
        return out;
      }
      out.status = StoredPlanStatus::editable;
      out.plan = std::move(out.load.plan);
      return out;
    case LoadStatus::newer_version:
      out.status = StoredPlanStatus::read_only;
      out.plan = std::move(out.load.plan);
      out.problem = load_summary(out.load);
      return out;
    case LoadStatus::invalid:
    case LoadStatus::not_a_plan:
      if (record.status == RecordStatus::newer_layout) {
        // A newer layout may well store the plan differently: it is not ours to call damaged.
        out.status = StoredPlanStatus::read_only;
        out.problem = "This plan was stored by a newer version of the app (storage layout " +
                      std::to_string(record.layout) +
                      ") and cannot be shown by this version. Update the app to open it.";
        return out;
      }
      out.status = StoredPlanStatus::damaged;
      out.problem = load_summary(out.load);
      if (out.load.status == LoadStatus::invalid && !out.load.problems.empty())
        out.problem += " First: " + to_string(out.load.problems.front()) + ".";
      return out;
  }
  return out;
}

}  // namespace planner
