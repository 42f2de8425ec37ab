// LibreOffice's lock files, as the office writes them (lines copied from real lock files and
// written by hand for the escapes).
#include <doctest/doctest.h>

#include "core/office_lock.hpp"

using namespace kinerja::core;

TEST_CASE("a lock file of LibreOffice: who, where, since when, with which profile") {
  const auto lock = parse_office_lock(",root,vm,03.12.2026 09:07,file:///tmp/kinerja-profile-yLMHz1;");
  REQUIRE(lock.has_value());
  CHECK(lock->user_name.empty());
  CHECK(lock->system_user == "root");
  CHECK(lock->host == "vm");
  CHECK(lock->since == "03.12.2026 09:07");
  CHECK(lock->profile_url == "file:///tmp/kinerja-profile-yLMHz1");
  CHECK(describe_holder(*lock) == "root (komputer vm) sejak 03.12.2026 09:07");

  const auto named = parse_office_lock("Siti\\, Perencanaan,siti,PC-12,01.07.2023 08:00,file:///home/siti/.config/lo;\n");
  REQUIRE(named.has_value());
  CHECK(named->user_name == "Siti, Perencanaan");
  CHECK(describe_holder(*named) == "Siti, Perencanaan (komputer PC-12) sejak 01.07.2023 08:00");
}

TEST_CASE("anything else is no lock file") {
  CHECK_FALSE(parse_office_lock("").has_value());
  CHECK_FALSE(parse_office_lock(",root,vm,03.12.2026 09:07,file:///tmp/p").has_value());    // no ';'
  CHECK_FALSE(parse_office_lock(",root,vm,file:///tmp/p;").has_value());                    // 4 fields
  CHECK_FALSE(parse_office_lock(",root,vm,03.12.2026,file:///tmp/p;extra").has_value());
  CHECK_FALSE(parse_office_lock("a,b\nc,d,e;").has_value());
  CHECK(describe_holder(OfficeLock{}) == "pengguna lain");
}
