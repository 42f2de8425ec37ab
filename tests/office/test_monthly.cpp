// Monthly progress (Laporan Progres Bulanan): monthly forms made by the CLI and the menu, filled
// in LibreOffice and, through openpyxl, as Excel saves them, pulled into the Bulanan sheet, and
// the third quarter made from its months where no quarterly form stands; every expected value
// worked out by hand below. Bad input: another year's month, a month that is none, a physical
// progress above 100, a month pulled as another quarter.
#include <doctest/doctest.h>

#include <com/sun/star/frame/DispatchResultState.hpp>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/text/XText.hpp>

#include <filesystem>

#include "office_fixture.hpp"
#include "pull_fixture.hpp"
#include "unobase/grid_io.hpp"

using namespace kinerja::test;
using namespace kinerja;
using css::beans::PropertyValue;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

namespace {

namespace fs = std::filesystem;

// kinerja forms --month for `month` (both formats) into dir/bN; requires success.
fs::path make_monthly_forms(const fs::path& master, const fs::path& dir, int month) {
  const fs::path out = dir / ("b" + std::to_string(month));
  const CliRun run = run_cli({"forms", "--master", master.string(), "--month", std::to_string(month), "--out",
                              out.string(), "--format", "both"});
  CAPTURE(run.err);
  REQUIRE(run.exit_code == 0);
  return out;
}

std::string month_form(int month, const std::string& division) {
  return "Kinerja-2023-B" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-" + division;
}

const core::ActualRecord* find(const std::vector<core::ActualRecord>& records, const std::string& code, int quarter) {
  for (const core::ActualRecord& r : records) {
    if (r.code == code && r.quarter == quarter) return &r;
  }
  return nullptr;
}

// The Bulanan row of a code's month; -1 when none.
int monthly_row(const core::Grid& sheet, const std::string& code, int month) {
  for (int r = 1; r < sheet.row_count(); ++r) {
    if (sheet.text(r, 3) == code && sheet.text(r, 2) == std::to_string(month)) return r;
  }
  return -1;
}

}  // namespace

TEST_CASE("monthly forms filled in Excel and LibreOffice make the third quarter, a quarterly form stands") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto inbox = dir.path / "masuk";
  fs::create_directories(inbox);
  // Sekretariat (Excel): SEK-01 (last) 90, 95, 100; SEK-03 (last) 50, 58, 66; SEK-01's budget
  // Rp 10,000,000 + 12,500,000 + 0; progres fisik 30, 60, 100; a permasalahan in August.
  // Linmas (LibreOffice): LINMAS-01 (sum) 20, 25, 30; LINMAS-02 (last) 70 in July, 74 in
  // September; LINMAS-03 (last) only July.
  // Tibum: TIBUM-01 (average) 90, 93, 96; TIBUM-02 (sum) 40, 45, 50 and a TW III form saying 130.
  const std::map<int, std::vector<Entry>> sekretariat = {
      {7, {{"SEK-01", "90", "", "10000000", "30"}, {"SEK-03", "50", ""}}},
      {8, {{"SEK-01", "95", "data terlambat", "12500000", "60"}, {"SEK-03", "58", ""}}},
      {9, {{"SEK-01", "100", "", "0", "100"}, {"SEK-03", "66", ""}}}};
  const std::map<int, std::vector<Entry>> linmas = {
      {7, {{"LINMAS-01", "20", ""}, {"LINMAS-02", "70", ""}, {"LINMAS-03", "4", ""}}},
      {8, {{"LINMAS-01", "25", ""}}},
      {9, {{"LINMAS-01", "30", ""}, {"LINMAS-02", "74", ""}}}};
  const std::map<int, std::vector<Entry>> tibum = {{7, {{"TIBUM-01", "90", ""}, {"TIBUM-02", "40", ""}}},
                                                   {8, {{"TIBUM-01", "93", ""}, {"TIBUM-02", "45", ""}}},
                                                   {9, {{"TIBUM-01", "96", ""}, {"TIBUM-02", "50", ""}}}};
  const std::string tibum_name = "Bidang-Ketertiban-Umum-dan-Ketenteraman-Masyarakat";
  for (int month = 7; month <= 9; ++month) {
    const auto forms = make_monthly_forms(master, dir.path, month);
    fill_xlsx_form(forms / (month_form(month, "Sekretariat") + ".xlsx"),
                   inbox / (month_form(month, "Sekretariat") + ".xlsx"), sekretariat.at(month));
    fill_ods_form(forms / (month_form(month, "Bidang-Perlindungan-Masyarakat") + ".ods"),
                  inbox / (month_form(month, "Bidang-Perlindungan-Masyarakat") + ".ods"), linmas.at(month));
    fill_ods_form(forms / (month_form(month, tibum_name) + ".ods"), inbox / (month_form(month, tibum_name) + ".ods"),
                  tibum.at(month));
  }
  {  // The planning staff's anggaran kas: Sekretariat's SEK-01 plans 90 % of its pagu spent by September.
    Workbook book = Workbook::load(master);
    Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
    document->getSheets()->insertNewByName("Anggaran Kas", 9);
    const auto sheet = unobase::sheet_named(document, "Anggaran Kas");
    Reference<css::text::XText>(sheet->getCellByPosition(0, 0), UNO_QUERY_THROW)->setString("Kode");
    Reference<css::text::XText>(sheet->getCellByPosition(1, 0), UNO_QUERY_THROW)->setString("September");
    Reference<css::text::XText>(sheet->getCellByPosition(0, 1), UNO_QUERY_THROW)->setString("SEK-01");
    sheet->getCellByPosition(1, 1)->setValue(90);
    book.store_as(master, "calc8");
  }
  const auto tw3 = make_forms(master, dir.path, 3);
  fill_ods_form(tw3 / ("Kinerja-2023-TW3-" + tibum_name + ".ods"), inbox / "tibum-tw3.ods", {{"TIBUM-02", "130", ""}});

  const CliRun run = run_cli({"pull", "--master", master.string(), "--quarter", "3", inbox.string()});
  CAPTURE(run.out);
  CAPTURE(run.err);
  CHECK(run.exit_code == 0);
  CHECK(contains(run.out, "10 berkas: 10 diterima"));
  CHECK(contains(run.err, "TIBUM-02 TW III 2023: kiriman triwulanan 130, laporan bulanan memberi 135 (jumlah Juli, "
                          "Agustus, September): nilai triwulanan yang dipakai."));

  // Bulanan: 6 Sekretariat + 6 Linmas + 6 Tibum rows.
  const core::Grid months = sheet_of(master, "Bulanan");
  CHECK(months.row_count() == 1 + 18);
  const int sek_aug = monthly_row(months, "SEK-01", 8);
  REQUIRE(sek_aug > 0);
  CHECK(months.text(sek_aug, 0) == "Sekretariat");
  CHECK(months.text(sek_aug, 4) == "95");
  CHECK(months.text(sek_aug, 5) == "12500000");
  CHECK(months.text(sek_aug, 6) == "60");
  CHECK(months.text(sek_aug, 7) == "data terlambat");
  CHECK(months.text(sek_aug, 9) == month_form(8, "Sekretariat") + ".xlsx");
  CHECK(months.text(sek_aug, 11) == "Formulir!G10");  // SEK-01's Realisasi Bulan Ini cell

  // Realisasi's TW III, worked out by hand from the months above.
  const std::vector<core::ActualRecord> actuals = master_actuals(master);
  const auto quarter_value = [&](const std::string& code) -> std::optional<double> {
    const core::ActualRecord* r = find(actuals, code, 3);
    return r ? r->actual : std::nullopt;
  };
  CHECK(quarter_value("SEK-01") == 100.0);   // last: September
  CHECK(quarter_value("SEK-03") == 66.0);
  CHECK(quarter_value("LINMAS-01") == 75.0);  // 20 + 25 + 30
  CHECK(quarter_value("LINMAS-02") == 74.0);  // last: September, August not needed
  CHECK_FALSE(quarter_value("LINMAS-03"));    // September missing: no quarter yet
  CHECK(quarter_value("TIBUM-01") == 93.0);   // (90 + 93 + 96) / 3
  CHECK(quarter_value("TIBUM-02") == 130.0);  // the quarterly form stands
  const core::ActualRecord* sek1 = find(actuals, "SEK-01", 3);
  REQUIRE(sek1 != nullptr);
  CHECK(sek1->spent == 22500000.0);
  CHECK(sek1->obstacle == "Agustus: data terlambat");
  CHECK(sek1->source_file == "Laporan Bulanan: Juli, Agustus, September 2023");
  CHECK(find(actuals, "TIBUM-02", 3)->source_file == "tibum-tw3.ods");

  // Progres Bulanan for September, the latest month: the quarter so far against the plan.
  const core::Grid progress = sheet_of(master, "Progres Bulanan");
  CHECK(progress.text(0, 0) == "PROGRES BULANAN September 2023 (TW III) - Satuan Polisi Pamong Praja");
  const auto progress_row = [&](const std::string& code) {
    for (int r = 2; r < progress.row_count(); ++r) {
      if (progress.text(r, 0) == code) return r;
    }
    return -1;
  };
  const int linmas1 = progress_row("LINMAS-01");  // sum: 75 against TW III's 100 (all three months gone)
  REQUIRE(linmas1 > 0);
  CHECK(progress.text(linmas1, 5) == "75");
  CHECK(progress.text(linmas1, 6) == "100");
  CHECK(progress.text(linmas1, 7) == "75");
  CHECK(progress.text(linmas1, 13) == "Tertinggal");
  const int tibum1 = progress_row("TIBUM-01");  // average: 93 against 95
  CHECK(std::stod(progress.text(tibum1, 7)) == doctest::Approx(93.0 / 95 * 100));
  CHECK(progress.text(tibum1, 13) == "Tertinggal");
  // SEK-01: last, 100 against 100, but Rp 22,500,000 of its pagu Rp 150,000,000 is 15 %, the
  // anggaran kas planned 90 %: 75 points behind.
  const int sek1_row = progress_row("SEK-01");
  CHECK(progress.text(sek1_row, 7) == "100");
  CHECK(progress.text(sek1_row, 8) == "100");  // progres fisik of September
  CHECK(progress.text(sek1_row, 9) == "22500000");
  CHECK(progress.text(sek1_row, 10) == "15");
  CHECK(progress.text(sek1_row, 11) == "90");
  CHECK(progress.text(sek1_row, 12) == "-75");
  CHECK(progress.text(sek1_row, 13) == "Tertinggal");
  CHECK(progress.text(progress_row("PPUD-01"), 13) == "Belum ada data");

  // Status Kiriman: the months in use are periods of every bidang; PPUD sent none of them.
  const core::Grid status = sheet_of(master, "Status Kiriman");
  int month_rows = 0;
  for (int r = 1; r < status.row_count() && !status.row_is_empty(r); ++r) {
    const std::string period = status.text(r, 1);
    if (period != "Juli" && period != "Agustus" && period != "September") continue;
    ++month_rows;
    if (status.text(r, 0) == "Sekretariat" && period == "Agustus") {
      CHECK(status.text(r, 3) == "10 September 2023");
      CHECK_FALSE(status.text(r, 4).empty());  // received: pulled today
      CHECK(status.text(r, 5) == "Terlambat");
    }
    if (status.text(r, 0) == "Bidang Penegakan Perundang-undangan Daerah") {
      CHECK(status.text(r, 5) == "Belum mengirim");
      CHECK(status.text(r, 6).starts_with("Yth. Bidang Penegakan Perundang-undangan Daerah, laporan progres bulanan"));
    }
  }
  CHECK(month_rows == 4 * 3);

  // A later quarterly form replaces a quarter made from the months.
  fs::create_directories(dir.path / "susulan");
  fill_xlsx_form(tw3 / "Kinerja-2023-TW3-Sekretariat.xlsx", dir.path / "susulan" / "sek-tw3.xlsx", {{"SEK-01", "98", ""}});
  const CliRun later = run_cli({"pull", "--master", master.string(), "--quarter", "3", (dir.path / "susulan").string()});
  CAPTURE(later.out);
  CAPTURE(later.err);
  CHECK(later.exit_code == 0);
  CHECK(contains(later.err, "SEK-01 TW III 2023: kiriman triwulanan 98, laporan bulanan memberi 100 (bulan terakhir "
                            "Juli, Agustus, September): nilai triwulanan yang dipakai."));
  CHECK_FALSE(contains(later.err, "TIBUM-02"));  // an old difference is not told again
  const std::vector<core::ActualRecord> after = master_actuals(master);
  CHECK(find(after, "SEK-01", 3)->actual == 98.0);
  CHECK(find(after, "SEK-01", 3)->source_file == "sek-tw3.xlsx");
  CHECK(find(after, "LINMAS-01", 3)->actual == 75.0);  // the other quarters made from months stay
}

TEST_CASE("bad monthly input: another year's month, a month that is none, fisik above 100, the wrong quarter") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto other_year = make_master(dir.path, "buku-induk-2024.ods", 2024);
  const auto inbox = dir.path / "masuk";
  fs::create_directories(inbox);

  CHECK(run_cli({"forms", "--master", master.string(), "--month", "13", "--out", (dir.path / "x").string()}).exit_code == 2);
  CHECK(run_cli({"forms", "--master", master.string(), "--month", "7", "--quarter", "3", "--out", (dir.path / "x").string()})
            .exit_code == 2);
  CHECK_FALSE(fs::exists(dir.path / "x"));

  const CliRun made = run_cli({"forms", "--master", other_year.string(), "--month", "7", "--out", (dir.path / "f2024").string()});
  REQUIRE(made.exit_code == 0);
  fill_xlsx_form(dir.path / "f2024" / "Kinerja-2024-B07-Sekretariat.xlsx", inbox / "juli-2024.xlsx", {{"SEK-01", "90", ""}});
  const auto forms = make_monthly_forms(master, dir.path, 7);
  fill_xlsx_form(forms / (month_form(7, "Sekretariat") + ".xlsx"), inbox / "juli-fisik.xlsx",
                 {{"SEK-01", "90", "", "", "150"}, {"SEK-03", "50", "", "", "40"}});
  const std::string before = file_sha256(master);

  const CliRun run = run_cli({"pull", "--master", master.string(), "--quarter", "3", inbox.string()});
  CAPTURE(run.err);
  CHECK(run.exit_code == 3);
  CHECK(contains(run.err, "juli-2024.xlsx: Formulir: Galat: Kiriman untuk tahun 2024, buku induk untuk tahun 2023."));
  CHECK(contains(run.err, "juli-fisik.xlsx: Formulir!J10: Galat: Progres fisik SEK-01 150% di luar 0 sampai 100: baris "
                          "tidak diambil."));
  const core::Grid months = sheet_of(master, "Bulanan");
  CHECK(months.row_count() == 2);  // only SEK-03 of July
  CHECK(months.text(1, 3) == "SEK-03");
  CHECK(months.text(1, 6) == "40");

  // July pulled as TW II: rejected as a whole, the master's values unchanged.
  const auto again = dir.path / "lagi";
  fs::create_directories(again);
  fill_xlsx_form(forms / (month_form(7, "Sekretariat") + ".xlsx"), again / "juli.xlsx", {{"SEK-01", "91", ""}});
  const CliRun wrong = run_cli({"pull", "--master", master.string(), "--quarter", "2", again.string()});
  CHECK(wrong.exit_code == 3);
  CHECK(contains(wrong.err, "Kiriman untuk Juli (TW III), yang ditarik TW II."));
  CHECK(sheet_of(master, "Bulanan").row_count() == 2);
  CHECK(before != file_sha256(master));
}

TEST_CASE("menu: Buat Formulir Bidang makes the monthly progress forms of a month") {
  TempDir dir;
  const auto master = make_master(dir.path);
  Workbook book = Workbook::load(master);
  const PropertyValue arguments[] = {argument("Month", Any(sal_Int32(8))), argument("OutputDirUrl", url_of(dir.path)),
                                     argument("Format", Any(ou("ods")))};
  const auto event = dispatch(book, "org.kinerja:MakeForms", Sequence<PropertyValue>(arguments, 3));
  CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
  CHECK(contains(message_of(event), say("4 formulir bidang dibuat untuk Agustus 2023 (.ods)",
                                        "4 division forms made for August 2023 (.ods)")));
  const auto form = dir.path / (month_form(8, "Sekretariat") + ".ods");
  REQUIRE(fs::exists(form));
  const core::Grid sheet = sheet_of(form, "Formulir");
  CHECK(sheet.text(0, 0) == "LAPORAN PROGRES BULANAN AGUSTUS TAHUN 2023");
  CHECK(sheet.text(4, 0) == "Bulan");
  CHECK(sheet.text(4, 1) == "Agustus 2023");
  CHECK(sheet.text(5, 1) == "10 September 2023");  // 31 August + 10 days
  CHECK(sheet.text(6, 0).starts_with("Petunjuk: isi kolom berwarna kuning (Realisasi Bulan Ini, Realisasi Anggaran, "
                                      "Permasalahan, Progres Fisik, Bukti Dukung)"));
  CHECK(sheet.text(8, 6) == "Realisasi Bulan Ini");
  CHECK(sheet.text(8, 8) == "Permasalahan");
  CHECK(sheet.text(8, 9) == "Progres Fisik (%)");
  CHECK(sheet.text(9, 0) == "SEK-01");

  const PropertyValue bad[] = {argument("Month", Any(sal_Int32(13))), argument("OutputDirUrl", url_of(dir.path))};
  const auto refused = dispatch(book, "org.kinerja:MakeForms", Sequence<PropertyValue>(bad, 2));
  CHECK(refused.State == css::frame::DispatchResultState::FAILURE);
  CHECK(contains(message_of(refused), say("bulan 13 tidak ada", "there is no month 13")));
}
