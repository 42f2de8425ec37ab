// The menu's titles in core (which messages use) are those the office shows from
// extension/Addons.xcu, in both languages, command by command.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "core/dialog_texts.hpp"
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

TEST_CASE("every dialog text is there in Indonesian and in English") {
  namespace text = kinerja::core::dialog_text;
  for (const kinerja::core::LocalizedText& words :
       {text::ok, text::cancel, text::new_master::pick_agreement, text::new_master::no_agreement, text::new_master::title,
        text::new_master::intro, text::new_master::year, text::new_master::agency, text::new_master::signatory_name,
        text::new_master::signatory_nip, text::new_master::signatory_title, text::new_master::invalid_year,
        text::make_forms::title, text::make_forms::intro, text::make_forms::quarter, text::make_forms::format,
        text::make_forms::format_xlsx, text::make_forms::format_ods, text::make_forms::format_both, text::make_forms::folder,
        text::make_forms::existing_title, text::make_forms::existing, text::make_forms::overwrite_question,
        text::send_forms::title, text::send_forms::intro, text::send_forms::folder, text::make_forms::period,
        text::make_forms::months[0], text::make_forms::months[11],
        text::pull::folder, text::pull::files, text::pull::filter, text::history::files, text::history::filter,
        text::save::pdf, text::save::share, text::save::e81,
        text::share_copy::title, text::share_copy::everything_question}) {
    CAPTURE(std::string(words.id));
    CHECK_FALSE(words.id.empty());
    CHECK_FALSE(words.en.empty());
  }
  // Where the two differ, the English one is no copy of the Indonesian one.
  CHECK(text::new_master::title.en == "New Master Workbook");
  CHECK(text::cancel.id == "Batal");
}
