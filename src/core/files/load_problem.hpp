#pragma once
// One thing wrong with a file the user tried to open, said in plain English and pinned to the
// place: `/plan/activities/3/date: "2027-02-30" is not a real date`.
#include <string>

namespace planner {

struct LoadProblem {
  std::string pointer;  // JSON pointer (RFC 6901) to the place; empty for the file as a whole
  std::string message;  // what is wrong there, without the pointer
  bool operator==(const LoadProblem&) const = default;
};

// "pointer: message", or "the file message" when it is about the whole file ("the file is
// not valid JSON: …"); messages are written to follow either.
inline std::string to_string(const LoadProblem& problem) {
  return problem.pointer.empty() ? "the file " + problem.message : problem.pointer + ": " + problem.message;
}

}  // namespace planner
