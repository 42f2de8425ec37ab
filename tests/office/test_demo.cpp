// kinerja demo, end to end: the README's main job, and what it leaves for the user to open.
#include <doctest/doctest.h>

#include "core/sop.hpp"
#include "csv_fixture.hpp"
#include "pull_fixture.hpp"

using namespace kinerja;
using namespace kinerja::test;

TEST_CASE("kinerja demo runs the example year end to end") {
  TempDir dir;
  const auto out = dir.path / "demo";
  const CliRun run = run_cli({"demo", "--out", out.string()});
  CHECK(run.err == "");
  REQUIRE(run.exit_code == 0);
  for (const char* step : {"Buku Induk Baru", "SOP langkah 1, TW1", "1 dari Excel", "SOP langkah 2, TW4",
                           "satu bidang tidak mengirim", "Hitung Rekap", "laporan TW II", "laporan tahunan",
                           "Salin untuk Dibagikan", "buku induk 2022", "Ambil Riwayat", "Formulir E.81",
                           "Selesai dalam"}) {
    CAPTURE(step);
    CHECK(run.out.find(step) != std::string::npos);
  }
  const auto master = out / "buku-induk-2023.ods";
  REQUIRE(std::filesystem::exists(master));
  // Every sample value made it through the forms into the master, exactly.
  const std::vector<core::ActualRecord> records = master_actuals(master);
  for (const auto& [code, expected] : sample_actuals()) {
    CAPTURE(code);
    CHECK(core::quarter_actuals(records, code, 2023) == expected);
  }
  CHECK(std::filesystem::exists(out / "kiriman" / "TW2" / "Kinerja-2023-TW2-Bidang-Ketertiban-Umum-dan-Ketenteraman-Masyarakat.xlsx"));
  // The budget spent came through the forms too: SEK-03 TW I Rp 50.000.000 (an .ods filled in
  // the office), TIBUM-01 TW I Rp 70.000.000 (the .xlsx filled as Excel would), as the CSV has them.
  const auto spent = [&](const std::string& code, int quarter) {
    for (const core::ActualRecord& r : records) {
      if (r.code == code && r.quarter == quarter) return r.spent;
    }
    return std::optional<double>();
  };
  CHECK(spent("SEK-03", 1) == 50000000);
  CHECK(spent("TIBUM-01", 1) == 70000000);
  // Last year taken into Riwayat (every indicator of 2022), the chapter III in the annual PDF, the E.81.
  CHECK(sheet_of(master, "Riwayat").row_count() == 15);
  CHECK(pdf_text(out / "laporan-tahunan-2023.pdf").find("Tabel 3.5 Realisasi Anggaran per Sasaran") != std::string::npos);
  CHECK(std::filesystem::exists(out / "e81-TW4-2023.xlsx"));
  CHECK_FALSE(std::filesystem::exists(out / "kiriman" / "TW3" / "Kinerja-2023-TW3-Bidang-Perlindungan-Masyarakat.ods"));
  CHECK(sheet_of(master, "Rekap").row_count() == 141);
  CHECK(sheet_of(master, "Laporan Tahunan").text(1, 0) == "LAPORAN KINERJA TAHUNAN 2023");
  CHECK(sheet_of(master, "Laporan TW II").text(1, 0) == "LAPORAN KINERJA TRIWULAN II TAHUN 2023");
  CHECK(pdf_text(out / "laporan-TW2-2023.pdf").find("LAPORAN KINERJA TRIWULAN II TAHUN 2023") != std::string::npos);
  CHECK(pdf_text(out / "laporan-tahunan-2023.pdf").find("LAPORAN KINERJA TAHUNAN 2023") != std::string::npos);
  const core::Grid copy = sheet_of(out / "buku-induk-2023-untuk-dibagikan.xlsx", "Rekap");
  CHECK(copy.row_count() == 141);
  const core::Grid trail = sheet_of(master, "Jejak SOP");
  for (int step : {1, 2, 3, 4, 5, 9}) {
    CAPTURE(step);
    CHECK_FALSE(trail.text(core::find_sop_row(trail, step), 5).empty());
  }
  CHECK(run_cli({"demo", "--out", out.string()}).exit_code == 1);  // never into a folder with work in it
}
