// The menu as a planning officer meets it (issue 13): every command driven through the
// dispatch path, as Calc runs it from the Kinerja menu, on real files.
#include <doctest/doctest.h>

#include <com/sun/star/frame/DispatchResultState.hpp>

#include <filesystem>
#include <string>

#include "office/file_url.hpp"
#include "office_fixture.hpp"
#include "pull_fixture.hpp"

using namespace kinerja::test;
using namespace kinerja;
using css::uno::Any;
using css::uno::Sequence;
using css::beans::PropertyValue;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

Any url_of(const std::filesystem::path& path) { return Any(ou(office::file_url(path))); }

}  // namespace

TEST_CASE("menu: a master of a year that is over works on its TW IV") {
  // The sample master is of 2023 and has no Triwulan Berjalan; every quarter of 2023 has
  // ended (the test runs in a later year), so the working quarter is TW IV.
  TempDir dir;
  const auto master = make_master(dir.path);
  Workbook book = Workbook::load(master);
  const PropertyValue arguments[] = {argument("OutputDirUrl", url_of(dir.path)), argument("Format", Any(ou("ods")))};
  const auto event = dispatch(book, "org.kinerja:MakeForms", Sequence<PropertyValue>(arguments, 2));
  CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
  CHECK(contains(message_of(event), "TW IV 2023"));
  CHECK(std::filesystem::exists(dir.path / "Kinerja-2023-TW4-Sekretariat.ods"));
  CHECK_FALSE(std::filesystem::exists(dir.path / "Kinerja-2023-TW3-Sekretariat.ods"));
}
