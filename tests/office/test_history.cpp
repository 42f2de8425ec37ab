// Riwayat: earlier years' masters taken into this year's, from the CLI and the menu; the
// expected figures are worked out by hand from the 2022 actuals written here.
#include <doctest/doctest.h>

#include <com/sun/star/frame/DispatchResultState.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "core/history.hpp"
#include "csv_fixture.hpp"
#include "office/file_url.hpp"
#include "office_fixture.hpp"
#include "pull_fixture.hpp"

using namespace kinerja::test;
using namespace kinerja;
using css::beans::PropertyValue;
using css::uno::Any;
using css::uno::Sequence;

namespace {


// A 2022 master of the sample agreement with a few actuals, pulled from a CSV:
//   SEK-01  (last, annual target 100):  TW IV 90                  -> 90, capaian 90 %
//   PPUD-02 (sum, 120):                 25 + 28 + 31 + 30 = 114    -> capaian 114 / 120 = 95 %
//   PPUD-04 (negative, sum, 200):       60 + 40 + 45 + 35 = 180    -> (2 x 200 - 180) / 200 = 110 %
std::filesystem::path master_2022(const std::filesystem::path& dir) {
  const auto master = make_master(dir, "buku-induk-2022.ods", 2022);
  const auto csv = dir / "realisasi-2022.csv";
  {
    std::ofstream out(csv);
    out << "bidang,tahun,triwulan,kode,realisasi\n"
           "Sekretariat,2022,4,SEK-01,90\n";
    const char* ppud = "Bidang Penegakan Perundang-undangan Daerah";
    int quarter = 1;
    for (int value : {25, 28, 31, 30}) out << ppud << ",2022," << quarter++ << ",PPUD-02," << value << "\n";
    quarter = 1;
    for (int value : {60, 40, 45, 35}) out << ppud << ",2022," << quarter++ << ",PPUD-04," << value << "\n";
  }
  REQUIRE(run_cli({"pull", "--master", master.string(), csv.string()}).exit_code == 0);
  return master;
}

const core::HistoryRecord* find(const std::vector<core::HistoryRecord>& records, const std::string& code, int year) {
  for (const core::HistoryRecord& r : records) {
    if (r.code == code && r.year == year) return &r;
  }
  return nullptr;
}

std::vector<core::HistoryRecord> riwayat_of(const std::filesystem::path& master) {
  std::vector<core::Problem> problems;
  std::vector<core::HistoryRecord> records = core::read_history(sheet_of(master, "Riwayat"), 2023, problems);
  CHECK(problems.empty());
  return records;
}

}  // namespace

TEST_CASE("kinerja history: an earlier year's master into Riwayat, figures by hand") {
  TempDir dir;
  const auto earlier = master_2022(dir.path);
  const auto master = make_master(dir.path);
  const CliRun run = run_cli({"history", "--master", master.string(), earlier.string()});
  CAPTURE(run.err);
  CHECK(run.exit_code == 0);
  CHECK(contains(run.out, "Riwayat diambil: 14 baris indikator dari tahun 2022 (1 berkas) ke lembar Riwayat; 0 masalah."));
  const std::vector<core::HistoryRecord> records = riwayat_of(master);
  CHECK(records.size() == 14);  // every indicator of 2023 is in 2022's agreement
  const core::HistoryRecord* sek01 = find(records, "SEK-01", 2022);
  REQUIRE(sek01 != nullptr);
  CHECK(sek01->target == 100);
  CHECK(sek01->actual == 90);
  CHECK(sek01->achievement.value_or(NAN) == doctest::Approx(90.0));
  CHECK(sek01->source == "buku-induk-2022.ods");
  const core::HistoryRecord* ppud02 = find(records, "PPUD-02", 2022);
  REQUIRE(ppud02 != nullptr);
  CHECK(ppud02->actual == 114);
  CHECK(ppud02->achievement.value_or(NAN) == doctest::Approx(95.0));
  const core::HistoryRecord* ppud04 = find(records, "PPUD-04", 2022);
  REQUIRE(ppud04 != nullptr);
  CHECK(ppud04->actual == 180);
  CHECK(ppud04->achievement.value_or(NAN) == doctest::Approx(110.0));
  const core::HistoryRecord* linmas01 = find(records, "LINMAS-01", 2022);
  REQUIRE(linmas01 != nullptr);
  CHECK(linmas01->target == 300);  // a target, nothing reported: no realisasi, not 0
  CHECK_FALSE(linmas01->actual);

  // Taken again: the same rows, not twice.
  REQUIRE(run_cli({"history", "--master", master.string(), earlier.string()}).exit_code == 0);
  CHECK(riwayat_of(master).size() == 14);
}

TEST_CASE("kinerja history refuses another agency, a year that does not precede, a file that is no master") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto foreign = dir.path / "dinas-2022.ods";
  REQUIRE(run_cli({"init", "--agreement", sample_path("perjanjian-kinerja-2023.csv"), "--year", "2022", "--agency",
                   "Dinas Pendidikan", "--out", foreign.string()})
              .exit_code == 0);
  const auto later = make_master(dir.path, "buku-induk-2024.ods", 2024);
  const auto text = dir.path / "catatan.ods";
  { std::ofstream(text) << "bukan lembar kerja"; }
  const std::string before = file_sha256(master);
  const CliRun run = run_cli({"history", "--master", master.string(), foreign.string(), later.string(), text.string()});
  CAPTURE(run.err);
  CHECK(run.exit_code == 1);
  CHECK(contains(run.err, "dinas-2022.ods: Pengaturan!B2: Galat: Buku induk instansi lain (\"Dinas Pendidikan\""));
  CHECK(contains(run.err, "buku-induk-2024.ods: Pengaturan!B3: Galat: Buku induk tahun 2024 tidak mendahului tahun 2023"));
  CHECK(contains(run.err, "catatan.ods: Galat: "));
  CHECK(contains(run.err, "Riwayat tidak diambil: tidak satu pun dari 3 berkas memberi riwayat"));
  CHECK(file_sha256(master) == before);  // nothing changed

  // One good file among them: it goes in, the others are named, exit 3.
  const auto earlier = master_2022(dir.path);
  const CliRun mixed = run_cli({"history", "--master", master.string(), foreign.string(), earlier.string()});
  CHECK(mixed.exit_code == 3);
  CHECK(riwayat_of(master).size() == 14);
}

TEST_CASE("menu: Ambil Riwayat Tahun Lalu takes an earlier master and shows Riwayat") {
  TempDir dir;
  const auto earlier = master_2022(dir.path);
  const auto master = make_master(dir.path);
  Workbook book = Workbook::load(master);
  const PropertyValue arguments[] = {argument("InputUrls", Any(ou(office::file_url(earlier))))};
  const auto event = dispatch(book, "org.kinerja:TakeHistory", Sequence<PropertyValue>(arguments, 1));
  CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
  CHECK(contains(message_of(event), say("Riwayat diambil: 14 baris indikator dari tahun 2022 (1 berkas)",
                                        "Earlier years taken: 14 indicator rows of 2022 (1 file)")));
  CHECK(active_sheet(book) == "Riwayat");
  const core::Grid riwayat = sheet_grid(book, "Riwayat");
  CHECK(riwayat.text(0, 0) == "Kode");
  CHECK(riwayat.row_count() == 15);

  // Without a master open, the menu says so before asking anything.
  Workbook other = Workbook::create();
  const auto refused = dispatch(other, "org.kinerja:TakeHistory", Sequence<PropertyValue>(arguments, 1));
  CHECK(refused.State == css::frame::DispatchResultState::FAILURE);
}
