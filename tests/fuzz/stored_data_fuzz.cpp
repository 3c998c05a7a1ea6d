// Stored values are untrusted bytes: browser extensions, other versions of the app, someone in the
// developer tools, a disk going bad. This target feeds arbitrary bytes to the readers of stored
// records and of the plan list, and, as the stored copy of a plan, to the whole persistence policy
// (start, open, edit, save), checking its central promise: the bytes are never lost. Afterwards
// they are still stored byte for byte somewhere (the plan's key, its backup, or quarantine).
// Seeds: tests/fuzz/corpus/stored_data/.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "core/plan/document.hpp"
#include "core/programme/catalogue.hpp"
#include "core/storage/memory_storage.hpp"
#include "core/storage/plan_index.hpp"
#include "core/storage/plan_record.hpp"
#include "core/storage/plan_store.hpp"

namespace {

constexpr std::string_view kNow = "2027-01-04T09:00:00Z";
constexpr std::string_view kLater = "2027-01-04T09:05:00Z";

bool kept_somewhere(const planner::MemoryStorage& storage, std::string_view bytes) {
  for (const auto& [key, value] : storage.values()) {
    if (value == bytes) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace planner;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const Catalogue& catalogue = default_catalogue();

  // The readers alone: never throw, never crash.
  decode_plan_record(bytes);
  read_stored_plan(bytes, catalogue);
  decode_plan_index(bytes);

  // The bytes as the stored copy of plan-a, listed in the index.
  MemoryStorage storage;
  storage.values()["planner/plan/plan-a"] = std::string(bytes);
  PlanStore store(storage, catalogue);
  if (!store.start(kNow).available) std::abort();
  Document document;
  const OpenResult opened = store.open("plan-a", document, kNow);
  if (opened.status == OpenStatus::opened) {
    document.apply(Edit{"Fuzz",
                        [](Plan& plan) -> std::optional<std::string> {
                          plan.name = "Changed by the fuzzer";
                          return std::nullopt;
                        },
                        ""});
    const SaveState saved = store.save(document, kLater);
    if (saved.status != SaveStatus::saved) std::abort();  // MemoryStorage never fails
  }
  if (!kept_somewhere(storage, bytes)) std::abort();
  return 0;
}
