#include "core/files/share_link.hpp"

#include <cstdio>

#include "core/files/base64url.hpp"

namespace planner {
namespace {

constexpr std::size_t kGzipHeaderBytes = 10;
constexpr std::size_t kGzipTrailerBytes = 8;
constexpr std::string_view kAskAgain = " Ask for the link again, or for the file instead.";

ShareLinkError error(ShareLinkError::Code code, std::string message) {
  return ShareLinkError{code, std::move(message)};
}

// "41,230": counts in messages as people read them.
std::string grouped(std::size_t n) {
  std::string digits = std::to_string(n);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
  return digits;
}

std::string size_text(std::size_t bytes) {
  char text[32];
  if (bytes >= 1024 * 1024) {
    std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  } else {
    std::snprintf(text, sizeof text, "%.0f KiB", static_cast<double>(bytes) / 1024.0);
  }
  return text;
}

std::string prefix(ShareKind kind) {
  return "#" + std::string(to_string(kind)) + "=" + std::to_string(kShareLinkVersion) + ".";
}

std::uint32_t little_endian_32(std::string_view bytes) {
  std::uint32_t n = 0;
  for (int i = 3; i >= 0; --i) n = n << 8 | static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]);
  return n;
}

// A gzip member as CompressionStream writes it: the magic number, deflate, no reserved flags, and
// room for at least the header and the trailer. Returns the text length the trailer declares.
std::variant<std::uint32_t, ShareLinkError> gzip_declared_size(std::string_view bytes) {
  if (bytes.size() < kGzipHeaderBytes + kGzipTrailerBytes || static_cast<unsigned char>(bytes[0]) != 0x1f ||
      static_cast<unsigned char>(bytes[1]) != 0x8b || bytes[2] != 8 ||
      (static_cast<unsigned char>(bytes[3]) & 0xe0) != 0) {
    return error(ShareLinkError::Code::tampered,
                 "This link is damaged: what it carries is not what the app puts in a link." + std::string(kAskAgain));
  }
  const std::uint32_t size = little_endian_32(bytes.substr(bytes.size() - 4));
  if (size > kMaxShareTextBytes) {
    return error(ShareLinkError::Code::too_large,
                 "This link would unpack to " + size_text(size) + ", more than the " + size_text(kMaxShareTextBytes) +
                     " a link can hold: it has been altered." + std::string(kAskAgain));
  }
  return size;
}

// A version as the grammar writes it: digits, no leading zero, and small.
std::optional<int> version_number(std::string_view text) {
  if (text.empty() || text.size() > 6 || (text.size() > 1 && text[0] == '0')) return std::nullopt;
  int n = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace

std::string_view to_string(ShareKind kind) { return kind == ShareKind::review ? "review" : "plan"; }

std::string_view to_string(ShareLinkError::Code code) {
  switch (code) {
    case ShareLinkError::Code::not_a_share_link: return "not-a-share-link";
    case ShareLinkError::Code::malformed: return "malformed";
    case ShareLinkError::Code::newer_version: return "newer-version";
    case ShareLinkError::Code::too_long: return "too-long";
    case ShareLinkError::Code::too_large: return "too-large";
    case ShareLinkError::Code::tampered: return "tampered";
  }
  return "malformed";
}

std::size_t share_fragment_length(ShareKind kind, std::size_t compressed_bytes) {
  return prefix(kind).size() + base64url_length(compressed_bytes);
}

bool share_text_may_fit(std::size_t text_bytes) { return text_bytes <= kMaxShareTextBytes; }

bool share_link_fits(ShareKind kind, std::size_t compressed_bytes) {
  return share_fragment_length(kind, compressed_bytes) <= kMaxShareFragmentChars;
}

std::variant<std::string, ShareLinkError> make_share_link(std::string_view page_url, ShareKind kind,
                                                          std::string_view gzip_bytes) {
  const std::string what = kind == ShareKind::plan ? "plan" : "review";
  const auto declared = gzip_declared_size(gzip_bytes);
  if (const auto* failure = std::get_if<ShareLinkError>(&declared)) {
    if (failure->code == ShareLinkError::Code::too_large) {
      return error(ShareLinkError::Code::too_large, "This " + what + " is too large to share as a link (more than " +
                                                        size_text(kMaxShareTextBytes) +
                                                        "). Share it as a file instead.");
    }
    return error(ShareLinkError::Code::tampered,
                 "The compressed " + what + " is not a gzip stream: it cannot go in a link.");
  }
  const std::size_t length = share_fragment_length(kind, gzip_bytes.size());
  if (length > kMaxShareFragmentChars) {
    return error(ShareLinkError::Code::too_long,
                 "This " + what + " is too large to share as a link: the link would be " + grouped(length) +
                     " characters long, and links of more than " + grouped(kMaxShareFragmentChars) +
                     " may not arrive whole. Share it as a file instead.");
  }
  const std::string_view page = page_url.substr(0, page_url.find('#'));
  return std::string(page) + prefix(kind) + base64url_encode(gzip_bytes);
}

std::variant<SharePayload, ShareLinkError> decode_share_link(std::string_view link) {
  const std::size_t hash = link.find('#');
  std::string_view fragment = hash == std::string_view::npos ? link : link.substr(hash + 1);
  const std::size_t equals = fragment.find('=');
  const std::string_view key = fragment.substr(0, equals);
  if (equals == std::string_view::npos || (key != "plan" && key != "review")) {
    return error(ShareLinkError::Code::not_a_share_link, "This address does not carry a shared plan or review.");
  }
  const std::string what = key == "plan" ? "plan" : "review";
  // "#" and the fragment, as the limit counts them.
  if (fragment.size() + 1 > kMaxShareFragmentChars) {
    return error(ShareLinkError::Code::too_long, "This link is " + grouped(fragment.size() + 1) +
                                                     " characters long, more than any link the app makes (" +
                                                     grouped(kMaxShareFragmentChars) + "): it has been altered." +
                                                     std::string(kAskAgain));
  }
  const std::string_view rest = fragment.substr(equals + 1);
  const std::size_t dot = rest.find('.');
  const std::optional<int> version = version_number(rest.substr(0, dot));
  if (dot == std::string_view::npos || !version || *version == 0) {
    return error(
        ShareLinkError::Code::malformed,
        "This link to a " + what + " is damaged: it lacks the version of its format." + std::string(kAskAgain));
  }
  if (*version > kShareLinkVersion) {
    return error(ShareLinkError::Code::newer_version, "This link was made by a newer version of the app (link format " +
                                                          std::to_string(*version) + "; this version reads format " +
                                                          std::to_string(kShareLinkVersion) +
                                                          "). Update the app, or ask for the file instead.");
  }
  const std::string_view payload = rest.substr(dot + 1);
  if (payload.empty()) {
    return error(ShareLinkError::Code::malformed,
                 "This link to a " + what + " is cut short: it carries nothing." + std::string(kAskAgain));
  }
  auto decoded = base64url_decode(payload);
  if (const auto* failure = std::get_if<Base64Error>(&decoded)) {
    return error(ShareLinkError::Code::malformed,
                 "This link to a " + what + " is damaged: " + failure->message + "." + std::string(kAskAgain));
  }
  std::string bytes = std::move(std::get<std::string>(decoded));
  const auto declared = gzip_declared_size(bytes);
  if (const auto* failure = std::get_if<ShareLinkError>(&declared)) return *failure;
  SharePayload out;
  out.kind = key == "plan" ? ShareKind::plan : ShareKind::review;
  out.version = *version;
  out.gzip = std::move(bytes);
  out.declared_size = std::get<std::uint32_t>(declared);
  return out;
}

std::optional<ShareLinkError> check_shared_text(const SharePayload& payload, std::string_view text) {
  if (text.size() > kMaxShareTextBytes) {
    return error(ShareLinkError::Code::too_large,
                 "This link unpacks to more than the " + size_text(kMaxShareTextBytes) +
                     " a link can hold: it has been altered." + std::string(kAskAgain));
  }
  if (text.size() != payload.declared_size) {
    return error(ShareLinkError::Code::tampered, "This link is damaged: it unpacks to " + grouped(text.size()) +
                                                     " bytes where it promised " + grouped(payload.declared_size) +
                                                     "." + std::string(kAskAgain));
  }
  return std::nullopt;
}

}  // namespace planner
