#pragma once
// Share links (docs/product.md §15): a plan file or a review file carried in a link's fragment, which
// browsers never send to a server. The browser compresses and decompresses (CompressionStream
// and DecompressionStream, "gzip"); the core does the rest: the grammar, base64url, the version
// tag, the limits, and the messages for links that are malformed, from a newer app, or altered.
//
// Grammar (ABNF, RFC 5234), version 1:
//
//   share-link = [ page-url ] "#" fragment        ; page-url: the app's own address
//   fragment   = kind "=" version "." payload
//   kind       = "plan" / "review"                 ; a plan file, or a review file
//   version    = "1"                               ; 1*DIGIT, no leading zero, in general
//   payload    = 1*base64url-char                  ; RFC 4648 §5, unpadded, canonical (base64url.hpp)
//
// Version 1's payload is one gzip member (RFC 1952) of the file's UTF-8 text, exactly as
// `new CompressionStream("gzip")` writes it, so every version 1 payload starts "H4sI" (the gzip
// magic number and method).
//
// Why gzip rather than deflate-raw (18 bytes, 24 characters, more): its trailer holds a CRC-32 of
// the text, which DecompressionStream checks, so a link altered on its way fails loudly instead
// of decompressing to different text; and the trailer's ISIZE states the text's length, so an
// oversized payload is refused before anything is decompressed.
//
// Limits: a fragment of at most kMaxShareFragmentChars, well inside what browsers accept in an
// address (Chromium 2 MB, Firefox about 1 MB, Safari about 80 000 characters) while a link of
// that size can still be pasted into a mail or a chat message; and the text at most
// kMaxShareTextBytes once decompressed (a plan file compresses about tenfold). When a link
// would be too long, share_link_fits says so before anything is built and the UI offers the file
// instead.
//
// The flow in the browser:
//   share:  text = save_plan_file(…) or save_review_file(…); bytes = gzip(text) (JS);
//           make_share_link(page url, kind, bytes) → the link, or why not (offer the file).
//   open:   decode_share_link(location.href) → kind + compressed bytes, or the message;
//           text = gunzip(bytes) (JS, reading no more than kMaxShareTextBytes + 1 bytes);
//           check_shared_text(payload, text); then load_plan_file / load_review_file, shown
//           read-only until the user chooses to keep it (never over their own plan unasked).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace planner {

enum class ShareKind { plan, review };
std::string_view to_string(ShareKind kind);  // "plan", "review": the fragment's key

inline constexpr int kShareLinkVersion = 1;
inline constexpr std::size_t kMaxShareFragmentChars = 32000;    // "#" included
inline constexpr std::size_t kMaxShareTextBytes = 1024 * 1024;  // the file's text, decompressed

// The fragment's length ("#plan=1." and the payload) for `compressed_bytes` of gzip.
std::size_t share_fragment_length(ShareKind kind, std::size_t compressed_bytes);
// Whether a file's text of `text_bytes` can go in a link at all (checked before compressing).
bool share_text_may_fit(std::size_t text_bytes);
// Whether `compressed_bytes` of gzip make a link within the limit.
bool share_link_fits(ShareKind kind, std::size_t compressed_bytes);

struct ShareLinkError {
  enum class Code {
    not_a_share_link,  // no "#plan=" or "#review=" fragment: the app was opened normally
    malformed,         // not the grammar, or not base64url: damaged on its way
    newer_version,     // a link format this version does not know
    too_long,          // longer than any link the app makes
    too_large,         // its text would be larger than a link may hold
    tampered,          // well formed, but not what the app puts in a link
  };
  Code code = Code::malformed;
  std::string message;  // plain English, ends with what to do ("Ask for the file instead.")
};
std::string_view to_string(ShareLinkError::Code code);  // "not-a-share-link", "malformed", …

// The link for `gzip_bytes` (a gzip member from CompressionStream) after `page_url` (the app's
// address; any fragment it has is replaced). An error (too_long, too_large or tampered) when the
// bytes are not a gzip member of a text within the limits.
std::variant<std::string, ShareLinkError> make_share_link(std::string_view page_url, ShareKind kind,
                                                          std::string_view gzip_bytes);

struct SharePayload {
  ShareKind kind = ShareKind::plan;
  int version = kShareLinkVersion;
  std::string gzip;                 // the compressed file, for DecompressionStream("gzip")
  std::uint32_t declared_size = 0;  // the text's length in bytes, as the gzip trailer states it
};

// Reads a link, a fragment ("#plan=1.…") or the fragment without its "#".
std::variant<SharePayload, ShareLinkError> decode_share_link(std::string_view link);

// After decompressing: refuses text larger than the limit or of another length than the payload
// declared (a browser checks the gzip CRC but not every implementation checks ISIZE).
std::optional<ShareLinkError> check_shared_text(const SharePayload& payload, std::string_view text);

}  // namespace planner
