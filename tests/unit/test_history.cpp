// Riwayat: an earlier year's master read as history for this year's indicators, the sheet's
// round trip with typed rows, and the refusals. Expected figures worked out by hand.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/history.hpp"
#include "core/master_layout.hpp"
#include "small_agreement.hpp"

using namespace kinerja::core;

namespace {

ActualRecord actual(const std::string& code, const std::string& division, int quarter, double value) {
  ActualRecord r;
  r.division = division;
  r.year = 2022;
  r.quarter = quarter;
  r.code = code;
  r.actual = value;
  r.source_file = "2022.ods";
  return r;
}

// 2022: the small agreement; A-01 (sum, annual target 40) reported 8, 9, 10, 11 = 38;
// A-02 (last, target 80) reported 70 then 76 (TW II, the last) = 76; B-01 nothing.
PastMaster master_2022() {
  PastMaster past;
  past.file = "buku-induk-2022.ods";
  past.settings.settings.info.agency = "Satpol PP Kabupaten Contoh";
  past.settings.settings.info.year = 2022;
  past.settings.agency_cell = "Pengaturan!B2";
  past.settings.year_cell = "Pengaturan!B3";
  past.agreement = kinerja::test::small_agreement();
  past.actuals = {actual("A-01", "Bidang A", 1, 8),  actual("A-01", "Bidang A", 2, 9), actual("A-01", "Bidang A", 3, 10),
                  actual("A-01", "Bidang A", 4, 11), actual("A-02", "Bidang A", 1, 70), actual("A-02", "Bidang A", 2, 76)};
  return past;
}

// 2023: stay, B-01 is gone, C-01 is new.
Agreement agreement_2023() {
  Agreement agreement = kinerja::test::small_agreement();
  agreement.indicators.pop_back();
  agreement.indicators.push_back(kinerja::test::indicator("C-01", "Bidang C", "Sasaran 3", "Baru", "kali"));
  return agreement;
}

MasterInfo info_2023() {
  MasterInfo info;
  info.agency = "SATPOL PP Kabupaten Contoh ";  // the same agency, written another way
  info.year = 2023;
  return info;
}

bool has_problem(const std::vector<Problem>& problems, Severity severity, const std::string& start) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const Problem& p) { return p.severity == severity && p.message.rfind(start, 0) == 0; });
}

}  // namespace

TEST_CASE("an earlier master gives each of this year's indicators its target, realisasi and capaian") {
  const HistoryReading reading = history_from(master_2022(), info_2023(), agreement_2023());
  REQUIRE(reading.records.size() == 2);  // C-01 had no 2022
  const HistoryRecord& a1 = reading.records[0];
  CHECK(a1.code == "A-01");
  CHECK(a1.year == 2022);
  CHECK(a1.indicator == "Patroli");
  CHECK(a1.target == 40);
  CHECK(a1.actual == 38);                                        // 8 + 9 + 10 + 11
  CHECK(a1.achievement.value_or(NAN) == doctest::Approx(95.0));  // 38 / 40
  CHECK(a1.source == "buku-induk-2022.ods");
  const HistoryRecord& a2 = reading.records[1];
  CHECK(a2.actual == 76);                                        // last: TW II
  CHECK(a2.achievement.value_or(NAN) == doctest::Approx(95.0));  // 76 / 80
  // Every indicator that does not match is named: B-01 of 2022, C-01 of 2023.
  CHECK(has_problem(reading.problems, Severity::warning, "Indikator B-01 tahun 2022 tidak ada di PK tahun 2023"));
  CHECK(has_problem(reading.problems, Severity::warning, "Indikator C-01 tidak ada di buku induk tahun 2022"));
  CHECK(reading.problems.size() == 2);
  CHECK(reading.problems[0].file == "buku-induk-2022.ods");
}

TEST_CASE("a master of another agency, or of a year that does not precede, gives nothing") {
  PastMaster other = master_2022();
  other.settings.settings.info.agency = "Dinas Pendidikan";
  const HistoryReading foreign = history_from(other, info_2023(), agreement_2023());
  CHECK(foreign.records.empty());
  REQUIRE(foreign.problems.size() == 1);
  CHECK(foreign.problems[0].severity == Severity::error);
  CHECK(foreign.problems[0].where == "Pengaturan!B2");
  CHECK(foreign.problems[0].file == "buku-induk-2022.ods");
  CHECK(foreign.problems[0].message.rfind("Buku induk instansi lain (\"Dinas Pendidikan\"", 0) == 0);

  for (int year : {2023, 2024}) {
    PastMaster later = master_2022();
    later.settings.settings.info.year = year;
    const HistoryReading refused = history_from(later, info_2023(), agreement_2023());
    CHECK(refused.records.empty());
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems[0].where == "Pengaturan!B3");
    CHECK(refused.problems[0].message ==
          "Buku induk tahun " + std::to_string(year) + " tidak mendahului tahun 2023: riwayat hanya dari tahun-tahun sebelumnya.");
  }
}

TEST_CASE("the Riwayat sheet round trip, typed rows, bad rows and a newer reading of a year") {
  std::vector<HistoryRecord> table = history_from(master_2022(), info_2023(), agreement_2023()).records;
  Grid grid = history_grid(table);
  CHECK(grid.text(0, 0) == "Kode");
  CHECK(grid.text(0, 6) == "Sumber");
  // Someone types 2021 for A-01 (no capaian, no source), and two rows that cannot be used.
  std::vector<std::vector<Cell>> rows;
  for (int r = 0; r < grid.row_count(); ++r) {
    std::vector<Cell> row;
    for (int c = 0; c < grid.column_count(); ++c) row.push_back(grid.at(r, c));
    rows.push_back(std::move(row));
  }
  rows.push_back({std::string("A-01"), std::string("Patroli"), Number{2021}, Number{36}, std::string("30,5"), Empty{}, Empty{}});
  rows.push_back({std::string("A-02"), Empty{}, Number{2023}, Number{80}, Number{70}, Empty{}, Empty{}});   // not earlier
  rows.push_back({std::string("A-02"), Empty{}, Number{2020}, Number{80}, std::string("banyak"), Empty{}, Empty{}});
  std::vector<Problem> problems;
  std::vector<HistoryRecord> back = read_history(Grid("Riwayat", rows), 2023, problems);
  REQUIRE(back.size() == 3);
  CHECK(back[2].year == 2021);
  CHECK(back[2].actual == 30.5);
  CHECK_FALSE(back[2].achievement);
  CHECK(back[2].source == "Isian tangan");
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].where == "Riwayat!C5");
  CHECK(problems[0].message == "Tahun Riwayat A-02 harus tahun sebelum 2023: baris dilewati.");
  CHECK(problems[1].where == "Riwayat!E6");

  // Written again: by code, then year.
  const Grid sorted = history_grid(back);
  CHECK(sorted.text(1, 0) == "A-01");
  CHECK(sorted.text(1, 2) == "2021");
  CHECK(sorted.text(2, 2) == "2022");

  // A 2022 read again replaces its rows, the typed 2021 stays.
  PastMaster again = master_2022();
  again.actuals.push_back(actual("A-02", "Bidang A", 3, 79));
  const int replaced = merge_history(back, history_from(again, info_2023(), agreement_2023()).records);
  CHECK(replaced == 2);
  CHECK(back.size() == 3);
  const auto a2 = std::find_if(back.begin(), back.end(), [](const HistoryRecord& r) { return r.code == "A-02"; });
  REQUIRE(a2 != back.end());
  CHECK(a2->actual == 79);  // last: TW III now
}
