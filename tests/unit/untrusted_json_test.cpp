#include "core/files/untrusted_json.hpp"

#include <gtest/gtest.h>

#include <string>

namespace planner {
namespace {

using nlohmann::json;

constexpr JsonLimits kLimits{1024 * 1024, 64, 1000, 50};

std::string nested_arrays(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

TEST(UntrustedJson, ParsesStrictJson) {
  const UntrustedJson parsed = parse_untrusted_json(R"({"a": [1, -2, 2.5, true, null, "x"], "b": {}})", kLimits);
  ASSERT_TRUE(parsed.value.has_value()) << parsed.problem.message;
  EXPECT_EQ(*parsed.value, json::parse(R"({"a": [1, -2, 2.5, true, null, "x"], "b": {}})"));
}

TEST(UntrustedJson, AcceptsNestingUpToTheLimit) {
  const UntrustedJson parsed = parse_untrusted_json(nested_arrays(64), kLimits);
  ASSERT_TRUE(parsed.value.has_value()) << parsed.problem.message;
}

TEST(UntrustedJson, RefusesNestingBeyondTheLimitAndSaysWhere) {
  const UntrustedJson parsed = parse_untrusted_json(nested_arrays(65), kLimits);
  ASSERT_FALSE(parsed.value.has_value());
  EXPECT_TRUE(parsed.malformed);
  std::string pointer;
  for (int i = 0; i < 64; ++i) pointer += "/0";
  EXPECT_EQ(parsed.problem.pointer, pointer);
  EXPECT_EQ(parsed.problem.message, "arrays and objects are nested more than 64 levels deep here");
}

TEST(UntrustedJson, RefusesAMillionOpenBracketsWithoutBuildingThem) {
  const UntrustedJson parsed = parse_untrusted_json(std::string(1000000, '['), kLimits);
  ASSERT_FALSE(parsed.value.has_value());
  EXPECT_EQ(parsed.problem.message, "arrays and objects are nested more than 64 levels deep here");
}

TEST(UntrustedJson, PointsIntoObjectsWithEscapedKeys) {
  std::string text;
  for (int i = 0; i < 65; ++i) text += R"({"a/b~":)";
  text += "1" + std::string(65, '}');
  const UntrustedJson parsed = parse_untrusted_json(text, kLimits);
  ASSERT_FALSE(parsed.value.has_value());
  std::string pointer;
  for (int i = 0; i < 64; ++i) pointer += "/a~1b~0";
  EXPECT_EQ(parsed.problem.pointer, pointer);
}

TEST(UntrustedJson, RefusesAKeyGivenTwiceInOneObject) {
  const UntrustedJson parsed = parse_untrusted_json(R"({"plan": {"items": [{}, {"date": 1, "date": 2}]}})", kLimits);
  ASSERT_FALSE(parsed.value.has_value());
  EXPECT_FALSE(parsed.malformed) << "well-formed JSON, but ambiguous";
  EXPECT_EQ(parsed.problem.pointer, "/plan/items/1/date");
  EXPECT_EQ(parsed.problem.message, R"(the key "date" appears twice in one object)");
}

TEST(UntrustedJson, AllowsTheSameKeyInDifferentObjects) {
  EXPECT_TRUE(parse_untrusted_json(R"([{"a": 1}, {"a": 2}, {"b": {"a": 3}}])", kLimits).value.has_value());
}

TEST(UntrustedJson, ReportsSyntaxErrorsWithLineAndColumn) {
  const UntrustedJson parsed = parse_untrusted_json("{\n  \"a\": tru\n}", kLimits);
  ASSERT_FALSE(parsed.value.has_value());
  EXPECT_TRUE(parsed.malformed);
  EXPECT_EQ(parsed.problem.pointer, "/a");
  EXPECT_EQ(parsed.problem.message, "is not valid JSON: invalid literal at line 2, column 11");
}

TEST(UntrustedJson, RefusesTextThatIsNotJson) {
  for (const char* text : {"", "hello", "{", "[1,]", "{'a': 1}", "{\"a\": 1} trailing", "[1] [2]", "// c\n{}",
                           "{\"a\": NaN}", "{\"a\": Infinity}", "[01]"}) {
    const UntrustedJson parsed = parse_untrusted_json(text, kLimits);
    EXPECT_FALSE(parsed.value.has_value()) << text;
    EXPECT_TRUE(parsed.malformed) << text;
    EXPECT_EQ(parsed.problem.message.rfind("is not valid JSON: ", 0), 0u) << parsed.problem.message;
  }
}

TEST(UntrustedJson, RefusesIllFormedUtf8) {
  const UntrustedJson parsed = parse_untrusted_json("[\"caf\xC3\"]", kLimits);
  ASSERT_FALSE(parsed.value.has_value());
  EXPECT_EQ(parsed.problem.message, "is not valid JSON: invalid string: ill-formed UTF-8 byte at line 1, column 7");
}

TEST(UntrustedJson, RefusesNumbersTooLargeForADouble) {
  const UntrustedJson parsed = parse_untrusted_json(R"({"hours": 1e400})", kLimits);
  ASSERT_FALSE(parsed.value.has_value());
  EXPECT_EQ(parsed.problem.pointer, "/hours");
  EXPECT_EQ(parsed.problem.message, "is not valid JSON: a number too large to represent at line 1, column 15");
}

TEST(UntrustedJson, KeepsIntegersBeyondInt64AsNonIntegersForTheValidatorToRefuse) {
  const UntrustedJson parsed =
      parse_untrusted_json("[18446744073709551615, 18446744073709551616, -9223372036854775809]", kLimits);
  ASSERT_TRUE(parsed.value.has_value());
  EXPECT_TRUE((*parsed.value)[0].is_number_unsigned());
  EXPECT_TRUE((*parsed.value)[1].is_number_float());
  EXPECT_TRUE((*parsed.value)[2].is_number_float());
}

TEST(UntrustedJson, RefusesTextOverTheSizeCapBeforeParsing) {
  const std::string text = "\"" + std::string(2 * 1024 * 1024, 'x') + "\"";
  const UntrustedJson parsed = parse_untrusted_json(text, kLimits);
  ASSERT_FALSE(parsed.value.has_value());
  EXPECT_TRUE(parsed.malformed);
  EXPECT_EQ(parsed.problem.pointer, "");
  EXPECT_EQ(parsed.problem.message, "is 2.0 MiB, more than the 1.0 MiB a file can be");
}

std::string array_of_empty_objects(int count) {
  std::string text = "[";
  for (int i = 0; i < count; ++i) text += i == 0 ? "{}" : ",{}";
  return text + "]";
}

TEST(UntrustedJson, RefusesMoreArraysAndObjectsThanTheCap) {
  const UntrustedJson parsed = parse_untrusted_json(array_of_empty_objects(1000), kLimits);
  ASSERT_FALSE(parsed.value.has_value());
  EXPECT_TRUE(parsed.malformed);
  EXPECT_EQ(parsed.problem.pointer, "/999") << "the root and 999 objects are the 1000 allowed";
  EXPECT_EQ(parsed.problem.message, "holds more than 1000 arrays and objects");
  EXPECT_TRUE(parse_untrusted_json(array_of_empty_objects(999), kLimits).value.has_value());
}

TEST(UntrustedJson, RefusesAnObjectWithMoreKeysThanTheCap) {
  std::string text = "{";
  for (int i = 0; i < 50; ++i) text += "\"k" + std::to_string(i) + "\": 0, ";
  const UntrustedJson fifty_one = parse_untrusted_json("{\"inner\": " + text + "\"z\": {}}}", kLimits);
  ASSERT_FALSE(fifty_one.value.has_value());
  EXPECT_EQ(fifty_one.problem.message, "has more than 50 keys");
  EXPECT_EQ(fifty_one.problem.pointer, "/inner");
  text.resize(text.size() - 2);
  EXPECT_TRUE(parse_untrusted_json(text + "}", kLimits).value.has_value());
}

TEST(UntrustedJson, EscapesJsonPointerSegments) {
  EXPECT_EQ(json_pointer_segment("a/b~c"), "a~1b~0c");
  EXPECT_EQ(json_pointer_segment(""), "");
  EXPECT_EQ(json_pointer_segment("~1"), "~01");
}

}  // namespace
}  // namespace planner
