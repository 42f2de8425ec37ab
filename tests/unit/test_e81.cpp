// The E.81 form on the small agreement with the Renstra, budget and history of test_lkjip,
// evaluated at TW II; every figure worked out by hand.
#include <doctest/doctest.h>

#include <cmath>

#include "core/e81.hpp"
#include "small_agreement.hpp"

using namespace kinerja::core;

namespace {

std::vector<ActualRecord> actuals() {
  using kinerja::test::record;
  return {record("A-01", "Bidang A", 2023, 1, 10, 3000000), record("A-01", "Bidang A", 2023, 2, 10, 4000000),
          record("A-01", "Bidang A", 2023, 3, 10, 3000000),  // after the quarter evaluated: left out
          record("A-02", "Bidang A", 2023, 2, std::nullopt, 1000000, "hujan", "patroli ulang"),
          record("B-01", "Bidang B", 2023, 1, 2, 1000000), record("B-01", "Bidang B", 2023, 2, 3, 1000000)};
}

Agreement agreement() { return kinerja::test::small_agreement_with_plan(); }

std::vector<HistoryRecord> history() {
  return {{"A-01", "Patroli", 2021, 36, 30, std::nullopt, "Isian tangan"},
          {"A-01", "Patroli", 2022, 40, 38, 95, "2022.ods"},
          {"A-02", "Ketertiban", 2022, 80, 76, 95, "2022.ods"}};
}

MasterSettings settings() {
  MasterSettings s;
  s.info.year = 2023;
  s.info.agency = "Satpol PP Kabupaten Contoh";
  return s;
}

}  // namespace

TEST_CASE("E.81 at TW II: quarters as K and Rp, what they realised, the Renstra before and now") {
  const Agreement pk = agreement();  // the rows point into it
  const E81 form = build_e81(pk, actuals(), settings(), history(), 2);
  REQUIRE(form.rows.size() == 3);
  const E81Row& a1 = form.rows[0];
  CHECK(a1.renstra_target.k == 200);
  CHECK(a1.renstra_until_last_year.k == 38);  // cumulative, the Renstra's years from 2022: 38 (2021 is before)
  CHECK(a1.year_target.k == 40);
  CHECK(a1.year_target.rp == 10000000);
  CHECK(a1.quarters[0].k == 10);
  CHECK(a1.quarters[1].rp == 4000000);
  CHECK_FALSE(a1.quarters[2].k);  // TW III comes after the quarter evaluated
  CHECK(a1.evaluated.k == 20);                                             // 12 = 10 + 10
  CHECK(a1.evaluated.rp == 7000000);                                       // 3 + 4 million
  CHECK(a1.achievement.k.value_or(NAN) == doctest::Approx(50.0));          // 13 = 20 / 40
  CHECK(a1.achievement.rp.value_or(NAN) == doctest::Approx(70.0));         // 7 / 10 million
  CHECK(a1.renstra_until_now.k == 58);                                     // 14 = 38 + 20
  CHECK(a1.renstra_achievement.k.value_or(NAN) == doctest::Approx(29.0));  // 15 = 58 / 200

  const E81Row& a2 = form.rows[1];
  CHECK(a2.renstra_until_last_year.k == 76);                        // end state: the latest earlier year
  CHECK_FALSE(a2.evaluated.k);                                      // not reported up to TW II
  CHECK(a2.achievement.rp.value_or(NAN) == doctest::Approx(20.0));  // 1 / 5 million
  CHECK_FALSE(a2.renstra_until_now.k);
  CHECK(a2.obstacles == "TW II: hujan");

  const E81Row& b1 = form.rows[2];
  CHECK(b1.evaluated.k == 5);
  CHECK(b1.achievement.k.value_or(NAN) == doctest::Approx(25.0));  // 5 / 20
  // The footer: (50 + 25) / 2 = 37,5, Sangat Rendah on the standard scale.
  CHECK(form.average.value_or(NAN) == doctest::Approx(37.5));
  CHECK(form.rating == "Sangat Rendah");
  CHECK(form.obstacles == "A-02: TW II: hujan");
  CHECK(form.follow_ups == "A-02: TW II: patroli ulang");
}

TEST_CASE("the E.81 sheet: numbered columns as K and Rp, the formula row, goals, footer") {
  const Agreement pk = agreement();  // the rows point into it
  const E81 form = build_e81(pk, actuals(), settings(), history(), 2);
  const E81Sheet sheet = e81_grid(form, settings().info);
  const Grid& g = sheet.grid;
  const E81Layout& l = sheet.layout;
  CHECK(l.column_count == 28);
  CHECK(g.text(2, 0) == "Periode pelaksanaan: Triwulan II Tahun 2023");
  CHECK(g.text(l.header_row, 4) == "Target Renstra (2026)");
  CHECK(g.text(l.header_row, 6) == "Realisasi Capaian Renstra s.d. 2022");
  CHECK(g.text(l.header_row + 1, 4) == "K");
  CHECK(g.text(l.header_row + 1, 5) == "Rp");
  CHECK(g.text(l.header_row + 2, 4) == "5");
  CHECK(g.text(l.header_row + 2, 18) == "12");
  CHECK(g.text(l.formula_row, 18) == "12 = 8+9+10+11");
  CHECK(g.text(l.formula_row, 24) == "15 = 14/5 x 100");
  CHECK(l.goal_rows.size() == 2);
  const int a1 = l.goal_rows[0] + 1;
  CHECK(g.text(a1, 2) == "A-01");
  CHECK(g.text(a1, 3) == "Patroli (kali)");
  CHECK(g.text(a1, 18) == "20");       // 12 K
  CHECK(std::get<Number>(g.at(a1, 19)).value == 7000000);  // 12 Rp
  CHECK(g.text(a1, 26) == "Bidang A");
  CHECK(g.text(l.footer_row, 1) == "Rata-rata capaian kinerja (%)");
  CHECK(g.text(l.footer_row, 20) == "37.5");
  CHECK(g.text(l.footer_row + 1, 20) == "Sangat Rendah");
  CHECK(g.text(l.footer_row + 3, 3) == "A-02: TW II: hujan");
  CHECK(e81_file_name(2, 2023) == "e81-TW2-2023.xlsx");
}
