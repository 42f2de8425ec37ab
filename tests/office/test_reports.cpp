// Rollups, flags, the report sheet with its PDF, and the copy to share (SOP steps 3-9), on the
// sample year pulled into a master; expected values computed by hand (arithmetic shown).
#include <doctest/doctest.h>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <ctime>

#include "core/dates.hpp"
#include "core/numbers.hpp"
#include "core/sop.hpp"
#include "csv_fixture.hpp"
#include "office/file_url.hpp"
#include "office/session.hpp"
#include "pull_fixture.hpp"
#include "unobase/grid_io.hpp"

using namespace kinerja;
using namespace kinerja::test;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr double none = std::numeric_limits<double>::quiet_NaN();

core::Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace

TEST_CASE("kinerja rollup: Rekap for every period, by hand, with AutoFilter") {
  TempDir dir;
  const auto master = sample_master(dir.path);
  const CliRun run = run_cli({"rollup", "--master", master.string(), "--period", "tw3"});
  CHECK(run.err == "");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("14 indikator x 10 periode") != std::string::npos);  // the CLI speaks Indonesian

  const core::Grid rekap = sheet_of(master, "Rekap");
  REQUIRE(rekap.row_count() == 1 + 14 * 10);
  const std::vector<std::string> titles = {"Kode", "Bidang", "Sasaran", "Indikator", "Satuan", "Periode", "Target",
                                           "Realisasi", "Capaian (%)", "Predikat", "Status", "Catatan"};
  for (int c = 0; c < 12; ++c) CHECK(rekap.text(0, c) == titles[static_cast<std::size_t>(c)]);
  const auto row_of = [&](const std::string& code, const std::string& period) {
    for (int r = 1; r < rekap.row_count(); ++r) {
      if (rekap.text(r, 0) == code && rekap.text(r, 5) == period) return r;
    }
    return -1;
  };
  const struct {
    const char* code;
    const char* period;
    double target, actual, achievement;
    const char* rating;
    const char* status;
    const char* note;  // a part of Catatan
  } expected[] = {
      // LINMAS-01, sum, targets 0/100/100/100, TW III not reported: S II target 100 + 100, actual 112.
      {"LINMAS-01", "Semester II", 200, 112, 112.0 / 200 * 100, "Rendah", "Tidak tercapai", "TW III belum lapor"},
      {"LINMAS-01", "TW I", 0, 0, none, "", "Tidak dapat dihitung", "target 0"},
      {"LINMAS-01", "TW III", 100, none, none, "", "Belum lapor", "TW III belum lapor"},
      {"LINMAS-01", "Tahunan", 300, 207, 207.0 / 300 * 100, "Sedang", "Tidak tercapai", "TW III belum lapor"},
      // SEK-02: only a TW IV target.
      {"SEK-02", "TW I", none, none, none, "", "Tidak ada target", ""},
      {"SEK-02", "Tahunan", 70, 66.2, 66.2 / 70 * 100, "Sangat Tinggi", "Tidak tercapai", ""},
      // LINMAS-02, last, kumulatif 60/65/70/80: s.d. TW III takes TW II's actual 66 and target 65.
      {"LINMAS-02", "s.d. TW III", 65, 66, 66.0 / 65 * 100, "Sangat Tinggi", "Tercapai", "TW III belum lapor"},
      // PPUD-04, negative, sum: year (2 x 200 - 204) / 200.
      {"PPUD-04", "Tahunan", 200, 204, (400.0 - 204) / 200 * 100, "Sangat Tinggi", "Tidak tercapai", ""},
      // TIBUM-03, negative, average: S I average 23.75 against 24.
      {"TIBUM-03", "Semester I", 24, 23.75, (48 - 23.75) / 24 * 100, "Sangat Tinggi", "Tercapai", ""},
      // PPUD-02, sum: s.d. TW II 27 + 34 against 60.
      {"PPUD-02", "s.d. TW II", 60, 61, 61.0 / 60 * 100, "Sangat Tinggi", "Tercapai", ""},
  };
  for (const auto& e : expected) {
    CAPTURE(e.code);
    CAPTURE(e.period);
    const int r = row_of(e.code, e.period);
    REQUIRE(r > 0);
    const auto check_number = [&](int column, double want) {
      const core::CellNumber got = core::read_cell_number(rekap, r, column);
      if (std::isnan(want)) {
        CHECK_FALSE(got.value);
      } else {
        REQUIRE(got.value);
        CHECK(*got.value == doctest::Approx(want).epsilon(1e-12));
      }
    };
    check_number(6, e.target);
    check_number(7, e.actual);
    check_number(8, e.achievement);
    CHECK(rekap.text(r, 9) == e.rating);
    CHECK(rekap.text(r, 10) == e.status);
    CHECK(rekap.text(r, 11).find(e.note) != std::string::npos);
  }
  // AutoFilter on, and the follow-up list of TW III per bidang.
  Workbook book = Workbook::load(master);
  Reference<css::beans::XPropertySet> properties(book.component(), UNO_QUERY_THROW);
  Reference<css::container::XNameAccess> ranges(properties->getPropertyValue("DatabaseRanges"), UNO_QUERY_THROW);
  REQUIRE(ranges->hasByName("Kinerja_Rekap"));
  bool filter = false;
  Reference<css::beans::XPropertySet>(ranges->getByName("Kinerja_Rekap"), UNO_QUERY_THROW)->getPropertyValue("AutoFilter") >>= filter;
  CHECK(filter);
  const core::Grid list = sheet_of(master, "Disposisi");
  CHECK(list.text(0, 0) == "Daftar tindak lanjut s.d. TW III 2023 (disposisi kepada Kabid)");
  bool linmas01 = false;
  for (int r = 2; r < list.row_count(); ++r) {
    if (list.text(r, 1) == "LINMAS-01") {
      linmas01 = true;
      CHECK(list.text(r, 3) == "Tidak tercapai");  // s.d. TW III: 95 of 200
    }
  }
  CHECK(linmas01);
  const core::Grid trail = sheet_of(master, "Jejak SOP");
  CHECK(trail.text(core::find_sop_row(trail, 3), 6) == "kinerja rollup");
}

TEST_CASE("rollup of a master with nothing pulled yet (its report sheet still empty)") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const CliRun run = run_cli({"rollup", "--master", master.string()});
  CHECK(run.err == "");
  CHECK(run.exit_code == 0);
  const core::Grid rekap = sheet_of(master, "Rekap");
  CHECK(rekap.row_count() == 141);
  CHECK(rekap.text(1, 10) == "Belum lapor");
}

TEST_CASE("kinerja report: the SOP's layout, its PDF, the chart") {
  TempDir dir;
  const auto master = sample_master(dir.path);
  const auto pdf = dir.path / "laporan-tw2.pdf";
  const CliRun run = run_cli({"report", "--master", master.string(), "--period", "tw2", "--pdf", pdf.string()});
  CHECK(run.err == "");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("LAPORAN KINERJA TRIWULAN II TAHUN 2023 diisi: 14 indikator") != std::string::npos);

  const core::Grid report = sheet_of(master, "Laporan TW II");
  CHECK(report.text(0, 0) == "SATUAN POLISI PAMONG PRAJA");
  CHECK(report.text(1, 0) == "LAPORAN KINERJA TRIWULAN II TAHUN 2023");
  const std::vector<std::string> titles = {"No", "Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan",
                                           "Target s.d. TW II", "Realisasi TW I", "Realisasi TW II", "Realisasi TW III",
                                           "Realisasi TW IV", "Realisasi s.d. TW II", "Capaian (%)", "Predikat",
                                           "Kendala", "Tindak Lanjut", "Bidang"};
  for (int c = 0; c < 16; ++c) CHECK(report.text(4, c) == titles[static_cast<std::size_t>(c)]);
  // The first goal, then its three indicators; SEK-03 s.d. TW II: 41.75 of 45.
  CHECK(report.text(5, 0) == "A");
  CHECK(report.text(5, 1) == "Meningkatnya akuntabilitas kinerja perangkat daerah");
  CHECK(report.text(5, 2) == "Rata-rata capaian sasaran");
  // SEK-01 100 %, SEK-02 no target (left out), SEK-03 41.75 / 45: the goal's average.
  CHECK(core::read_cell_number(report, 5, 11).value.value_or(NAN) == doctest::Approx((100 + 41.75 / 45 * 100) / 2));
  CHECK(report.text(8, 2) == "Persentase realisasi anggaran");
  CHECK(core::read_cell_number(report, 8, 11).value.value_or(NAN) == doctest::Approx(41.75 / 45 * 100));
  CHECK(report.text(8, 6) == "18.4");
  CHECK(report.text(8, 8).empty());  // TW III is after the period
  CHECK(report.text(8, 13) == "TW I: Pencairan anggaran triwulan I terlambat");
  int footer = -1;
  for (int r = 0; r < report.row_count(); ++r) {
    if (report.text(r, 1) == "Rata-rata capaian kinerja") footer = r;
  }
  REQUIRE(footer > 0);
  CHECK(report.text(footer + 2, 13) == "Paringin, " + core::indonesian_date(today()));
  CHECK(report.text(footer + 3, 13) == "Kepala Satuan");
  CHECK(report.text(footer + 6, 13) == "Budi Santoso");

  REQUIRE(std::filesystem::exists(pdf));
  const std::string text = pdf_text(pdf);
  CHECK(text.find("LAPORAN KINERJA TRIWULAN II TAHUN 2023") != std::string::npos);
  CHECK(text.find("Persentase realisasi anggaran") != std::string::npos);
  CHECK(text.find("Jumlah patroli wilayah") != std::string::npos);
  CHECK(text.find("Paringin,") != std::string::npos);
  CHECK(text.find("Pengaturan Buku Induk") == std::string::npos);  // the report sheet only

  Workbook book = Workbook::load(master);
  Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
  Reference<css::table::XTableChartsSupplier> charts(unobase::sheet_named(document, "Laporan TW II"), UNO_QUERY_THROW);
  CHECK(charts->getCharts()->hasByName("Capaian TW II"));
  const core::Grid trail = sheet_of(master, "Jejak SOP");
  CHECK(trail.text(core::find_sop_row(trail, 4), 6) == "kinerja report");
  CHECK(trail.text(core::find_sop_row(trail, 5), 6) == "kinerja report --pdf");

  const CliRun year = run_cli({"report", "--master", master.string(), "--period", "year"});
  CHECK(year.exit_code == 0);
  // Its own sheet, after the quarter's, which is kept; the new master's placeholder is gone.
  CHECK(sheet_of(master, "Laporan Tahunan").text(1, 0) == "LAPORAN KINERJA TAHUNAN 2023");
  CHECK(sheet_of(master, "Laporan TW II").text(1, 0) == "LAPORAN KINERJA TRIWULAN II TAHUN 2023");
  {
    Workbook reread = Workbook::load(master);
    Reference<css::sheet::XSpreadsheetDocument> sheets(reread.component(), UNO_QUERY_THROW);
    const auto names = sheets->getSheets()->getElementNames();
    std::vector<std::string> order;
    for (const auto& name : names) order.push_back(utf8(name));
    const auto at = [&](const std::string& name) { return std::find(order.begin(), order.end(), name) - order.begin(); };
    CHECK(at("Laporan TW II") == at("Rekap") + 1);
    CHECK(at("Laporan Tahunan") == at("Laporan TW II") + 1);
    CHECK(at("Laporan") == static_cast<long>(order.size()));
  }
  const core::Grid trail2 = sheet_of(master, "Jejak SOP");
  CHECK(trail2.text(core::find_sop_row(trail2, 9), 6) == "kinerja report");
  CHECK(run_cli({"report", "--master", master.string(), "--period", "tw5"}).exit_code == 2);
}

TEST_CASE("a figure longer than its printed column is printed whole, smaller, never as ###") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  // 99.999.999.999 is a value the pull accepts (a count, or rupiah); its column is 2,2 cm wide,
  // where 14 characters of 10-point figures do not fit.
  fill_ods_form(forms / "Kinerja-2023-TW2-Sekretariat.ods", dir.path / "sek.ods", {{"SEK-01", "99999999999", ""}});
  const CliRun pulled = pull_tw2(master, {(dir.path / "sek.ods").string()});
  CAPTURE(pulled.err);
  REQUIRE(pulled.exit_code == 0);
  REQUIRE(tw2(master, "SEK-01") == 99999999999.0);
  const auto pdf = dir.path / "laporan-tw2.pdf";
  const CliRun run = run_cli({"report", "--master", master.string(), "--period", "tw2", "--pdf", pdf.string()});
  CAPTURE(run.err);
  REQUIRE(run.exit_code == 0);
  const std::string text = pdf_text(pdf);
  CAPTURE(text);
  CHECK(text.find("99.999.999.999") != std::string::npos);
  CHECK(text.find("###") == std::string::npos);
}

namespace {

// Every cell text of every sheet of a workbook file, for looking for what must not be there.
std::string all_text(Reference<css::sheet::XSpreadsheetDocument> document) {
  std::string text;
  for (const std::string& name : unobase::sheet_names(document)) {
    const core::Grid grid = unobase::read_sheet(unobase::sheet_named(document, name), name);
    for (int r = 0; r < grid.row_count(); ++r) {
      for (int c = 0; c < grid.column_count(); ++c) text += grid.text(r, c) + "\n";
    }
  }
  return text;
}

}  // namespace

TEST_CASE("kinerja share: a copy that opens without the extension, with no error cell, and only what officials need") {
  TempDir dir;
  const auto master = sample_master(dir.path);
  REQUIRE(run_cli({"rollup", "--master", master.string()}).exit_code == 0);
  REQUIRE(run_cli({"report", "--master", master.string(), "--period", "s1"}).exit_code == 0);
  {  // staff's own add-in formulas in the master, one of them without data (#N/A)
    Workbook book = Workbook::load(master);
    Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
    const auto sheet = unobase::sheet_named(document, "Rekap");
    sheet->getCellByPosition(13, 1)->setFormula("=CAPAIAN(80;100)");
    sheet->getCellByPosition(13, 2)->setFormula("=CAPAIAN(\"\";100)");
    book.recalculate();
    book.store_as(master, "calc8");
  }
  for (const char* name : {"salinan.ods", "salinan.xlsx"}) {
    const CliRun run = run_cli({"share", "--master", master.string(), "--out", (dir.path / name).string()});
    CHECK(run.err == "");
    CHECK(run.exit_code == 0);
  }
  const CliRun all = run_cli({"share", "--master", master.string(), "--out", (dir.path / "lengkap.xlsx").string(), "--all"});
  CHECK(all.exit_code == 0);
  // A second office, on a profile without the extension, as a colleague has it.
  const office::Installation installation = office::Installation::locate();
  office::Session plain(installation, office::Profile::create(installation), std::chrono::seconds(25));
  const auto open = [&](const char* name) {
    css::beans::PropertyValue hidden;
    hidden.Name = "Hidden";
    hidden.Value <<= true;
    Reference<css::lang::XComponent> copy = css::frame::Desktop::create(plain.context())->loadComponentFromURL(
        ou(office::file_url(dir.path / name)), "_blank", 0, css::uno::Sequence<css::beans::PropertyValue>(&hidden, 1));
    REQUIRE(copy.is());
    Reference<css::sheet::XCalculatable>(copy, UNO_QUERY_THROW)->calculateAll();
    return copy;
  };
  for (const char* name : {"salinan.ods", "salinan.xlsx"}) {
    CAPTURE(name);
    Reference<css::lang::XComponent> copy = open(name);
    Reference<css::sheet::XSpreadsheetDocument> document(copy, UNO_QUERY_THROW);
    // The rollup made Rekap and Disposisi, the report its sheet; nothing else is shared.
    std::vector<std::string> names = unobase::sheet_names(document);
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"Disposisi", "Laporan Semester I", "Rekap"});
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
      Reference<css::sheet::XCellRangesQuery> query(sheets->getByIndex(i), UNO_QUERY_THROW);
      CHECK(Reference<css::sheet::XSheetCellRanges>(query->queryContentCells(css::sheet::CellFlags::FORMULA), UNO_QUERY_THROW)
                ->getCount() == 0);
    }
    const auto rekap = unobase::sheet_named(document, "Rekap");
    CHECK(rekap->getCellByPosition(13, 1)->getValue() == 80);
    CHECK(rekap->getCellByPosition(13, 2)->getType() == css::table::CellContentType_EMPTY);
    CHECK(unobase::read_sheet(rekap, "Rekap").row_count() == 141);  // nothing of the recap lost
    const core::Grid report = unobase::read_sheet(unobase::sheet_named(document, "Laporan Semester I"), "Laporan Semester I");
    CHECK(report.text(1, 0) == "LAPORAN KINERJA SEMESTER I TAHUN 2023");
    const std::string text = all_text(document);
    CHECK(text.find(sample_signatory_nip) == std::string::npos);  // the signature block says "NIP. -"
    CHECK(text.find("NIP. -") != std::string::npos);
    CHECK(text.find("Budi Santoso") != std::string::npos);        // the signatory's name stays
    Reference<css::util::XCloseable>(copy, UNO_QUERY_THROW)->close(true);
  }
  {  // --all: every sheet of the master, the NIP too.
    Reference<css::lang::XComponent> copy = open("lengkap.xlsx");
    Reference<css::sheet::XSpreadsheetDocument> document(copy, UNO_QUERY_THROW);
    const std::vector<std::string> names = unobase::sheet_names(document);
    for (const char* sheet : {"Pengaturan", "PK", "Realisasi", "Kiriman", "Jejak SOP", "Rekap", "Laporan Semester I"}) {
      CAPTURE(sheet);
      CHECK(std::find(names.begin(), names.end(), sheet) != names.end());
    }
    CHECK(all_text(document).find(sample_signatory_nip) != std::string::npos);
    Reference<css::util::XCloseable>(copy, UNO_QUERY_THROW)->close(true);
  }
}

namespace {

// Dispatches org.kinerja:<command> as the menu does, with one argument when `name` is given;
// the command must succeed. Returns its message.
std::string menu_command(const Workbook& book, const char* command, const char* name = nullptr,
                         const css::uno::Any& value = {}) {
  css::uno::Sequence<css::beans::PropertyValue> arguments;
  if (name != nullptr) {
    const css::beans::PropertyValue given = argument(name, value);
    arguments = css::uno::Sequence<css::beans::PropertyValue>(&given, 1);
  }
  const css::frame::DispatchResultEvent event = dispatch(book, std::string("org.kinerja:") + command, arguments);
  CAPTURE(message_of(event));
  CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
  return message_of(event);
}

// Sets the master's Triwulan Berjalan (Pengaturan, the row of that label, column B).
void set_working_quarter(const Workbook& book, int quarter) {
  Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
  const auto settings = unobase::sheet_named(document, "Pengaturan");
  const core::Grid grid = unobase::read_sheet(settings, "Pengaturan");
  for (int row = 0; row < grid.row_count(); ++row) {
    if (grid.text(row, 0).rfind("Triwulan Berjalan", 0) == 0) {
      settings->getCellByPosition(1, row)->setValue(quarter);
      return;
    }
  }
  FAIL("Pengaturan has no Triwulan Berjalan row");
}

// When the SOP trail records a step (its Dilakukan column), as text.
std::string step_done_at(const Workbook& book, int step) {
  Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
  const core::Grid trail = unobase::read_sheet(unobase::sheet_named(document, "Jejak SOP"), "Jejak SOP");
  return trail.text(core::find_sop_row(trail, step), 5);
}

}  // namespace

TEST_CASE("the menu: Hitung Rekap, Tandai, Isi Laporan, Ekspor PDF, Salin untuk Dibagikan") {
  TempDir dir;
  const auto master = sample_master(dir.path);
  Workbook book = Workbook::load(master);
  const auto dispatch = [&](const char* command, const char* name = nullptr, const css::uno::Any& value = {}) {
    return menu_command(book, command, name, value);
  };
  CHECK(dispatch("ComputeRecap").find(say("14 indikator x 10 periode", "14 indicators x 10 periods")) != std::string::npos);
  CHECK(dispatch("FlagTargets", "Period", css::uno::Any(ou("s1"))).find("Semester I 2023") != std::string::npos);
  CHECK(dispatch("ReportQuarter", "Period", css::uno::Any(ou("tw3"))).find(say("TRIWULAN III", "Laporan TW III")) != std::string::npos);
  CHECK(dispatch("ReportSemester", "Period", css::uno::Any(ou("s2"))).find(say("SEMESTER II", "Laporan Semester II")) != std::string::npos);
  CHECK(dispatch("ReportYear").find(say("TAHUNAN 2023", "Laporan Tahunan (the year 2023)")) != std::string::npos);
  const auto pdf = dir.path / "tahunan.pdf";
  dispatch("ExportPdf", "PdfUrl", css::uno::Any(ou(office::file_url(pdf))));
  CHECK(pdf_text(pdf).find("LAPORAN KINERJA TAHUNAN 2023") != std::string::npos);
  const auto copy = dir.path / "untuk-surel.xlsx";
  dispatch("ShareCopy", "OutputUrl", css::uno::Any(ou(office::file_url(copy))));
  CHECK(std::filesystem::exists(copy));
  Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
  CHECK(unobase::read_sheet(unobase::sheet_named(document, "Rekap"), "Rekap").row_count() == 141);
  const core::Grid trail = unobase::read_sheet(unobase::sheet_named(document, "Jejak SOP"), "Jejak SOP");
  for (int step : {3, 4, 5, 6, 7, 9}) CHECK_FALSE(trail.text(core::find_sop_row(trail, step), 5).empty());
}

TEST_CASE("the menu without a period: the working quarter chooses the report, its semester and the flags") {
  TempDir dir;
  const auto master = sample_master(dir.path);
  Workbook book = Workbook::load(master);
  menu_command(book, "ComputeRecap");

  set_working_quarter(book, 3);
  CHECK(menu_command(book, "FlagTargets").find(say("s.d. TW III 2023:", "up to TW III 2023:")) == 0);
  CHECK(menu_command(book, "ReportQuarter").find(say("LAPORAN KINERJA TRIWULAN III TAHUN 2023 diisi",
                                                     "Report filled on the sheet Laporan TW III (TW III 2023)")) == 0);
  CHECK(step_done_at(book, 5).empty());
  menu_command(book, "ExportPdf", "PdfUrl", css::uno::Any(ou(office::file_url(dir.path / "tw3.pdf"))));
  CHECK_FALSE(step_done_at(book, 5).empty());  // sharing a quarterly report is step 5
  CHECK(step_done_at(book, 8).empty());
  CHECK(menu_command(book, "ReportSemester").find(say("LAPORAN KINERJA SEMESTER II TAHUN 2023 diisi",
                                                      "Report filled on the sheet Laporan Semester II (Semester II 2023)")) == 0);
  menu_command(book, "ExportPdf", "PdfUrl", css::uno::Any(ou(office::file_url(dir.path / "s2.pdf"))));
  CHECK_FALSE(step_done_at(book, 8).empty());  // sharing a semester report is step 8
  CHECK(pdf_text(dir.path / "s2.pdf").find("LAPORAN KINERJA SEMESTER II TAHUN 2023") != std::string::npos);

  set_working_quarter(book, 2);
  CHECK(menu_command(book, "ReportQuarter").find(say("LAPORAN KINERJA TRIWULAN II TAHUN 2023 diisi",
                                                     "Report filled on the sheet Laporan TW II (TW II 2023)")) == 0);
  CHECK(menu_command(book, "ReportSemester").find(say("LAPORAN KINERJA SEMESTER I TAHUN 2023 diisi",
                                                      "Report filled on the sheet Laporan Semester I (Semester I 2023)")) == 0);
  CHECK(menu_command(book, "FlagTargets").find(say("s.d. TW II 2023:", "up to TW II 2023:")) == 0);
}
