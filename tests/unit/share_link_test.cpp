// Share links (share_link.hpp) and their base64url (base64url.hpp). The gzip bytes here are made
// by hand: the core checks the member's frame (magic, method, flags, declared size), and the
// browser's DecompressionStream checks the rest (deflate data, CRC-32).
#include "core/files/share_link.hpp"

#include <gtest/gtest.h>

#include "core/files/base64url.hpp"

namespace planner {
namespace {

constexpr std::string_view kPage = "https://planner.example/app/index.html";

// A gzip member's frame around `body`, declaring `size` bytes of text.
std::string gzip_member(std::string_view body, std::uint32_t size) {
  std::string bytes("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
  bytes += body;
  bytes += std::string("\x12\x34\x56\x78", 4);  // CRC-32: the browser checks it, not the core
  for (int i = 0; i < 4; ++i) bytes += static_cast<char>((size >> (8 * i)) & 0xff);
  return bytes;
}

ShareLinkError::Code error_code(std::string_view link) {
  const auto decoded = decode_share_link(link);
  if (std::holds_alternative<SharePayload>(decoded)) return ShareLinkError::Code::not_a_share_link;
  return std::get<ShareLinkError>(decoded).code;
}

TEST(Base64Url, EncodesTheRfc4648VectorsWithoutPadding) {
  const std::pair<const char*, const char*> vectors[] = {
      {"", ""},           {"f", "Zg"},          {"fo", "Zm8"},         {"foo", "Zm9v"},
      {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"}, {"foobar", "Zm9vYmFy"}};
  for (const auto& [bytes, text] : vectors) {
    EXPECT_EQ(base64url_encode(bytes), text);
    EXPECT_EQ(base64url_length(std::string_view(bytes).size()), std::string_view(text).size());
    EXPECT_EQ(std::get<std::string>(base64url_decode(text)), bytes);
  }
  EXPECT_EQ(base64url_encode(std::string("\xfb\xff\xfe", 3)), "-__-");
}

TEST(Base64Url, RefusesAnythingButTheCanonicalEncoding) {
  for (const char* bad : {"Zm9v=", "Zm+v", "Zm/v", "Zm 9v", "Z", "Zm9vY", "Zh", "Zm9"}) {
    // "Zh" and "Zm9" have non-zero unused bits: another text for the same bytes.
    EXPECT_TRUE(std::holds_alternative<Base64Error>(base64url_decode(bad))) << bad;
  }
  const auto failure = std::get<Base64Error>(base64url_decode("Zm9v=A"));
  EXPECT_EQ(failure.position, 4u);
}

TEST(ShareLink, RoundTripsAPayloadAfterThePageAddress) {
  const std::string gzip = gzip_member("deflate bytes \x00\xff", 1234);
  const auto made = make_share_link(std::string(kPage) + "#old", ShareKind::review, gzip);
  const std::string link = std::get<std::string>(made);
  EXPECT_EQ(link.rfind(std::string(kPage) + "#review=1.H4sI", 0), 0u) << link;
  const SharePayload payload = std::get<SharePayload>(decode_share_link(link));
  EXPECT_EQ(payload.kind, ShareKind::review);
  EXPECT_EQ(payload.version, 1);
  EXPECT_EQ(payload.gzip, gzip);
  EXPECT_EQ(payload.declared_size, 1234u);
  // The fragment alone, with or without its "#", reads the same.
  const std::string fragment = link.substr(link.find('#'));
  EXPECT_EQ(std::get<SharePayload>(decode_share_link(fragment)).gzip, gzip);
  EXPECT_EQ(std::get<SharePayload>(decode_share_link(fragment.substr(1))).gzip, gzip);
}

TEST(ShareLink, AnOrdinaryAddressIsNotAShareLink) {
  EXPECT_EQ(error_code(kPage), ShareLinkError::Code::not_a_share_link);
  EXPECT_EQ(error_code(std::string(kPage) + "#timeline"), ShareLinkError::Code::not_a_share_link);
  EXPECT_EQ(error_code(std::string(kPage) + "#plans=1.H4sI"), ShareLinkError::Code::not_a_share_link);
}

TEST(ShareLink, DamagedLinksSayWhatIsWrongAndWhatToDo) {
  const std::string good = std::get<std::string>(make_share_link(kPage, ShareKind::plan, gzip_member("x", 10)));
  const std::string payload = good.substr(good.find('.') + 1);
  EXPECT_EQ(error_code("#plan=" + payload), ShareLinkError::Code::malformed);          // no version
  EXPECT_EQ(error_code("#plan=01." + payload), ShareLinkError::Code::malformed);       // leading zero
  EXPECT_EQ(error_code("#plan=1."), ShareLinkError::Code::malformed);                  // nothing carried
  EXPECT_EQ(error_code("#plan=1." + payload + "="), ShareLinkError::Code::malformed);  // padding
  EXPECT_EQ(error_code("#plan=1." + payload.substr(0, payload.size() - 1)), ShareLinkError::Code::malformed);
  EXPECT_EQ(error_code("#plan=2." + payload), ShareLinkError::Code::newer_version);
  EXPECT_EQ(error_code("#plan=1." + base64url_encode("not gzip at all, just text")), ShareLinkError::Code::tampered);
  EXPECT_EQ(error_code("#plan=1." + base64url_encode(gzip_member("x", 50'000'000))), ShareLinkError::Code::too_large);
  EXPECT_EQ(error_code("#plan=1." + std::string(kMaxShareFragmentChars, 'A')), ShareLinkError::Code::too_long);
  const auto failure = std::get<ShareLinkError>(decode_share_link("#review=1." + payload + "!"));
  EXPECT_NE(failure.message.find("review is damaged"), std::string::npos) << failure.message;
  EXPECT_NE(failure.message.find("Ask for the link again, or for the file instead."), std::string::npos);
}

TEST(ShareLink, TooLargeToLinkOffersTheFileInstead) {
  const std::size_t too_many = (kMaxShareFragmentChars / 4) * 3;
  EXPECT_FALSE(share_link_fits(ShareKind::plan, too_many));
  EXPECT_TRUE(share_link_fits(ShareKind::plan, 1000));
  const auto made = make_share_link(kPage, ShareKind::plan, gzip_member(std::string(too_many, 'z'), 900'000));
  const auto& failure = std::get<ShareLinkError>(made);
  EXPECT_EQ(failure.code, ShareLinkError::Code::too_long);
  EXPECT_NE(failure.message.find("Share it as a file instead."), std::string::npos);
  EXPECT_TRUE(std::holds_alternative<ShareLinkError>(make_share_link(kPage, ShareKind::plan, "plain text")));
  EXPECT_FALSE(share_text_may_fit(kMaxShareTextBytes + 1));
}

TEST(ShareLink, DecompressedTextMustBeTheSizeTheLinkDeclared) {
  const SharePayload payload =
      std::get<SharePayload>(decode_share_link("#plan=1." + base64url_encode(gzip_member("x", 5))));
  EXPECT_EQ(check_shared_text(payload, "hello"), std::nullopt);
  const auto failure = check_shared_text(payload, "hello!");
  ASSERT_TRUE(failure.has_value());
  EXPECT_EQ(failure->code, ShareLinkError::Code::tampered);
  EXPECT_EQ(to_string(failure->code), "tampered");
}

}  // namespace
}  // namespace planner
