#pragma once
// How one plan is kept in storage: a one-line header with the stored revision, then the plan file
// as "Export plan" writes it, laid out compactly (plan_file.hpp, PlanFileLayout::compact):
//
//   {"record":1,"revision":42}
//   {"format":"apprenticeship-plan",…}
//
// Why one value and not the file plus a revision key: a browser's setItem is all or nothing, so
// the revision and the plan it counts can never disagree. Why a header line and not a JSON
// wrapper around the file: the rest is a plan file that any import reads (a damaged record's raw
// text is still mostly a plan file), and nothing is escaped twice. Records written readable, as
// earlier versions did, read the same.
//
// The revision counts the writes of this plan by any tab of any version of the app; it only ever
// goes up. It tells the user which version is newer when two tabs disagree.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/files/plan_file.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

// The record layout this build writes; a larger one comes from a newer app and is read-only here.
inline constexpr int kCurrentPlanRecordVersion = 1;

std::string encode_plan_record(std::uint64_t revision, std::string_view plan_file);

// A document's plan as the compact plan file a record holds, made ahead of the save that writes
// it (PlanStore::encode_for_save).
struct EncodedPlan {
  std::uint64_t document_revision = 0;
  std::string plan_file;
};
// The plan file a record holds: `plan` saved at `saved_at`, compact.
std::string stored_plan_file(const Plan& plan, std::string_view saved_at);
// The record a store writes: encode_plan_record() of stored_plan_file().
std::string plan_record(std::uint64_t revision, const Plan& plan, std::string_view saved_at);

enum class RecordStatus {
  ok,            // a record of this layout: `revision` and `plan_file` are set
  newer_layout,  // a newer app's record: `plan_file` is the text after the header, as a best guess
  damaged,       // not a record: `problem` says why
};

struct DecodedRecord {
  RecordStatus status = RecordStatus::damaged;
  int layout = 0;              // the header's "record"
  std::uint64_t revision = 0;  // the header's "revision"
  std::string_view plan_file;  // a view into the decoded text
  std::string problem;         // plain English, when damaged
};

// Never throws on bad input.
DecodedRecord decode_plan_record(std::string_view text);

// What a stored record holds, as far as the user is concerned.
enum class StoredPlanStatus {
  editable,   // a plan this version reads and writes
  read_only,  // saved by a newer app: shown, never saved over (`plan` set), or not even shown
  damaged,    // not loadable: not a record, not JSON, not a valid plan
};

struct StoredPlan {
  StoredPlanStatus status = StoredPlanStatus::damaged;
  std::uint64_t revision = 0;
  std::optional<Plan> plan;  // editable: always; read_only: when the newer file could be read leniently
  LoadResult load;           // the plan file's load, for messages (load_summary) and problems
  std::string problem;       // plain English: why it is damaged or read-only
};

// Decodes and loads a record (plan_file.hpp's strict loader; never throws on bad input).
StoredPlan read_stored_plan(std::string_view text, const Catalogue& catalogue);

}  // namespace planner
