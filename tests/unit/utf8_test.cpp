#include "core/text/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace planner {
namespace {

TEST(Utf8, AcceptsEveryWellFormedLengthAtItsLimits) {
  EXPECT_TRUE(is_utf8(""));
  EXPECT_TRUE(is_utf8(std::string("a\0b", 3)));
  EXPECT_TRUE(is_utf8("\x7f \xc2\x80 \xdf\xbf \xe0\xa0\x80 \xed\x9f\xbf \xee\x80\x80 \xef\xbf\xbf"));
  EXPECT_TRUE(is_utf8("\xf0\x90\x80\x80 \xf4\x8f\xbf\xbf née – 😀"));
}

TEST(Utf8, RefusesOverlongFormsSurrogatesAndCodePointsBeyondUnicode) {
  EXPECT_FALSE(is_utf8("\xc0\xaf"));  // overlong "/"
  EXPECT_FALSE(is_utf8("\xc1\xbf"));
  EXPECT_FALSE(is_utf8("\xe0\x9f\xbf"));      // overlong three-byte
  EXPECT_FALSE(is_utf8("\xf0\x8f\xbf\xbf"));  // overlong four-byte
  EXPECT_FALSE(is_utf8("\xed\xa0\x80"));      // a surrogate, U+D800
  EXPECT_FALSE(is_utf8("\xf4\x90\x80\x80"));  // U+110000
  EXPECT_FALSE(is_utf8("\xf5\x80\x80\x80"));
  EXPECT_FALSE(is_utf8("\xff"));
}

TEST(Utf8, RefusesCutAndStrayContinuationBytes) {
  EXPECT_FALSE(is_utf8("\x80"));
  EXPECT_FALSE(is_utf8("a\xc3"));
  EXPECT_FALSE(is_utf8("\xe2\x82"));
  EXPECT_FALSE(is_utf8("\xe2\x28\xa1"));
  EXPECT_FALSE(is_utf8("\xf0\x9f\x98"));
}

}  // namespace
}  // namespace planner
