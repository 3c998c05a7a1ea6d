// libFuzzer target: the share-link decoder on arbitrary text (whatever is in the address bar when
// the app opens, or pasted into "Open a link").
//
// Beyond "no crash, no leak, no undefined behaviour", it checks the decoder's promises:
//   - a link decodes to a payload or to an error with a message, never both or neither;
//   - a payload is a gzip member's frame within the limits, and the link that make_share_link
//     builds from it decodes to the same payload (one canonical encoding: base64url is strict);
//   - check_shared_text accepts exactly text of the declared size.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <variant>

#include "core/files/share_link.hpp"

namespace {

void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "share_link_fuzz: broken promise: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace planner;
  const std::string_view link(reinterpret_cast<const char*>(data), size);
  const auto decoded = decode_share_link(link);
  if (const auto* failure = std::get_if<ShareLinkError>(&decoded)) {
    require(!failure->message.empty(), "an error says what is wrong");
    require(failure->message.back() == '.', "an error message is a sentence");
    return 0;
  }
  const SharePayload& payload = std::get<SharePayload>(decoded);
  require(payload.version == kShareLinkVersion, "only this version decodes");
  require(payload.gzip.size() >= 18, "a gzip member has a header and a trailer");
  require(static_cast<unsigned char>(payload.gzip[0]) == 0x1f && static_cast<unsigned char>(payload.gzip[1]) == 0x8b,
          "a gzip member starts with its magic number");
  require(payload.declared_size <= kMaxShareTextBytes, "the declared text is within the limit");

  const auto again = make_share_link("https://planner.invalid/", payload.kind, payload.gzip);
  require(std::holds_alternative<std::string>(again), "what decodes can be linked again");
  const auto round = decode_share_link(std::get<std::string>(again));
  require(std::holds_alternative<SharePayload>(round), "a made link decodes");
  const SharePayload& same = std::get<SharePayload>(round);
  require(same.kind == payload.kind && same.gzip == payload.gzip && same.declared_size == payload.declared_size,
          "a made link decodes to the same payload");
  const std::string fragment = std::get<std::string>(again).substr(std::get<std::string>(again).find('#'));
  const std::string_view original_fragment =
      link.substr(link.find('#') == std::string_view::npos ? 0 : link.find('#') + 1);
  require(fragment.substr(1) == original_fragment, "the encoding is canonical");

  if (payload.declared_size <= 4096) {
    require(!check_shared_text(payload, std::string(payload.declared_size, 'x')).has_value(),
            "the declared size passes");
    require(check_shared_text(payload, std::string(payload.declared_size + 1, 'x')).has_value(), "another size fails");
  }
  return 0;
}
