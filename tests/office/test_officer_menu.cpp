// The menu as a planning officer meets it (issue 13): every command driven through the
// dispatch path, as Calc runs it from the Kinerja menu, on real files.
#include <doctest/doctest.h>

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/container/XNameAccess.hpp>

#include <filesystem>
#include <string>

#include "core/menu_texts.hpp"
#include "office/file_url.hpp"
#include "office_fixture.hpp"
#include "pull_fixture.hpp"

using namespace kinerja::test;
using namespace kinerja;
using css::uno::Any;
using css::uno::Sequence;
using css::beans::PropertyValue;
using css::uno::Reference;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

Any url_of(const std::filesystem::path& path) { return Any(ou(office::file_url(path))); }


css::uno::Reference<css::document::XUndoManager> undo_manager(const Workbook& book) {
  return css::uno::Reference<css::document::XUndoManagerSupplier>(book.component(), css::uno::UNO_QUERY_THROW)
      ->getUndoManager();
}

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

TEST_CASE("menu: on a document that is no master every command says so, before asking anything") {
  Workbook plain = Workbook::create();
  plain.cell("A1")->setFormula(ou("anggaran"));
  css::uno::Reference<css::util::XModifiable>(plain.component(), css::uno::UNO_QUERY_THROW)->setModified(false);
  undo_manager(plain)->clear();
  for (const core::MenuCommandInfo& command : core::menu_commands()) {
    if (!command.needs_master) continue;
    CAPTURE(command.path);
    // No arguments: headless, a command that would ask first would say it needs them.
    const auto event = dispatch(plain, "org.kinerja:" + std::string(command.path));
    CHECK(event.State == css::frame::DispatchResultState::FAILURE);
    CHECK(message_of(event) == say(core::menu_text::not_a_master));
    CHECK_FALSE(contains(message_of(event), std::string(command.path)));
  }
  // Nothing changed, not even an undo step ("Attributes") or a new sheet.
  CHECK_FALSE(css::uno::Reference<css::util::XModifiable>(plain.component(), css::uno::UNO_QUERY_THROW)->isModified());
  CHECK_FALSE(undo_manager(plain)->isUndoPossible());
  Reference<css::sheet::XSpreadsheetDocument> document(plain.component(), css::uno::UNO_QUERY_THROW);
  CHECK(document->getSheets()->getElementNames().getLength() == 1);
  CHECK(utf8(plain.cell("A1")->getFormula()) == "anggaran");
}

TEST_CASE("menu: a command that fails names itself by its menu title") {
  // A master whose PK is broken: Hitung Rekap fails with problems, not with an internal name.
  TempDir dir;
  const auto master = make_master(dir.path);
  Workbook book = Workbook::load(master);
  Reference<css::sheet::XSpreadsheetDocument> document(book.component(), css::uno::UNO_QUERY_THROW);
  css::uno::Reference<css::container::XNameAccess> sheets(document->getSheets(), css::uno::UNO_QUERY_THROW);
  css::uno::Reference<css::sheet::XSpreadsheet> pk(sheets->getByName(ou("PK")), css::uno::UNO_QUERY_THROW);
  pk->getCellByPosition(0, 0)->setFormula(ou("bukan judul"));
  const auto event = dispatch(book, "org.kinerja:ComputeRecap");
  CHECK(event.State == css::frame::DispatchResultState::FAILURE);
  CHECK_FALSE(contains(message_of(event), "ComputeRecap"));
}
