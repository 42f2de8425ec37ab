// Which office the tests run: the one KINERJA_OFFICE_PROGRAM_DIR names (else the build's), on a
// profile that office prepared (CTest's fixture). .ci/newer-office sets
// KINERJA_EXPECT_OFFICE_VERSION to the version it unpacked, so a run that silently fell back
// to the system's office fails here.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <regex>

#include "office/office_version.hpp"
#include "office_fixture.hpp"

using namespace kinerja;
using namespace kinerja::test;

TEST_CASE("the tests run the office of KINERJA_OFFICE_PROGRAM_DIR, on a profile that office prepared") {
  const office::OfficeVersion running = office::running_office_version(office_session().context());
  MESSAGE("office under test: " << running.text() << " in " << office_program_dir().string());
  CHECK(running == installed_office_version());
  CHECK(office_session().installation().program_dir == office_program_dir());
  if (const char* expected = std::getenv("KINERJA_EXPECT_OFFICE_VERSION"); expected != nullptr && *expected != '\0') {
    CHECK(running.text() == expected);
  }

  // The profile's seed holds the major.minor of the office that made it (7.4, 25.2, ...).
  const std::string major_minor = running.version.substr(0, running.version.find('.', running.version.find('.') + 1));
  CHECK(office_session().installation().version_key() == major_minor);
  const char* prepared = std::getenv("KINERJA_PROFILE");
  const std::filesystem::path profile =
      prepared != nullptr && *prepared != '\0' ? std::filesystem::path(prepared) : office_session().profile().dir();
  std::ifstream in(profile / "user" / "registrymodifications.xcu");
  const std::string registry((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::smatch last_version;
  REQUIRE(std::regex_search(registry, last_version,
                            std::regex(R"(oor:name="ooSetupLastVersion"[^>]*><value>([^<]*)</value>)")));
  CHECK(last_version[1].str() == major_minor);
}
