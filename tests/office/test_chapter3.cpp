// The annual report's chapter III for a second agency of our own making (tests/data/dishub):
// two masters (2023, 2024) from one agreement with a Renstra, a national standard and pagu,
// the history taken, the annual report filled with its PDF. Every figure is worked out by hand
// below from the files.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <optional>
#include <variant>

#include "csv_fixture.hpp"
#include "office_fixture.hpp"
#include "pull_fixture.hpp"

using namespace kinerja::test;
using namespace kinerja;

namespace {

// The row whose first cell starts with `prefix`, or -1.
int row_starting(const core::Grid& grid, const std::string& prefix) {
  for (int r = 0; r < grid.row_count(); ++r) {
    if (grid.text(r, 0).rfind(prefix, 0) == 0) return r;
  }
  return -1;
}

// The body row of the table titled `title` whose column `column` reads `key`.
int body_row(const core::Grid& grid, const std::string& title, int column, const std::string& key) {
  const int start = row_starting(grid, title);
  REQUIRE(start >= 0);
  for (int r = start + 2; r < grid.row_count() && !grid.row_is_empty(r); ++r) {
    if (grid.text(r, column) == key) return r;
  }
  FAIL("no row " << key << " in " << title);
  return -1;
}

std::optional<double> number(const core::Grid& grid, int row, int column) {
  const auto* value = std::get_if<core::Number>(&grid.at(row, column));
  return value ? std::optional<double>(value->value) : std::nullopt;
}

}  // namespace

TEST_CASE("chapter III of a second agency: every table against figures by hand, in the PDF") {
  TempDir dir;
  const auto earlier = dishub_master(dir.path, 2023);
  const auto master = dishub_master(dir.path, 2024);
  REQUIRE(run_cli({"history", "--master", master.string(), earlier.string()}).exit_code == 0);
  const auto pdf = dir.path / "laporan-tahunan-2024.pdf";
  const CliRun report = run_cli({"report", "--master", master.string(), "--period", "year", "--pdf", pdf.string()});
  CAPTURE(report.err);
  REQUIRE(report.exit_code == 0);
  const core::Grid g = sheet_of(master, "Laporan Tahunan Bab III");

  // 3.1 (2024). DH-01, negative sum: 18 + 22 + 15 + 17 = 72 against 80: (2 x 80 - 72) / 80 = 110 %.
  // DH-02, last: 88 / 90 = 97,78 %. DH-03, last: 13 / 12 = 108,33 %. DH-04, sum: 1700 / 2000 = 85 %.
  const char* t31 = "Tabel 3.1 Pencapaian Kinerja Tahun 2024";
  CHECK(number(g, body_row(g, t31, 1, "Jumlah kecelakaan lalu lintas"), 4) == 72);
  CHECK(number(g, body_row(g, t31, 1, "Jumlah kecelakaan lalu lintas"), 5).value_or(NAN) == doctest::Approx(110.0));
  CHECK(number(g, body_row(g, t31, 1, "Persentase rambu dalam kondisi baik"), 5).value_or(NAN) ==
        doctest::Approx(88.0 / 90 * 100));
  CHECK(number(g, body_row(g, t31, 1, "Jumlah uji kendaraan bermotor"), 5).value_or(NAN) == doctest::Approx(85.0));
  // The goals' averages: (110 + 97,78) / 2 = 103,89; (108,33 + 85) / 2 = 96,67.
  CHECK(number(g, body_row(g, t31, 1, "Meningkatnya keselamatan lalu lintas"), 5).value_or(NAN) ==
        doctest::Approx((110.0 + 88.0 / 90 * 100) / 2));

  // 3.2. DH-01 in 2023: 25 + 24 + 23 + 26 = 98: (160 - 98) / 80 = 77,5 %; the change 110 - 77,5 = 32,5 points.
  const char* t32 = "Tabel 3.2";
  const int dh01 = body_row(g, t32, 1, "Jumlah kecelakaan lalu lintas");
  CHECK(g.text(row_starting(g, t32) + 1, 3) == "Realisasi 2023");
  CHECK(number(g, dh01, 3) == 98);
  CHECK(number(g, dh01, 4).value_or(NAN) == doctest::Approx(77.5));
  CHECK(number(g, dh01, 5) == 72);
  CHECK(number(g, dh01, 7).value_or(NAN) == doctest::Approx(32.5));
  // DH-02 in 2023: 80 / 90 = 88,89 %; the change 97,78 - 88,89 = 8,89 points.
  CHECK(number(g, body_row(g, t32, 1, "Persentase rambu dalam kondisi baik"), 7).value_or(NAN) ==
        doctest::Approx(8.0 / 90 * 100));

  // 3.3. DH-01 (end state, baseline 120, end 60, negative): (120 - 72) / (120 - 60) = 80 %.
  // DH-02: (88 - 70) / (95 - 70) = 72 %. DH-03: (13 - 8) / (15 - 8) = 71,43 %.
  // DH-04 (cumulative 9000, no baseline): 2023 1800 + 2024 1700 = 3500: 3500 / 9000 = 38,89 %.
  const char* t33 = "Tabel 3.3";
  CHECK(number(g, body_row(g, t33, 1, "Jumlah kecelakaan lalu lintas"), 7).value_or(NAN) == doctest::Approx(80.0));
  CHECK(number(g, body_row(g, t33, 1, "Persentase rambu dalam kondisi baik"), 7).value_or(NAN) == doctest::Approx(72.0));
  CHECK(number(g, body_row(g, t33, 1, "Jumlah trayek angkutan umum yang beroperasi"), 7).value_or(NAN) ==
        doctest::Approx(5.0 / 7 * 100));
  const int dh04 = body_row(g, t33, 1, "Jumlah uji kendaraan bermotor");
  CHECK(number(g, dh04, 6) == 3500);
  CHECK(number(g, dh04, 7).value_or(NAN) == doctest::Approx(3500.0 / 9000 * 100));

  // 3.4. DH-02: 88 against the national 85: met.
  CHECK(g.text(body_row(g, "Tabel 3.4", 1, "Persentase rambu dalam kondisi baik"), 5) == "Memenuhi standar");

  // 3.5. Keselamatan: pagu 400 + 600 = 1.000 million; spent 395 + 590 = 985 million: 98,5 %;
  // 103,89 - 98,5 = 5,39 points: Efisien. Angkutan: pagu 400 million; spent 240 + 135 = 375
  // million: 93,75 %; 96,67 - 93,75 = 2,92 points: Cukup Efisien.
  const char* t35 = "Tabel 3.5";
  const int safety = body_row(g, t35, 1, "Meningkatnya keselamatan lalu lintas");
  CHECK(number(g, safety, 2) == 1000000000);
  CHECK(number(g, safety, 3) == 985000000);
  CHECK(number(g, safety, 4).value_or(NAN) == doctest::Approx(98.5));
  CHECK(g.text(safety, 6) == "Efisien");
  const int transport = body_row(g, t35, 1, "Meningkatnya layanan angkutan umum");
  CHECK(number(g, transport, 3) == 375000000);
  CHECK(number(g, transport, 4).value_or(NAN) == doctest::Approx(93.75));
  CHECK(g.text(transport, 6) == "Cukup Efisien");

  // 3.6. The year's obstacles per goal.
  CHECK(g.text(body_row(g, "Tabel 3.6", 1, "Meningkatnya layanan angkutan umum"), 3) == "DH-04: TW I: Alat uji rusak");

  // The PDF: the report, then the chapter, numbers the Indonesian way.
  const std::string text = pdf_text(pdf);
  const std::size_t report_at = text.find("LAPORAN KINERJA TAHUNAN 2024");
  const std::size_t chapter_at = text.find("Tabel 3.1 Pencapaian Kinerja Tahun 2024");
  REQUIRE(report_at != std::string::npos);
  REQUIRE(chapter_at != std::string::npos);
  CHECK(report_at < chapter_at);
  for (const char* part : {"Tabel 3.5 Realisasi Anggaran per Sasaran", "985.000.000", "98,50", "Cukup Efisien",
                           "Efisiensi: capaian kinerja - serapan anggaran lebih dari 5 poin = Efisien"}) {
    CAPTURE(part);
    CHECK(text.find(part) != std::string::npos);
  }
}

TEST_CASE("text in pagu: the agreement's file and cell named, no master made") {
  TempDir dir;
  const auto master = dir.path / "tidak-ada.ods";
  const CliRun run = run_cli({"init", "--agreement", test_data("agreements/text-pagu.csv").string(), "--year", "2024",
                              "--out", master.string()});
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("text-pagu.csv: N2: Galat: \"satu miliar\" bukan angka.") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(master));
}

TEST_CASE("chapter III of the bundled example: the Sekretariat's budget, SEK-01 against 2022, SEK-02's Renstra") {
  TempDir dir;
  const auto earlier = make_master(dir.path, "buku-induk-2022.ods", 2022);
  REQUIRE(run_cli({"pull", "--master", earlier.string(), sample_path("realisasi-2022.csv")}).exit_code == 0);
  const auto master = sample_master(dir.path);
  REQUIRE(run_cli({"history", "--master", master.string(), earlier.string()}).exit_code == 0);
  REQUIRE(run_cli({"report", "--master", master.string(), "--period", "year"}).exit_code == 0);
  const core::Grid g = sheet_of(master, "Laporan Tahunan Bab III");
  // 3.5, Sekretariat's goal: pagu 150 + 100 + 250 = 500 million; spent (realisasi-2023.csv)
  // SEK-01 30 + 38 + 40 + 34 = 142, SEK-02 23, SEK-03 50 + 62 + 68 + 58 = 238: 403 million, 80,6 %;
  // capaian SEK-01 100 / 100, SEK-02 66,2 / 70, SEK-03 96,3 / 95 (its last, cumulative target):
  // average 98,65; 98,65 - 80,6 = 18,05 points: Efisien.
  const int goal = body_row(g, "Tabel 3.5", 1, "Meningkatnya akuntabilitas kinerja perangkat daerah");
  CHECK(number(g, goal, 2) == 500000000);
  CHECK(number(g, goal, 3) == 403000000);
  CHECK(number(g, goal, 4).value_or(NAN) == doctest::Approx(80.6));
  CHECK(number(g, goal, 5).value_or(NAN) == doctest::Approx((100 + 66.2 / 70 * 100 + 96.3 / 95 * 100) / 3));
  CHECK(g.text(goal, 6) == "Efisien");
  // 3.2, SEK-01 (last): 2022's TW IV 95 (realisasi-2022.csv), capaian 95; 2023 100: +5 points.
  const int sek01 = body_row(g, "Tabel 3.2", 1, "Persentase laporan kinerja dan keuangan yang disusun tepat waktu");
  CHECK(number(g, sek01, 3) == 95);
  CHECK(number(g, sek01, 4).value_or(NAN) == doctest::Approx(95.0));
  CHECK(number(g, sek01, 7).value_or(NAN) == doctest::Approx(5.0));
  // 3.3, SEK-02 (end state, baseline 55, end target 75): (66,2 - 55) / (75 - 55) = 56 %.
  CHECK(number(g, body_row(g, "Tabel 3.3", 1, "Nilai evaluasi SAKIP perangkat daerah"), 7).value_or(NAN) ==
        doctest::Approx(56.0));
}
