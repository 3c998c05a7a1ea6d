#pragma once
// FNV-1a, 64-bit (http://www.isthe.com/chongo/tech/comp/fnv/): a small, fast, well-spread hash
// for telling texts apart (has the plan changed since it was reviewed? which finding is this?).
// Not for security: anyone can make two texts with the same hash on purpose.
#include <cstdint>
#include <string>
#include <string_view>

namespace planner {

constexpr std::uint64_t fnv1a_64(std::string_view bytes, std::uint64_t hash = 0xcbf29ce484222325ULL) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// The hash as 16 lower-case hexadecimal digits.
inline std::string hex16(std::uint64_t value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4) out[static_cast<std::size_t>(i)] = kDigits[value & 0xf];
  return out;
}

}  // namespace planner
