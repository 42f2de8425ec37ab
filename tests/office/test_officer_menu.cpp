// The menu as a planning officer meets it: every command driven through the
// dispatch path, as Calc runs it from the Kinerja menu, on real files.
#include <doctest/doctest.h>

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XCellRangeMovement.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntry.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/sheet/XSheetPageBreak.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/table/XTableChart.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "core/master_layout.hpp"
#include "core/menu_texts.hpp"
#include "core/report.hpp"
#include "office/file_url.hpp"
#include "office_fixture.hpp"
#include "pull_fixture.hpp"
#include "unobase/grid_io.hpp"

using namespace kinerja::test;
using namespace kinerja;
using css::uno::Any;
using css::uno::Sequence;
using css::beans::PropertyValue;
using css::uno::Reference;

namespace {




css::uno::Reference<css::document::XUndoManager> undo_manager(const Workbook& book) {
  return css::uno::Reference<css::document::XUndoManagerSupplier>(book.component(), css::uno::UNO_QUERY_THROW)
      ->getUndoManager();
}

// A new sample master (dir/buku-induk.ods) and Bidang Perlindungan Masyarakat's TW I form
// filled in: LINMAS-01 0 (its target 0), LINMAS-02 58 (its target 60).
struct MasterAndSubmission {
  std::filesystem::path master, submission;
};
MasterAndSubmission linmas_tw1(const std::filesystem::path& dir) {
  const auto master = make_master(dir);
  const auto forms = make_forms(master, dir, 1);
  const auto file = dir / "linmas.ods";
  fill_ods_form(forms / "Kinerja-2023-TW1-Bidang-Perlindungan-Masyarakat.ods", file,
                {{"LINMAS-01", "0", ""}, {"LINMAS-02", "58", ""}});
  return {master, file};
}

// Kinerja > Tarik Kiriman Bidang of one file for TW I; requires success.
void pull_tw1(const Workbook& book, const std::filesystem::path& file) {
  const PropertyValue arguments[] = {argument("InputUrls", url_of(file)), argument("Quarter", Any(sal_Int32(1)))};
  REQUIRE(dispatch(book, "org.kinerja:PullSubmissions", Sequence<PropertyValue>(arguments, 2)).State ==
          css::frame::DispatchResultState::SUCCESS);
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

TEST_CASE("menu: a pull undone by Edit > Undo can be redone, every command is one undo step, and the officer's own steps stay") {
  TempDir dir;
  const auto [master, file] = linmas_tw1(dir.path);
  Workbook book = Workbook::load(master);
  const auto undo = undo_manager(book);
  undo->clear();
  // The officer's own edit before any command: it must stay undoable after them all.
  Reference<css::sheet::XSpreadsheetDocument> document(book.component(), css::uno::UNO_QUERY_THROW);
  Reference<css::container::XNameAccess> sheets(document->getSheets(), css::uno::UNO_QUERY_THROW);
  Reference<css::sheet::XSpreadsheet> instructions(sheets->getByName(ou(std::string(core::master_layout::instructions))),
                                                   css::uno::UNO_QUERY_THROW);
  instructions->getCellByPosition(10, 60)->setFormula(ou("catatan petugas"));
  REQUIRE(undo->getAllUndoActionTitles().getLength() == 1);
  const std::string officer_step = utf8(undo->getCurrentUndoActionTitle());

  pull_tw1(book, file);
  CHECK(sheet_grid(book, "Realisasi").row_count() == 3);
  CHECK(undo->getAllUndoActionTitles().getLength() == 2);
  office_command(book, ".uno:Undo");
  CHECK(sheet_grid(book, "Realisasi").row_count() == 1);
  REQUIRE(undo->isRedoPossible());
  office_command(book, ".uno:Redo");
  CHECK(sheet_grid(book, "Realisasi").row_count() == 3);

  // The other commands: each one step on top of the ones before, whatever formatting it does.
  int step = 0;
  for (const char* command : {"ComputeRecap", "FlagTargets", "ReportQuarter", "ReportYear", "ReportQuarter"}) {
    const std::string name = std::to_string(++step) + ". " + command;
    CAPTURE(name);
    const int before = undo->getAllUndoActionTitles().getLength();
    const PropertyValue period[] = {argument("Period", Any(ou("tw1")))};
    REQUIRE(dispatch(book, "org.kinerja:" + std::string(command), Sequence<PropertyValue>(period, 1)).State ==
            css::frame::DispatchResultState::SUCCESS);
    const auto titles = undo->getAllUndoActionTitles();
    CHECK(titles.getLength() == before + 1);
    if (titles.getLength() > 0) CHECK(utf8(titles[0]) == say(core::find_menu_command(command)->title));
  }

  // Undoing every command leaves the officer's edit as the one step left, and it undoes too.
  const auto titles = undo->getAllUndoActionTitles();
  REQUIRE(titles.getLength() == 7);
  CHECK(utf8(titles[6]) == officer_step);
  for (int i = 0; i < 6; ++i) office_command(book, ".uno:Undo");
  CHECK(sheet_grid(book, "Realisasi").row_count() == 1);
  CHECK(utf8(instructions->getCellByPosition(10, 60)->getFormula()) == "catatan petugas");
  REQUIRE(undo->isUndoPossible());
  CHECK(utf8(undo->getCurrentUndoActionTitle()) == officer_step);
  office_command(book, ".uno:Undo");
  CHECK(utf8(instructions->getCellByPosition(10, 60)->getFormula()).empty());
}

TEST_CASE("menu: a report colours only achievements, never an indicator without one") {
  // TW I: LINMAS-02 reports 58 against 60 (missed); LINMAS-01's target is 0 and SEK-02 has
  // no TW I target (no achievement); the other indicators have not reported (none either).
  TempDir dir;
  const auto [master, file] = linmas_tw1(dir.path);
  Workbook book = Workbook::load(master);
  pull_tw1(book, file);
  const PropertyValue period[] = {argument("Period", Any(ou("tw1")))};
  REQUIRE(dispatch(book, "org.kinerja:ReportQuarter", Sequence<PropertyValue>(period, 1)).State ==
          css::frame::DispatchResultState::SUCCESS);

  Reference<css::sheet::XSpreadsheetDocument> document(book.component(), css::uno::UNO_QUERY_THROW);
  const auto sheet = unobase::sheet_named(document, core::report_sheet_name(core::Period::tw1));
  const core::Grid report = unobase::read_sheet(sheet, "Laporan TW I");
  namespace column = core::master_layout::report_column;
  // Each conditional entry is evaluated by Calc itself on every indicator row: its formula is
  // written next to the entry's source cell and copied down, so relative references move as
  // they do in the conditional format.
  int indicator_rows = 0, missed = 0, coloured_without_achievement = 0;
  const int scratch = 60;
  for (int r = 1; r < report.row_count(); ++r) {
    if (report.text(r, column::indicator).empty() || report.text(r, column::unit).empty()) continue;
    Reference<css::beans::XPropertySet> cell(sheet->getCellByPosition(column::achievement, r), css::uno::UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> entries(cell->getPropertyValue("ConditionalFormat"), css::uno::UNO_QUERY_THROW);
    if (entries->getCount() == 0) continue;
    ++indicator_rows;
    const bool has_achievement = sheet->getCellByPosition(column::achievement, r)->getType() ==
                                 css::table::CellContentType_VALUE;
    for (sal_Int32 e = 0; e < entries->getCount(); ++e) {
      Reference<css::sheet::XSheetConditionalEntry> entry(entries->getByIndex(e), css::uno::UNO_QUERY_THROW);
      Reference<css::sheet::XSheetCondition> condition(entry, css::uno::UNO_QUERY_THROW);
      const css::table::CellAddress source = condition->getSourcePosition();
      const int scratch_column = scratch + static_cast<int>(e);
      sheet->getCellByPosition(scratch_column, source.Row)->setFormula("=" + condition->getFormula1());
      Reference<css::sheet::XCellRangeMovement> movement(sheet, css::uno::UNO_QUERY_THROW);
      const css::table::CellAddress to{source.Sheet, scratch_column, r};
      if (r != source.Row) {
        const css::table::CellRangeAddress from{source.Sheet, scratch_column, source.Row, scratch_column, source.Row};
        movement->copyRange(to, from);
      }
      const bool applies = sheet->getCellByPosition(scratch_column, r)->getValue() != 0;
      if (applies && !has_achievement) ++coloured_without_achievement;
      if (applies && utf8(entry->getStyleName()) == "Kinerja Tidak Tercapai") ++missed;
    }
  }
  CHECK(indicator_rows > 5);
  CHECK(coloured_without_achievement == 0);
  CHECK(missed == 1);  // LINMAS-02 only
}

TEST_CASE("menu: Tandai Target Tidak Tercapai counts what its Disposisi rows say") {
  // The sample year, s.d. TW II: the message's "di belakang jadwal" count is the number of
  // Disposisi rows that say so (as their state or in their note), and so for the others.
  TempDir dir;
  Workbook book = Workbook::load(sample_master(dir.path));
  const PropertyValue period[] = {argument("Period", Any(ou("sd2")))};
  const auto event = dispatch(book, "org.kinerja:FlagTargets", Sequence<PropertyValue>(period, 1));
  REQUIRE(event.State == css::frame::DispatchResultState::SUCCESS);
  const std::string message = message_of(event);
  const core::Grid list = sheet_grid(book, "Disposisi");
  namespace column = core::master_layout::disposition_column;
  int missed = 0, unreported = 0, behind = 0;
  for (int r = 2; r < list.row_count(); ++r) {
    const std::string state = list.text(r, column::state);
    missed += state == "Tidak tercapai";
    unreported += state == "Belum lapor";
    behind += state == "Di belakang jadwal" || contains(list.text(r, column::note), "di belakang jadwal");
  }
  CAPTURE(message);
  CHECK(missed > 0);
  CHECK(behind > 0);
  CHECK(contains(message, std::to_string(missed) + say(" tidak tercapai, ", " missed, ")));
  CHECK(contains(message, std::to_string(unreported) + say(" belum lapor, ", " not reported, ")));
  CHECK(contains(message, std::to_string(behind) + say(" di belakang jadwal", " behind the action plan's schedule")));
}

namespace {


std::string run_menu(Workbook& book, const std::string& command, const char* name = nullptr, const Any& value = {}) {
  Sequence<PropertyValue> arguments;
  if (name != nullptr) {
    const PropertyValue given = argument(name, value);
    arguments = Sequence<PropertyValue>(&given, 1);
  }
  const auto event = dispatch(book, "org.kinerja:" + command, arguments);
  CAPTURE(command);
  CAPTURE(message_of(event));
  CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
  return message_of(event);
}

}  // namespace

TEST_CASE("menu: every report keeps its own sheet, refilled in place, shown and exported by name") {
  TempDir dir;
  Workbook book = Workbook::load(sample_master(dir.path));
  const auto count = [&](const std::string& name) {
    const auto names = sheet_names(book);
    return std::count(names.begin(), names.end(), name);
  };
  run_menu(book, "ReportQuarter", "Period", Any(ou("tw2")));
  CHECK(active_sheet(book) == "Laporan TW II");
  CHECK(count("Laporan") == 0);  // the new master's placeholder became the first report
  run_menu(book, "ReportSemester", "Period", Any(ou("s1")));
  CHECK(active_sheet(book) == "Laporan Semester I");
  run_menu(book, "ReportYear");
  CHECK(active_sheet(book) == "Laporan Tahunan");
  CHECK(sheet_grid(book, "Laporan TW II").text(1, 0) == "LAPORAN KINERJA TRIWULAN II TAHUN 2023");
  CHECK(sheet_grid(book, "Laporan Semester I").text(1, 0) == "LAPORAN KINERJA SEMESTER I TAHUN 2023");
  CHECK(sheet_grid(book, "Laporan Tahunan").text(1, 0) == "LAPORAN KINERJA TAHUNAN 2023");
  const std::size_t sheets = sheet_names(book).size();
  run_menu(book, "ReportQuarter", "Period", Any(ou("tw2")));  // the same period again: in place
  CHECK(sheet_names(book).size() == sheets);
  CHECK(count("Laporan TW II") == 1);
  CHECK(active_sheet(book) == "Laporan TW II");

  // Without a period the PDF is of the report in view; the message names the full path.
  const auto pdf = dir.path / "laporan.pdf";
  const std::string message = run_menu(book, "ExportPdf", "PdfUrl", url_of(pdf));
  CHECK(contains(message, "Laporan TW II"));
  CHECK(contains(message, pdf.string()));
  CHECK(contains(pdf_text(pdf), "LAPORAN KINERJA TRIWULAN II TAHUN 2023"));
  CHECK_FALSE(contains(pdf_text(pdf), "LAPORAN KINERJA TAHUNAN 2023"));
  // A period's PDF when it is asked for; a report not yet made is named, and nothing written.
  const PropertyValue year[] = {argument("Period", Any(ou("year"))), argument("PdfUrl", url_of(dir.path / "th.pdf"))};
  REQUIRE(dispatch(book, "org.kinerja:ExportPdf", Sequence<PropertyValue>(year, 2)).State ==
          css::frame::DispatchResultState::SUCCESS);
  CHECK(contains(pdf_text(dir.path / "th.pdf"), "LAPORAN KINERJA TAHUNAN 2023"));
  CHECK(pdf_title(dir.path / "th.pdf") == "LAPORAN KINERJA TAHUNAN 2023");  // the PDF is titled as the report
  const PropertyValue tw4[] = {argument("Period", Any(ou("tw4"))), argument("PdfUrl", url_of(dir.path / "tw4.pdf"))};
  const auto missing = dispatch(book, "org.kinerja:ExportPdf", Sequence<PropertyValue>(tw4, 2));
  CHECK(missing.State == css::frame::DispatchResultState::FAILURE);
  CHECK(contains(message_of(missing), "Laporan TW IV"));
  CHECK_FALSE(std::filesystem::exists(dir.path / "tw4.pdf"));

  run_menu(book, "ComputeRecap");
  CHECK(active_sheet(book) == "Rekap");
  run_menu(book, "FlagTargets");
  CHECK(active_sheet(book) == "Disposisi");
  // The officials' copy: Rekap, Disposisi and the reports, said so; every sheet when asked.
  const auto copy = dir.path / "salinan.xlsx";
  const std::string shared = run_menu(book, "ShareCopy", "OutputUrl", url_of(copy));
  CHECK(contains(shared, copy.string()));
  std::vector<std::string> officials;  // the master's Rekap, Disposisi and report sheets, in its order
  std::string listed;
  for (const std::string& name : sheet_names(book)) {
    if (name == "Rekap" || name == "Disposisi" || name.rfind("Laporan ", 0) == 0) {
      officials.push_back(name);
      listed += (listed.empty() ? "" : ", ") + name;
    }
  }
  // Rekap, Disposisi, Laporan TW II, Laporan Semester I, Laporan Tahunan and its Bab III.
  CHECK(officials.size() == 6);
  CHECK(std::count(officials.begin(), officials.end(), "Laporan Tahunan Bab III") == 1);
  CHECK(contains(shared, say("dibuat: ", "made: ") + listed + ";"));
  CHECK(contains(shared, say("tanpa NIP penanda tangan, sidik berkas, nama pengguna dan Jejak SOP",
                             "without the signatory's NIP, file hashes, user names and the Jejak SOP")));
  CHECK(sheet_names(Workbook::load(copy)) == officials);
  const auto full = dir.path / "lengkap.ods";
  const PropertyValue everything[] = {argument("OutputUrl", url_of(full)), argument("Everything", Any(true))};
  const auto all = dispatch(book, "org.kinerja:ShareCopy", Sequence<PropertyValue>(everything, 2));
  CHECK(all.State == css::frame::DispatchResultState::SUCCESS);
  CHECK(contains(message_of(all), say("Salinan lengkap untuk dibagikan dibuat: semua ", "Full copy to share made: all ")));
  CHECK(sheet_names(Workbook::load(full)) == sheet_names(book));
}

TEST_CASE("menu: an older master's one Laporan sheet is renamed by the report it holds") {
  TempDir dir;
  const auto master = sample_master(dir.path);
  REQUIRE(run_cli({"report", "--master", master.string(), "--period", "tw2"}).exit_code == 0);
  {  // as a master of the previous release had it: the report on "Laporan"
    Workbook old = Workbook::load(master);
    Reference<css::sheet::XSpreadsheetDocument> document(old.component(), css::uno::UNO_QUERY_THROW);
    Reference<css::container::XNamed>(unobase::sheet_named(document, "Laporan TW II"), css::uno::UNO_QUERY_THROW)
        ->setName(ou("Laporan"));
    old.store_as(master, "calc8");
  }
  Workbook book = Workbook::load(master);
  run_menu(book, "ReportYear");
  const auto names = sheet_names(book);
  CHECK(std::count(names.begin(), names.end(), "Laporan") == 0);
  CHECK(sheet_grid(book, "Laporan TW II").text(1, 0) == "LAPORAN KINERJA TRIWULAN II TAHUN 2023");
  CHECK(sheet_grid(book, "Laporan Tahunan").text(1, 0) == "LAPORAN KINERJA TAHUNAN 2023");
}

TEST_CASE("menu: an annual report filled mid-year says which quarters and bidang have not reported") {
  // Only Bidang Perlindungan Masyarakat has sent, and only TW I.
  TempDir dir;
  const auto [master, file] = linmas_tw1(dir.path);
  Workbook book = Workbook::load(master);
  pull_tw1(book, file);
  const std::string message = run_menu(book, "ReportYear");
  CHECK(contains(message, say("Belum lapor: TW I (Sekretariat", "Not reported yet: TW I (Sekretariat")));
  CHECK(contains(message, say("TW II (semua bidang); TW III (semua bidang); TW IV (semua bidang)",
                              "TW II (every division); TW III (every division); TW IV (every division)")));
  const std::string first = message.substr(message.find("TW I ("), message.find("; TW II") - message.find("TW I ("));
  CHECK_FALSE(contains(first, "Perlindungan Masyarakat"));
  // The same on the sheet, under the period, in the workbook's language (Indonesian).
  const core::Grid report = sheet_grid(book, "Laporan Tahunan");
  CHECK(report.text(3, 0).rfind("Belum lapor: TW I (Sekretariat", 0) == 0);
  CHECK(contains(report.text(3, 0), "; TW II (semua bidang); TW III (semua bidang); TW IV (semua bidang)"));
  if (office_language() == core::Language::indonesian) CHECK(contains(message, report.text(3, 0)));
}

TEST_CASE("menu: Tarik Kiriman dari Folder names the files it did not read") {
  // An inbox as the officer saves it from email: a filled form, a note, a scanned letter.
  TempDir dir;
  const auto [master, file] = linmas_tw1(dir.path);
  const auto inbox = dir.path / "masuk";
  std::filesystem::create_directories(inbox);
  std::filesystem::copy_file(file, inbox / "linmas.ods");
  { std::ofstream(inbox / "catatan.txt") << "kiriman linmas menyusul"; }
  { std::ofstream(inbox / "surat pengantar.pdf") << "%PDF-1.4\n"; }
  Workbook book = Workbook::load(master);
  const PropertyValue arguments[] = {argument("InputUrls", url_of(inbox)), argument("Quarter", Any(sal_Int32(1)))};
  const auto event = dispatch(book, "org.kinerja:PullFolder", Sequence<PropertyValue>(arguments, 2));
  CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
  CHECK(contains(message_of(event), say("1 berkas: 1 diterima", "1 file: 1 accepted")));
  CHECK(contains(message_of(event), say("Tidak dibaca (bukan lembar kerja, CSV atau surel): catatan.txt, surat pengantar.pdf.",
                                        "Not read (no spreadsheet, CSV or email): catatan.txt, surat pengantar.pdf.")));
  CHECK(sheet_grid(book, "Realisasi").row_count() == 3);  // the header and LINMAS-01, LINMAS-02
}

TEST_CASE("menu: Rekap and Disposisi show every figure in one Indonesian format, their headers on one line") {
  TempDir dir;
  Workbook book = Workbook::load(sample_master(dir.path));
  run_menu(book, "ComputeRecap");
  run_menu(book, "FlagTargets", "Period", Any(ou("tw1")));
  Reference<css::sheet::XSpreadsheetDocument> document(book.component(), css::uno::UNO_QUERY_THROW);
  const auto shown = [&](const Reference<css::sheet::XSpreadsheet>& sheet, int row, int column) {
    return utf8(Reference<css::text::XText>(sheet->getCellByPosition(column, row), css::uno::UNO_QUERY_THROW)->getString());
  };
  const std::regex indonesian(R"(^-?\d{1,3}(\.\d{3})*,\d{2}$)");  // 18,40 / 1.234,50
  const auto rekap = unobase::sheet_named(document, "Rekap");
  const core::Grid recap = sheet_grid(book, "Rekap");
  int figures = 0;
  for (int row = 1; row < recap.row_count(); ++row) {
    for (int column : {6, 7, 8}) {  // Target, Realisasi, Capaian (%)
      if (recap.text(row, column).empty()) continue;
      CAPTURE(row);
      CAPTURE(column);
      const std::string text = shown(rekap, row, column);
      CAPTURE(text);
      CHECK(std::regex_match(text, indonesian));
      ++figures;
    }
    // realisasi-2023.csv: Sekretariat, TW I, SEK-03 reported 18.4.
    if (recap.text(row, 0) == "SEK-03" && recap.text(row, 5) == "TW I") CHECK(shown(rekap, row, 7) == "18,40");
  }
  CHECK(figures > 100);
  const auto disposisi = unobase::sheet_named(document, "Disposisi");
  const core::Grid list = sheet_grid(book, "Disposisi");
  for (int row = 2; row < list.row_count(); ++row) {
    if (list.text(row, 4).empty()) continue;
    const std::string text = shown(disposisi, row, 4);
    CAPTURE(text);
    CHECK(std::regex_match(text, indonesian));
  }
  // The short columns are as wide as Calc finds their content needs, and their header's
  // longest word fits on one line: bold 10 pt takes about 0,22 cm a character (measured), the
  // cell's padding 0,2 cm, the AutoFilter button 0,45 cm ("Realisasi" broke as "Real/isasi").
  const auto fitted = [&](const Reference<css::sheet::XSpreadsheet>& sheet, int header_row, std::initializer_list<int> columns) {
    Reference<css::container::XIndexAccess> all(
        Reference<css::table::XColumnRowRange>(sheet, css::uno::UNO_QUERY_THROW)->getColumns(), css::uno::UNO_QUERY_THROW);
    for (int column : columns) {
      CAPTURE(column);
      Reference<css::beans::XPropertySet> properties(all->getByIndex(column), css::uno::UNO_QUERY_THROW);
      sal_Int32 width = 0;
      properties->getPropertyValue("Width") >>= width;
      const std::string header = shown(sheet, header_row, column);
      std::size_t longest = 0;
      std::istringstream words(header);
      for (std::string word; words >> word;) longest = std::max(longest, word.size());
      CAPTURE(header);
      CHECK(width >= static_cast<sal_Int32>(longest) * 22 * 10 + 200 + 450);
      properties->setPropertyValue("OptimalWidth", Any(true));
      sal_Int32 content = 0;
      properties->getPropertyValue("Width") >>= content;
      CHECK(width >= content);
    }
  };
  fitted(rekap, 0, {0, 4, 5, 6, 7, 8, 9, 10});
  fitted(disposisi, 1, {1, 3, 4});

  // Jejak SOP says plainly what it measures for the step the command did (step 3).
  const core::Grid trail = sheet_grid(book, "Jejak SOP");
  CHECK(trail.text(0, 8) == "Lama Perintah");
  CHECK(trail.text(0, 9) == "Perintah dalam Waktu Standar");
  CHECK(trail.text(3, 6) == core::find_menu_command("ComputeRecap")->title.id);  // the master keeps Indonesian
  CHECK(contains(trail.text(11, 0), "bukan seluruh waktu kerja petugas pada langkah itu"));
}

namespace {

// The sample master with its TW II report filled from the menu, and that report's sheet.
struct Tw2Report {
  TempDir dir;
  Workbook book;
  Reference<css::sheet::XSpreadsheetDocument> document;
  Reference<css::sheet::XSpreadsheet> sheet;
  Tw2Report() : book(Workbook::load(sample_master(dir.path))) {
    run_menu(book, "ReportQuarter", "Period", Any(ou("tw2")));
    document.set(book.component(), css::uno::UNO_QUERY_THROW);
    sheet = unobase::sheet_named(document, "Laporan TW II");
  }
};

}  // namespace

TEST_CASE("menu: a report's chart sits below it on every fill, its axis from 0, its data never printed") {
  Tw2Report filled;
  Workbook& book = filled.book;
  const auto& document = filled.document;
  const auto& sheet = filled.sheet;
  const auto chart_shape = [&]() -> Reference<css::drawing::XShape> {
    Reference<css::container::XIndexAccess> pages(
        Reference<css::drawing::XDrawPagesSupplier>(document, css::uno::UNO_QUERY_THROW)->getDrawPages(), css::uno::UNO_QUERY_THROW);
    const auto names = sheet_names(book);
    const auto index = std::find(names.begin(), names.end(), "Laporan TW II") - names.begin();
    Reference<css::container::XIndexAccess> shapes(pages->getByIndex(static_cast<sal_Int32>(index)), css::uno::UNO_QUERY_THROW);
    REQUIRE(shapes->getCount() == 1);
    return Reference<css::drawing::XShape>(shapes->getByIndex(0), css::uno::UNO_QUERY_THROW);
  };
  // The report's own rows end with the signature block: the chart starts below the last of them.
  const core::Grid report = sheet_grid(book, "Laporan TW II");
  int last_report_row = 0;
  for (int row = 0; row < report.row_count(); ++row) {
    for (int column = 0; column < 16; ++column) {
      if (!report.text(row, column).empty()) last_report_row = row;
    }
  }
  const auto top_of_row = [&](int row) {
    css::awt::Point position;
    Reference<css::beans::XPropertySet>(sheet->getCellByPosition(0, row), css::uno::UNO_QUERY_THROW)
        ->getPropertyValue("Position") >>= position;
    return position.Y;
  };
  CHECK(chart_shape()->getPosition().Y >= top_of_row(last_report_row + 1));
  // Moved away by hand (or the report grew): the next fill puts it below the report again.
  chart_shape()->setPosition(css::awt::Point{0, 0});
  run_menu(book, "ReportQuarter", "Period", Any(ou("tw2")));
  CHECK(chart_shape()->getPosition().Y >= top_of_row(last_report_row + 1));

  // Printed: the report's 16 columns only; the chart's data lies to their right.
  const auto areas = Reference<css::sheet::XPrintAreas>(sheet, css::uno::UNO_QUERY_THROW)->getPrintAreas();
  REQUIRE(areas.getLength() == 1);
  CHECK(areas[0].StartColumn == 0);
  CHECK(areas[0].EndColumn == 15);
  Reference<css::table::XTableChart> chart(
      Reference<css::table::XTableChartsSupplier>(sheet, css::uno::UNO_QUERY_THROW)->getCharts()->getByName(ou("Capaian TW II")),
      css::uno::UNO_QUERY_THROW);
  const auto ranges = chart->getRanges();
  REQUIRE(ranges.getLength() == 1);
  CHECK(ranges[0].StartColumn > 15);
  // Its value axis starts at 0.
  Reference<css::chart::XChartDocument> document_of_chart(
      Reference<css::document::XEmbeddedObjectSupplier>(chart, css::uno::UNO_QUERY_THROW)->getEmbeddedObject(),
      css::uno::UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> axis(
      Reference<css::chart::XAxisYSupplier>(document_of_chart->getDiagram(), css::uno::UNO_QUERY_THROW)->getYAxis(),
      css::uno::UNO_QUERY_THROW);
  bool automatic = true;
  double minimum = -1;
  axis->getPropertyValue("AutoMin") >>= automatic;
  axis->getPropertyValue("Min") >>= minimum;
  CHECK_FALSE(automatic);
  CHECK(minimum == 0.0);
}

TEST_CASE("menu: a printed report never leaves a sasaran's heading at the foot of a page") {
  Tw2Report filled;
  Workbook& book = filled.book;
  const auto& sheet = filled.sheet;
  const core::Grid report = sheet_grid(book, "Laporan TW II");
  // A sasaran's heading: its letter (A, B, ...) in the No column.
  const auto heading = [&](int row) {
    const std::string number = report.text(row, 0);
    return number.size() == 1 && number[0] >= 'A' && number[0] <= 'Z';
  };
  // The pages as Calc itself lays them out for printing (the interface is an old one).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  const auto breaks = Reference<css::sheet::XSheetPageBreak>(sheet, css::uno::UNO_QUERY_THROW)->getRowPageBreaks();
#pragma GCC diagnostic pop
  int manual = 0;
  int pages = 1;
  for (const auto& page_break : breaks) {
    if (page_break.Position <= 0 || page_break.Position >= report.row_count()) continue;
    ++pages;
    if (page_break.ManualBreak) ++manual;
    CAPTURE(page_break.Position);
    CHECK_FALSE(heading(page_break.Position - 1));
    CHECK(heading(page_break.Position));  // a page starts with a heading, its group whole
  }
  CHECK(pages >= 2);   // 14 indicators in 5 sasaran do not fit one A4 page
  CHECK(manual >= 1);  // without a manual break sasaran D's heading ended page 1
}

TEST_CASE("menu: every pull keeps Status Kiriman: who sent which quarter, late, or not yet, with a reminder") {
  // A 2023 master, Bidang Perlindungan Masyarakat's TW I pulled now (years after its due date,
  // 31 March + 10 days = 10 April 2023); nobody else has sent anything.
  TempDir dir;
  const auto [master, file] = linmas_tw1(dir.path);
  Workbook book = Workbook::load(master);
  pull_tw1(book, file);
  const core::Grid status = sheet_grid(book, "Status Kiriman");
  CHECK(status.text(0, 0) == "Bidang");
  REQUIRE(status.row_count() > 1 + 4 * 4);  // four bidang x four quarters, then the Belum Mengirim list
  CHECK(status.row_is_empty(1 + 4 * 4));
  CHECK(status.text(2 + 4 * 4, 0).starts_with("Belum Mengirim per "));
  // Every quarter of 2023 is long past due: all but Linmas's TW I are on the list.
  CHECK(status.row_count() == 1 + 4 * 4 + 3 + 15);
  int linmas_tw1 = -1, sekretariat_tw1 = -1;
  for (int r = 1; r < status.row_count() && !status.row_is_empty(r); ++r) {
    if (status.text(r, 1) != "TW I") continue;
    if (status.text(r, 0) == "Bidang Perlindungan Masyarakat") linmas_tw1 = r;
    if (status.text(r, 0) == "Sekretariat") sekretariat_tw1 = r;
  }
  REQUIRE(linmas_tw1 > 0);
  REQUIRE(sekretariat_tw1 > 0);
  CHECK(status.text(linmas_tw1, 3) == "10 April 2023");
  CHECK_FALSE(status.text(linmas_tw1, 4).empty());  // received: the pull's date
  CHECK(status.text(linmas_tw1, 5) == "Terlambat");
  CHECK(status.text(linmas_tw1, 6).empty());
  CHECK(status.text(sekretariat_tw1, 5) == "Belum mengirim");
  CHECK(status.text(sekretariat_tw1, 6) ==
        "Yth. Sekretariat, formulir realisasi kinerja TW I 2023 belum kami terima (batas kirim 10 April 2023). Mohon "
        "diisi dan dikirim kembali lewat surel. Terima kasih. Satuan Polisi Pamong Praja");
}
