#include "core/text/word_list.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace planner {
namespace {

TEST(WordList, ListsItemsAsASentenceDoes) {
  EXPECT_EQ(word_list(std::vector<std::string>{}, "and"), "");
  EXPECT_EQ(word_list(std::vector<std::string>{"Module 1"}, "and"), "Module 1");
  EXPECT_EQ(word_list(std::vector<std::string>{"Module 1", "Module 2"}, "and"), "Module 1 and Module 2");
  EXPECT_EQ(word_list(std::vector<std::string_view>{"f2f", "online", "leave"}, "or"), "f2f, online or leave");
}

}  // namespace
}  // namespace planner
