#include "core/storage/plan_index.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "core/files/plan_validation.hpp"
#include "core/files/untrusted_json.hpp"
#include "core/plan/item_id.hpp"
#include "core/plan/plan_limits.hpp"

namespace planner {
namespace {

using nlohmann::json;

// Thousands of plans would still be a few hundred KB, each entry one small object; a bigger
// "index" is not ours.
constexpr JsonLimits kIndexLimits{
    .max_bytes = limits::kMaxFileBytes, .max_depth = 8, .max_containers = 100000, .max_members = 64};

template <typename Entries>
auto find_in(Entries& entries, std::string_view id) -> decltype(entries.data()) {
  const auto found = std::find_if(entries.begin(), entries.end(), [&](const PlanEntry& e) { return e.id == id; });
  return found == entries.end() ? nullptr : &*found;
}

json entry_json(const PlanEntry& entry, bool in_trash) {
  json out = {{"id", entry.id},
              {"name", entry.name},
              {"createdAt", entry.created_at},
              {"updatedAt", entry.updated_at},
              {"revision", entry.revision}};
  if (!entry.last_exported_at.empty()) out["lastExportedAt"] = entry.last_exported_at;
  if (in_trash) out["deletedAt"] = entry.deleted_at;
  return out;
}

// Reads entries; returns why they are not acceptable, or nothing.
class EntryReader {
 public:
  explicit EntryReader(bool lenient) : lenient_(lenient) {}

  std::optional<std::string> read(const json& list, const std::string& at, bool in_trash, std::vector<PlanEntry>& out) {
    if (!list.is_array()) return at + " should be a list";
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string here = at + "/" + std::to_string(i);
      const json& item = list[i];
      if (!item.is_object()) return here + " should be an object";
      if (!lenient_) {
        for (const auto& [key, value] : item.items()) {
          static const std::set<std::string> kKnown = {"id",       "name",           "createdAt", "updatedAt",
                                                       "revision", "lastExportedAt", "deletedAt"};
          if (!kKnown.contains(key)) return here + "/" + key + " is not an index field";
        }
      }
      PlanEntry entry;
      if (auto problem = text(item, here, "id", true, entry.id)) return problem;
      if (!is_valid_id(entry.id)) return here + "/id is not a valid plan id";
      if (!seen_.insert(entry.id).second) return here + "/id repeats the id \"" + entry.id + "\"";
      if (auto problem = text(item, here, "name", true, entry.name)) return problem;
      if (auto problem = timestamp(item, here, "createdAt", true, entry.created_at)) return problem;
      if (auto problem = timestamp(item, here, "updatedAt", true, entry.updated_at)) return problem;
      if (auto problem = timestamp(item, here, "lastExportedAt", false, entry.last_exported_at)) return problem;
      if (auto problem = timestamp(item, here, "deletedAt", in_trash, entry.deleted_at)) return problem;
      // The parser reads every non-negative whole number as unsigned: anything else is wrong.
      const auto revision = item.find("revision");
      if (revision == item.end() || !revision->is_number_unsigned()) return here + "/revision should be a whole number";
      entry.revision = revision->get<std::uint64_t>();
      out.push_back(std::move(entry));
    }
    return std::nullopt;
  }

 private:
  static std::optional<std::string> text(const json& item, const std::string& at, const char* key, bool required,
                                         std::string& out) {
    const auto found = item.find(key);
    if (found == item.end())
      return required ? std::optional<std::string>(at + "/" + key + " is missing") : std::nullopt;
    if (!found->is_string()) return at + "/" + key + " should be text";
    out = found->get<std::string>();
    if (out.size() > limits::kMaxLineCharacters * 4) return at + "/" + key + " is too long";
    return std::nullopt;
  }
  static std::optional<std::string> timestamp(const json& item, const std::string& at, const char* key, bool required,
                                              std::string& out) {
    if (auto problem = text(item, at, key, required, out)) return problem;
    if (!out.empty() && !is_timestamp(out)) return at + "/" + key + " is not a timestamp";
    if (required && out.empty()) return at + "/" + key + " is missing";
    return std::nullopt;
  }

  bool lenient_;
  std::set<std::string> seen_;
};

DecodedIndex damaged(std::string problem) {
  DecodedIndex out;
  out.status = IndexStatus::damaged;
  out.problem = std::move(problem);
  return out;
}

}  // namespace

PlanEntry* PlanIndex::find(std::string_view id) { return find_in(plans, id); }
const PlanEntry* PlanIndex::find(std::string_view id) const { return find_in(plans, id); }
PlanEntry* PlanIndex::find_in_trash(std::string_view id) { return find_in(trash, id); }
const PlanEntry* PlanIndex::find_in_trash(std::string_view id) const { return find_in(trash, id); }

std::string encode_plan_index(const PlanIndex& index) {
  json plans = json::array();
  for (const PlanEntry& entry : index.plans) plans.push_back(entry_json(entry, false));
  json trash = json::array();
  for (const PlanEntry& entry : index.trash) trash.push_back(entry_json(entry, true));
  // Insertion order is not kept by nlohmann's object; sorted keys are fine for a summary.
  const json out = {{"format", kPlanIndexFormat},
                    {"version", kCurrentPlanIndexVersion},
                    {"lastOpened", index.last_opened},
                    {"plans", std::move(plans)},
                    {"trash", std::move(trash)}};
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

DecodedIndex decode_plan_index(std::string_view text) {
  const UntrustedJson parsed = parse_untrusted_json(text, kIndexLimits);
  if (!parsed.value) return damaged("the plan list is not readable JSON (" + to_string(parsed.problem) + ")");
  const json& root = *parsed.value;
  if (!root.is_object()) return damaged("the plan list is not a JSON object");
  const auto format = root.find("format");
  if (format == root.end() || !format->is_string() || format->get_ref<const std::string&>() != kPlanIndexFormat)
    return damaged("the plan list has no \"format\": \"" + std::string(kPlanIndexFormat) + "\"");
  const auto version = root.find("version");
  if (version == root.end() || !version->is_number_integer() || version->get<std::int64_t>() < 1)
    return damaged("the plan list has no valid \"version\"");
  const bool newer = version->get<std::int64_t>() > kCurrentPlanIndexVersion;

  DecodedIndex out;
  out.status = newer ? IndexStatus::newer_version : IndexStatus::ok;
  if (!newer) {
    for (const auto& [key, value] : root.items()) {
      if (key != "format" && key != "version" && key != "lastOpened" && key != "plans" && key != "trash")
        return damaged("the plan list has an unknown field \"" + key + "\"");
    }
  }
  const auto last_opened = root.find("lastOpened");
  if (last_opened != root.end()) {
    if (!last_opened->is_string()) return damaged("/lastOpened should be text");
    out.index.last_opened = last_opened->get<std::string>();
    if (!out.index.last_opened.empty() && !is_valid_id(out.index.last_opened))
      return damaged("/lastOpened is not a valid plan id");
  }
  EntryReader reader(newer);
  const auto plans = root.find("plans");
  if (plans == root.end()) return damaged("/plans is missing");
  if (auto problem = reader.read(*plans, "/plans", false, out.index.plans))
    return damaged("the plan list's " + *problem);
  const auto trash = root.find("trash");
  if (trash != root.end()) {
    if (auto problem = reader.read(*trash, "/trash", true, out.index.trash))
      return damaged("the plan list's " + *problem);
  }
  return out;
}

}  // namespace planner
