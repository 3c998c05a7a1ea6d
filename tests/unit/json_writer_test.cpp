#include "core/files/json_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace planner {
namespace {

using nlohmann::json;

std::string nlohmann_text(const json& value, JsonLayout layout) {
  return value.dump(layout == JsonLayout::indented ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

std::string written_string(std::string_view text) {
  JsonWriter out(JsonLayout::compact);
  out.string(text);
  return out.take();
}

std::string written_number(double value) {
  JsonWriter out(JsonLayout::compact);
  out.number(value);
  return out.take();
}

// {"a":[],"b":{},"c":[1,true,"x",{"d":2.5}],"e":{"f":[[]]}} by hand and by nlohmann.
std::string nested_document(JsonLayout layout, int depth = 0) {
  JsonWriter out(layout, depth);
  out.begin_object();
  out.key("a");
  out.begin_array();
  out.end_array();
  out.key("b");
  out.begin_object();
  out.end_object();
  out.key("c");
  out.begin_array();
  out.integer(1);
  out.boolean(true);
  out.string("x");
  out.begin_object();
  out.key("d");
  out.number(2.5);
  out.end_object();
  out.end_array();
  out.key("e");
  out.begin_object();
  out.key("f");
  out.begin_array();
  out.begin_array();
  out.end_array();
  out.end_array();
  out.end_object();
  out.end_object();
  return out.take();
}

const json kNested = json::parse(R"({"a":[],"b":{},"c":[1,true,"x",{"d":2.5}],"e":{"f":[[]]}})");

TEST(JsonWriter, NestedContainersAreLaidOutAsNlohmannDoes) {
  EXPECT_EQ(nested_document(JsonLayout::compact), nlohmann_text(kNested, JsonLayout::compact));
  EXPECT_EQ(nested_document(JsonLayout::indented), nlohmann_text(kNested, JsonLayout::indented));
}

TEST(JsonWriter, TextForADeeperPlaceIsIndentedForIt) {
  // One level down: as nlohmann prints it inside an object, without the first line's indent.
  const std::string outer = nlohmann_text(json{{"k", kNested}}, JsonLayout::indented);
  const std::string inner = outer.substr(std::string("{\n  \"k\": ").size());
  EXPECT_EQ(nested_document(JsonLayout::indented, 1), inner.substr(0, inner.size() - 2));
}

TEST(JsonWriter, EscapesEveryAsciiCharacterAsNlohmannDoes) {
  std::string all;
  for (int c = 0; c < 0x80; ++c) all += static_cast<char>(c);
  EXPECT_EQ(written_string(all), nlohmann_text(all, JsonLayout::compact));
}

TEST(JsonWriter, KeepsUtf8AsItIs) {
  const std::string text = "née – 日本 😀 \u007f";
  EXPECT_EQ(written_string(text), "\"" + text + "\"");
  EXPECT_EQ(written_string(text), nlohmann_text(text, JsonLayout::compact));
}

TEST(JsonWriter, ReplacesBytesThatAreNotUtf8AsNlohmannDoes) {
  for (const std::string text : {"\xff", "a\xc3", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80",
                                 "\xf8\x88\x80\x80\x80", "\x80x", "ok\xe2\x82", "\xe2\x82\xac\xe2\x28\xa1"}) {
    EXPECT_EQ(written_string(text), nlohmann_text(text, JsonLayout::compact))
        << json::binary({text.begin(), text.end()});
  }
}

TEST(JsonWriter, SpellsNumbersAsNlohmannDoes) {
  std::mt19937_64 random(20261126);
  std::uniform_real_distribution<double> hours(-1000.0, 100000.0);
  std::vector<double> values = {0.0,
                                1.0,
                                -1.0,
                                37.5,
                                0.1,
                                0.3,
                                1e-7,
                                1e21,
                                123456789012345680.0,
                                5e-324,
                                std::numeric_limits<double>::max(),
                                std::numeric_limits<double>::lowest(),
                                std::nan(""),
                                std::numeric_limits<double>::infinity()};
  for (int k = -400; k <= 4000; ++k) values.push_back(k / 4.0), values.push_back(k / 100.0);
  for (int i = 0; i < 5000; ++i) values.push_back(hours(random));
  for (int i = 0; i < 2000; ++i) {
    const std::uint64_t bits = random();
    double any = 0;
    std::memcpy(&any, &bits, sizeof any);  // every kind of double: tiny, huge, NaN
    values.push_back(any);
  }
  for (const double value : values) {
    EXPECT_EQ(written_number(value), json(value).dump()) << value;
  }
}

TEST(JsonWriter, SpellsIntegersAsNlohmannDoes) {
  for (const std::int64_t value :
       {std::int64_t{0}, std::int64_t{-1}, std::int64_t{180}, std::numeric_limits<std::int64_t>::min(),
        std::numeric_limits<std::int64_t>::max()}) {
    JsonWriter out(JsonLayout::compact);
    out.integer(value);
    EXPECT_EQ(out.text(), json(value).dump());
  }
}

TEST(JsonWriter, RefusesMembersOutOfOrderBecauseNlohmannWouldSortThem) {
  JsonWriter out(JsonLayout::compact);
  out.begin_object();
  out.key("b");
  out.integer(1);
  EXPECT_THROW(out.key("a"), std::logic_error);
  EXPECT_THROW(out.key("b"), std::logic_error);   // a duplicate too
  EXPECT_THROW(out.key("Zz"), std::logic_error);  // uppercase sorts first
  out.key("c");
  out.integer(2);
  out.end_object();
  EXPECT_EQ(out.text(), R"({"b":1,"c":2})");
}

TEST(JsonWriter, EachObjectOrdersItsOwnMembers) {
  // The second object at the same depth starts afresh: "a" after the first one's "b" is fine.
  JsonWriter out(JsonLayout::compact, 0, "prefix=");
  out.begin_array();
  for (const char* name : {"b", "a"}) {
    out.begin_object();
    out.key(name);
    out.begin_object();
    out.key("z");
    out.integer(1);
    out.end_object();
    out.end_object();
  }
  out.end_array();
  EXPECT_EQ(out.text(), R"(prefix=[{"b":{"z":1}},{"a":{"z":1}}])");
}

TEST(JsonWriter, RefusesAValueWithoutAKeyInAnObject) {
  JsonWriter out(JsonLayout::compact);
  out.begin_object();
  EXPECT_THROW(out.integer(1), std::logic_error);
  EXPECT_THROW(out.end_array(), std::logic_error);
}

}  // namespace
}  // namespace planner
