// libFuzzer target: the plan file loader on arbitrary bytes (an imported file, a share link's
// payload, a corrupted local-storage value all end up here).
//
// Beyond "no crash, no leak, no undefined behaviour", it checks the loader's promises:
//   - every result is one of the documented shapes (a plan exactly when ok, or newer-version and
//     readable; problems exactly when not ok);
//   - whatever loads saves to a file that loads again as ok, to an equal plan, and saves again to
//     the same bytes (byte-stable round trips).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/files/plan_file.hpp"
#include "core/programme/catalogue.hpp"

namespace {

void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "plan_file_fuzz: broken promise: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace planner;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const Catalogue& catalogue = default_catalogue();

  const LoadResult loaded = load_plan_file(text, catalogue);
  switch (loaded.status) {
    case LoadStatus::ok:
      require(loaded.plan.has_value(), "ok comes with a plan");
      require(loaded.problems.empty(), "ok comes without problems");
      break;
    case LoadStatus::newer_version:
      require(loaded.plan.has_value() == loaded.problems.empty(), "a newer file has a plan or problems");
      break;
    case LoadStatus::invalid:
    case LoadStatus::not_a_plan:
      require(!loaded.plan.has_value(), "a refused file has no plan");
      require(!loaded.problems.empty(), "a refused file says why");
      break;
  }
  for (const LoadProblem& problem : loaded.problems) {
    require(!problem.message.empty(), "every problem has a message");
    require(problem.pointer.empty() || problem.pointer.front() == '/', "pointers are JSON pointers");
  }
  if (!loaded.plan) return 0;

  const std::string saved = save_plan_file(*loaded.plan, "2027-01-04T09:30:00Z", "0.0.0-fuzz");
  const LoadResult again = load_plan_file(saved, catalogue);
  require(again.status == LoadStatus::ok, "a saved plan loads");
  require(again.plan.has_value() && *again.plan == *loaded.plan, "a saved plan loads as the same plan");
  require(save_plan_file(*again.plan, "2027-01-04T09:30:00Z", "0.0.0-fuzz") == saved, "saving is byte-stable");
  return 0;
}
