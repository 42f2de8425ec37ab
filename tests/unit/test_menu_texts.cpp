// The menu's titles in core (which messages use) are those the office shows from
// extension/Addons.xcu, in both languages, command by command.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "core/menu_texts.hpp"

using namespace kinerja::core;

TEST_CASE("every menu command's title is the one of Addons.xcu, Indonesian and English") {
  std::ifstream in(KINERJA_SOURCE_DIR "/extension/Addons.xcu");
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  const std::string xcu = text.str();
  const std::regex entry(R"re(org\.kinerja:(\w+)</value>[\s\S]*?<value xml:lang="id">([^<]*)</value>\s*<value xml:lang="en-US">([^<]*)</value>)re");
  int seen = 0;
  for (auto it = std::sregex_iterator(xcu.begin(), xcu.end(), entry); it != std::sregex_iterator(); ++it) {
    const std::string path = (*it)[1];
    CAPTURE(path);
    const MenuCommandInfo* info = find_menu_command(path);
    REQUIRE(info != nullptr);
    const std::string dots = info->asks ? "..." : "";
    CHECK((*it)[2] == std::string(info->title.id) + dots);
    CHECK((*it)[3] == std::string(info->title.en) + dots);
    ++seen;
  }
  CHECK(seen == static_cast<int>(menu_commands().size()));
  CHECK(find_menu_command("PullSubmissions")->needs_master);
  CHECK_FALSE(find_menu_command("NewMaster")->needs_master);
  CHECK(find_menu_command("nothing") == nullptr);
}
