// The annual report's chapter III tables on the small agreement with a Renstra, a national
// standard, a budget and history written here; every figure is worked out by hand.
#include <doctest/doctest.h>

#include <cmath>

#include "core/lkjip.hpp"
#include "small_agreement.hpp"

using namespace kinerja::core;

namespace {

// 2023. A-01 (sum, target 40): 10 + 10 + 10 + 12 = 42, capaian 105 %; spent Rp 3, 4, 3 and 3,5 million.
// A-02 (last, target 80): TW IV 84, capaian 105 %; spent Rp 1 million in TW II; kendala "hujan" in TW II.
// B-01 (sum, target 20): 2 + 3 + 3 + 2 = 10, capaian 50 %; spent Rp 1 million each quarter.
std::vector<ActualRecord> actuals() {
  using kinerja::test::record;
  std::vector<ActualRecord> out = {
      record("A-01", "Bidang A", 2023, 1, 10, 3000000), record("A-01", "Bidang A", 2023, 2, 10, 4000000),
      record("A-01", "Bidang A", 2023, 3, 10, 3000000), record("A-01", "Bidang A", 2023, 4, 12, 3500000),
      record("A-02", "Bidang A", 2023, 2, std::nullopt, 1000000, "hujan"), record("A-02", "Bidang A", 2023, 4, 84)};
  int quarter = 1;
  for (double value : {2.0, 3.0, 3.0, 2.0}) out.push_back(record("B-01", "Bidang B", 2023, quarter++, value, 1000000));
  return out;
}

Agreement agreement() { return kinerja::test::small_agreement_with_plan(); }

// 2020 20, 2021 30 (target 36, no capaian: typed), 2022 38 (capaian 95). A-02: 2022 76 (95).
std::vector<HistoryRecord> history() {
  return {{"A-01", "Patroli", 2020, 30, 20, std::nullopt, "Isian tangan"},
          {"A-01", "Patroli", 2021, 36, 30, std::nullopt, "Isian tangan"},
          {"A-01", "Patroli", 2022, 40, 38, 95, "buku-induk-2022.ods"},
          {"A-02", "Ketertiban", 2022, 80, 76, 95, "buku-induk-2022.ods"}};
}

// A cell's number; nullopt for an empty or text cell.
std::optional<double> number(const Grid& grid, int row, int column) {
  const auto* value = std::get_if<Number>(&grid.at(row, column));
  return value ? std::optional<double>(value->value) : std::nullopt;
}

MasterSettings settings() {
  MasterSettings s;
  s.info.year = 2023;
  return s;
}

const Chapter3Table& table(const Chapter3& chapter, const std::string& id) {
  for (const Chapter3Table& t : chapter.tables) {
    if (t.id == id) return t;
  }
  FAIL("no table " << id);
  return chapter.tables.front();
}

}  // namespace

TEST_CASE("table 3.1: this year's target, realisasi and capaian") {
  const Chapter3 chapter = build_chapter3(agreement(), actuals(), settings(), history());
  CHECK(chapter.grid.sheet() == "Laporan Tahunan Bab III");
  const Chapter3Table& t = table(chapter, "3.1");
  CHECK(chapter.grid.text(t.title_row, 0) == "Tabel 3.1 Pencapaian Kinerja Tahun 2023");
  // Sasaran 1 (its average), A-01, A-02, Sasaran 2, B-01.
  REQUIRE(t.last_row - t.first_row + 1 == 5);
  CHECK(t.heading_rows == std::vector<int>{t.first_row, t.first_row + 3});
  const Grid& g = chapter.grid;
  CHECK(g.text(t.first_row, 1) == "Sasaran 1");
  CHECK(number(g, t.first_row, 5).value_or(NAN) == doctest::Approx(105.0));  // (105 + 105) / 2
  const int a1 = t.first_row + 1;
  CHECK(g.text(a1, 1) == "Patroli");
  CHECK(number(g, a1, 3) == 40);
  CHECK(number(g, a1, 4) == 42);
  CHECK(number(g, a1, 5).value_or(NAN) == doctest::Approx(105.0));
  CHECK(number(g, t.first_row + 4, 5).value_or(NAN) == doctest::Approx(50.0));  // B-01: 10 / 20
}

TEST_CASE("table 3.2: the two latest earlier years, capaian computed for a typed row, the change") {
  const Chapter3 chapter = build_chapter3(agreement(), actuals(), settings(), history());
  CHECK(chapter.history_years == std::vector<int>{2021, 2022});
  const Chapter3Table& t = table(chapter, "3.2");
  const Grid& g = chapter.grid;
  CHECK(g.text(t.header_row, 3) == "Realisasi 2021");
  CHECK(g.text(t.header_row, 6) == "Capaian 2022 (%)");
  CHECK(g.text(t.header_row, 9) == "Perubahan Capaian (poin)");
  const int a1 = t.first_row;
  CHECK(number(g, a1, 3) == 30);
  CHECK(number(g, a1, 4).value_or(NAN) == doctest::Approx(30.0 / 36 * 100));  // typed 2021: 30 / 36
  CHECK(number(g, a1, 5) == 38);
  CHECK(number(g, a1, 6).value_or(NAN) == doctest::Approx(95.0));
  CHECK(number(g, a1, 7) == 42);
  CHECK(number(g, a1, 8).value_or(NAN) == doctest::Approx(105.0));
  CHECK(number(g, a1, 9).value_or(NAN) == doctest::Approx(10.0));  // 105 - 95
  const int b1 = t.first_row + 2;                   // B-01: no history
  CHECK_FALSE(number(g, b1, 5));
  CHECK_FALSE(number(g, b1, 9));
  CHECK(g.text(t.note_row, 0).find("capaian 2023 dikurangi capaian 2022") != std::string::npos);

  // Without history: this year only, and the way to get it.
  const Chapter3 alone = build_chapter3(agreement(), actuals(), settings(), {});
  const Chapter3Table& bare = table(alone, "3.2");
  CHECK(alone.grid.text(bare.header_row, 3) == "Realisasi 2023");
  CHECK(alone.grid.text(bare.note_row, 0).find("Ambil Riwayat Tahun Lalu") != std::string::npos);
}

TEST_CASE("table 3.3: realisasi to date against the Renstra end target") {
  const Chapter3 chapter = build_chapter3(agreement(), actuals(), settings(), history());
  const Chapter3Table& t = table(chapter, "3.3");
  const Grid& g = chapter.grid;
  REQUIRE(t.last_row - t.first_row + 1 == 2);  // have an end target
  // A-01, a cumulative target: the Renstra's years 2022-2026 recorded: 2022 38 + 2023 42 = 80 (2021 is before it);
  // no baseline: 80 / 200 = 40 %.
  CHECK(number(g, t.first_row, 6) == 80);
  CHECK(number(g, t.first_row, 7).value_or(NAN) == doctest::Approx(40.0));
  CHECK(number(g, t.first_row, 5) == 2026);
  // A-02, an end-state target: 84 now; from the baseline 60 toward 90: (84 - 60) / (90 - 60) = 80 %.
  CHECK(number(g, t.first_row + 1, 6) == 84);
  CHECK(number(g, t.first_row + 1, 7).value_or(NAN) == doctest::Approx(80.0));
  const RenstraProgress progress =
      renstra_progress(agreement().indicators[0], 42, 2023, history(), Settings{});
  CHECK(progress.years == std::vector<int>{2022, 2023});
  // The same indicator with an end-state target: this year's 42 against 200.
  Indicator level = agreement().indicators[0];
  level.renstra_kind = RenstraTargetKind::end_state;
  const RenstraProgress now = renstra_progress(level, 42, 2023, history(), Settings{});
  CHECK(now.actual_to_date == 42);
  CHECK(now.achievement.value_or(NAN) == doctest::Approx(21.0));
  CHECK(now.years == std::vector<int>{2023});
}

TEST_CASE("table 3.4: the national standard by polarity") {
  const Chapter3 chapter = build_chapter3(agreement(), actuals(), settings(), history());
  const Chapter3Table& t = table(chapter, "3.4");
  REQUIRE(t.last_row == t.first_row);
  CHECK(chapter.grid.text(t.first_row, 5) == "Memenuhi standar");  // 84 >= 75
  CHECK(meets_standard(10, 12, Polarity::negative));
  CHECK_FALSE(meets_standard(14, 12, Polarity::negative));
}

TEST_CASE("table 3.5: pagu, realisasi, serapan and efficiency per goal, with the rule") {
  const std::vector<GoalBudget> budgets = goal_budgets(agreement(), actuals(), settings());
  REQUIRE(budgets.size() == 2);
  // Sasaran 1: pagu 10 + 5 = 15 million; spent 3 + 4 + 3 + 3,5 + 1 = 14,5 million: 96,67 %;
  // capaian (105 + 105) / 2 = 105; 105 - 96,67 = 8,33 points > 5: Efisien.
  CHECK(budgets[0].ceiling == 15000000);
  CHECK(budgets[0].spent == 14500000);
  CHECK(budgets[0].absorption.value_or(NAN) == doctest::Approx(14.5 / 15 * 100));
  CHECK(budgets[0].achievement.value_or(NAN) == doctest::Approx(105.0));
  CHECK(budgets[0].efficiency == Efficiency::efficient);
  // Sasaran 2: 4 million spent of 4: 100 %; capaian 50: 50 - 100 = -50: Tidak Efisien.
  CHECK(budgets[1].absorption.value_or(NAN) == doctest::Approx(100.0));
  CHECK(budgets[1].efficiency == Efficiency::inefficient);
  const Chapter3 chapter = build_chapter3(agreement(), actuals(), settings(), history());
  const Chapter3Table& t = table(chapter, "3.5");
  CHECK(chapter.grid.text(t.first_row, 6) == "Efisien");
  CHECK(chapter.grid.text(t.first_row + 1, 6) == "Tidak Efisien");
  CHECK(chapter.grid.text(t.note_row, 0) ==
        "Efisiensi: capaian kinerja - serapan anggaran lebih dari 5 poin = Efisien; antara -5 dan 5 poin = Cukup "
        "Efisien; kurang dari -5 poin = Tidak Efisien.");
  // A wider margin, as Pengaturan may set it: 10 points makes Sasaran 1 (8,33) Cukup Efisien.
  MasterSettings wide = settings();
  wide.rules.efficiency_margin = 10;
  CHECK(goal_budgets(agreement(), actuals(), wide)[0].efficiency == Efficiency::fairly_efficient);
  // No pagu anywhere: the table says how to get one.
  const Chapter3 none = build_chapter3(kinerja::test::small_agreement(), actuals(), settings(), {});
  CHECK(none.grid.text(table(none, "3.5").note_row, 0).find("isi kolom Pagu (Rp)") != std::string::npos);
}

TEST_CASE("table 3.6: the year's obstacles per goal as material, the author's analysis kept") {
  const Chapter3 chapter = build_chapter3(agreement(), actuals(), settings(), history());
  const Chapter3Table& t = table(chapter, "3.6");
  const Grid& g = chapter.grid;
  CHECK(g.text(t.first_row, 1) == "Sasaran 1");
  CHECK(g.text(t.first_row, 3) == "A-02: TW II: hujan");
  CHECK(g.text(t.first_row + 1, 3) == "Tidak ada kendala tercatat.");
  CHECK(g.text(t.first_row, 5).empty());
  // The author writes an analysis; filled again, it stays.
  std::vector<std::vector<Cell>> rows;
  for (int r = 0; r < g.row_count(); ++r) {
    std::vector<Cell> row;
    for (int c = 0; c < g.column_count(); ++c) row.push_back(g.at(r, c));
    rows.push_back(std::move(row));
  }
  rows[static_cast<std::size_t>(t.first_row)][5] = std::string("Patroli rutin berhasil karena ...");
  const auto analyses = read_analyses(Grid("Laporan Tahunan Bab III", rows));
  REQUIRE(analyses.size() == 1);
  const Chapter3 again = build_chapter3(agreement(), actuals(), settings(), history(), analyses);
  CHECK(again.grid.text(table(again, "3.6").first_row, 5) == "Patroli rutin berhasil karena ...");
}
