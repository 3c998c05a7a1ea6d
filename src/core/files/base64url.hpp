#pragma once
// base64url (RFC 4648 §5: A-Z a-z 0-9 - _), without padding, as share links carry bytes.
// Decoding is strict, so a link that was mangled on its way (a character changed, one cut off,
// padding or a "+" from plain base64) is refused rather than read as different bytes:
//   - only the 64 characters of the alphabet, no "=", no white space;
//   - a length that some bytes encode to (never 1 more than a multiple of 4);
//   - the unused low bits of the last character zero, so each byte string has exactly one
//     encoding.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace planner {

std::string base64url_encode(std::string_view bytes);
// Characters `bytes` encode to: 4 for every 3 bytes, and 2 or 3 for a last 1 or 2.
std::size_t base64url_length(std::size_t bytes);

struct Base64Error {
  std::size_t position = 0;  // 0-based index of the offending character (the text's length if it is cut short)
  std::string message;       // "character 12 (\"=\") is not allowed …"
};
std::variant<std::string, Base64Error> base64url_decode(std::string_view text);

}  // namespace planner
