#include "core/files/base64url.hpp"

#include <array>
#include <cstdio>

namespace planner {
namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr std::array<std::int8_t, 256> decoding_table() {
  std::array<std::int8_t, 256> table{};
  for (auto& entry : table) entry = -1;
  for (std::size_t i = 0; i < kAlphabet.size(); ++i)
    table[static_cast<unsigned char>(kAlphabet[i])] = static_cast<std::int8_t>(i);
  return table;
}
constexpr std::array<std::int8_t, 256> kDecoding = decoding_table();

std::string shown(char c) {
  const auto byte = static_cast<unsigned char>(c);
  if (byte >= 0x21 && byte < 0x7f) return std::string("\"") + c + "\"";
  char text[16];
  std::snprintf(text, sizeof text, "byte 0x%02X", static_cast<unsigned>(byte));
  return text;
}

}  // namespace

std::size_t base64url_length(std::size_t bytes) { return bytes / 3 * 4 + (bytes % 3 == 0 ? 0 : bytes % 3 + 1); }

std::string base64url_encode(std::string_view bytes) {
  std::string out;
  out.reserve(base64url_length(bytes.size()));
  std::size_t i = 0;
  const auto at = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k])); };
  for (; i + 3 <= bytes.size(); i += 3) {
    const std::uint32_t n = at(i) << 16 | at(i + 1) << 8 | at(i + 2);
    out += kAlphabet[n >> 18 & 63];
    out += kAlphabet[n >> 12 & 63];
    out += kAlphabet[n >> 6 & 63];
    out += kAlphabet[n & 63];
  }
  if (bytes.size() - i == 1) {
    const std::uint32_t n = at(i) << 16;
    out += kAlphabet[n >> 18 & 63];
    out += kAlphabet[n >> 12 & 63];
  } else if (bytes.size() - i == 2) {
    const std::uint32_t n = at(i) << 16 | at(i + 1) << 8;
    out += kAlphabet[n >> 18 & 63];
    out += kAlphabet[n >> 12 & 63];
    out += kAlphabet[n >> 6 & 63];
  }
  return out;
}

std::variant<std::string, Base64Error> base64url_decode(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (kDecoding[static_cast<unsigned char>(text[i])] >= 0) continue;
    const char c = text[i];
    std::string why = "character " + std::to_string(i + 1) + " (" + shown(c) + ") is not allowed";
    if (c == '=') {
      why += ": links carry no padding";
    } else if (c == '+' || c == '/') {
      why += ": this is plain base64, not the link alphabet (\"-\" and \"_\")";
    } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '%') {
      why += ": the link was broken up or re-encoded on its way";
    }
    return Base64Error{i, std::move(why)};
  }
  if (text.size() % 4 == 1) {
    return Base64Error{text.size(), "the encoded data is " + std::to_string(text.size()) +
                                        " characters long, which no data encodes to: the link is cut short or has "
                                        "a character too many"};
  }
  std::string out;
  out.reserve(text.size() / 4 * 3 + 2);
  std::uint32_t bits = 0;
  int count = 0;
  for (const char c : text) {
    // At most 12 bits are pending at a time: keep only those.
    bits = (bits << 6 | static_cast<std::uint32_t>(kDecoding[static_cast<unsigned char>(c)])) & 0xfff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>(bits >> count & 0xff);
    }
  }
  // 2 or 4 bits are left over after a partial group; an encoder always leaves them zero.
  if (count > 0 && (bits & ((1u << count) - 1)) != 0) {
    return Base64Error{text.size() - 1, "the last character (" + shown(text.back()) +
                                            ") is not one an encoder writes there: the link was altered"};
  }
  return out;
}

}  // namespace planner
