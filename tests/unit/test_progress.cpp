// The monthly progress view, on the small agreement with its plan; every figure by hand.
#include <doctest/doctest.h>

#include <cmath>

#include "core/progress.hpp"
#include "small_agreement.hpp"

using namespace kinerja::core;

namespace {

ActualRecord month_of(const char* code, const char* division, int month, std::optional<double> value,
                      std::optional<double> spent = std::nullopt) {
  ActualRecord r = kinerja::test::record(code, division, 2023, (month - 1) / 3 + 1, value, spent);
  r.month = month;
  return r;
}

MasterSettings settings_2023() {
  MasterSettings s;
  s.info.agency = "Satpol PP";
  s.info.year = 2023;
  return s;
}

}  // namespace

TEST_CASE("August: the quarter so far against its schedule, the year's spending against the anggaran kas") {
  // A-01 (sum, TW III target 10, pagu Rp 10 million): July 4, August 3 -> 7 against 10 x 2/3.
  //   Spent: TW I Rp 2,000,000, TW II Rp 3,000,000, July 1,000,000, August 500,000 -> 6,500,000 = 65 %;
  //   the anggaran kas plans 70 % by August: 5 points behind.
  // A-02 (last, target 80): July 70, August 76 -> 76 against 80 = 95 %: behind.
  // B-01: no months: no data.
  const std::vector<ActualRecord> quarterly = {kinerja::test::record("A-01", "Bidang A", 2023, 1, 9, 2000000),
                                               kinerja::test::record("A-01", "Bidang A", 2023, 2, 11, 3000000)};
  std::vector<ActualRecord> monthly = {month_of("A-01", "Bidang A", 7, 4, 1000000), month_of("A-01", "Bidang A", 8, 3, 500000),
                                       month_of("A-02", "Bidang A", 7, 70), month_of("A-02", "Bidang A", 8, 76)};
  monthly[1].physical = 55;
  monthly[1].obstacle = "hujan";
  CashPlan cash;
  cash["A-01"][7] = 70;  // August
  const std::vector<ProgressRow> rows =
      monthly_progress(kinerja::test::small_agreement_with_plan(), quarterly, monthly, cash, settings_2023(), 8);
  REQUIRE(rows.size() == 3);
  const ProgressRow& a1 = rows[0];
  CHECK(a1.month_actual == 3.0);
  CHECK(a1.quarter_to_date == 7.0);
  CHECK(a1.scheduled.value_or(NAN) == doctest::Approx(20.0 / 3));
  CHECK(a1.achievement.value_or(NAN) == doctest::Approx(105.0));  // 7 / (20/3) x 100
  CHECK(a1.physical == 55.0);
  CHECK(a1.problem == "hujan");
  CHECK(a1.spent_to_date == 6500000.0);
  CHECK(a1.absorbed.value_or(NAN) == doctest::Approx(65.0));
  CHECK(a1.cash == 70.0);
  CHECK(a1.deviation.value_or(NAN) == doctest::Approx(-5.0));
  CHECK(a1.state == ProgressState::behind);  // on schedule, but spending behind the anggaran kas
  CHECK(rows[1].quarter_to_date == 76.0);
  CHECK(rows[1].scheduled == 80.0);
  CHECK(rows[1].achievement.value_or(NAN) == doctest::Approx(95.0));
  CHECK(rows[1].state == ProgressState::behind);
  CHECK(rows[2].state == ProgressState::no_data);
  CHECK(latest_month(monthly, 2023) == 8);
  CHECK(latest_month(monthly, 2024) == 0);

  // In July A-01 is 4 against 10 x 1/3: 120 %, and without an anggaran kas nothing else judges it.
  const ProgressRow july = monthly_progress(kinerja::test::small_agreement_with_plan(), quarterly, monthly, {}, settings_2023(), 7)[0];
  CHECK(july.achievement.value_or(NAN) == doctest::Approx(120.0));
  CHECK(july.state == ProgressState::on_track);

  const Grid grid = progress_grid(rows, settings_2023().info, 8);
  CHECK(grid.sheet() == "Progres Bulanan");
  CHECK(grid.text(0, 0) == "PROGRES BULANAN Agustus 2023 (TW III) - Satpol PP");
  CHECK(grid.text(1, 13) == "Keadaan");
  CHECK(grid.text(2, 13) == "Tertinggal");
  CHECK(grid.text(4, 13) == "Belum ada data");
}

TEST_CASE("the Anggaran Kas sheet: months by name or number, bad values named by their cell") {
  const Grid sheet("Anggaran Kas", {{std::string("Kode"), std::string("Januari"), std::string("Feb"), std::string("8")},
                                    {std::string("A-01"), Number{5}, Number{12.5}, Number{70}},
                                    {std::string("a-02"), std::string("sepuluh"), Empty{}, Number{120}}});
  std::vector<Problem> problems;
  const CashPlan plan = read_cash_plan(sheet, problems);
  REQUIRE(plan.count("A-01") == 1);
  CHECK(plan.at("A-01")[0] == 5.0);
  CHECK(plan.at("A-01")[1] == 12.5);
  CHECK(plan.at("A-01")[7] == 70.0);
  CHECK_FALSE(plan.at("A-02")[1]);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].where == "'Anggaran Kas'!B3");
  CHECK(problems[1].where == "'Anggaran Kas'!D3");
  CHECK(problems[1].message == "Anggaran kas a-02 120% di luar 0 sampai 100: tidak dipakai.");

  problems.clear();
  read_cash_plan(Grid("Anggaran Kas", {{std::string("Indikator")}}), problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == "Lembar Anggaran Kas tanpa kolom Kode: tidak dibaca.");
}
