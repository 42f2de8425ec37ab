// Merging a pull into the Realisasi table (core::merge_actuals) and the table's round trip.
#include <doctest/doctest.h>

#include "core/actuals.hpp"
#include "core/master_layout.hpp"

using namespace kinerja::core;

namespace {

ActualRecord record(const std::string& code, int quarter, std::optional<double> actual, const std::string& file,
                    const std::string& obstacle = {}) {
  ActualRecord r;
  r.division = "Bidang A";
  r.year = 2023;
  r.quarter = quarter;
  r.code = code;
  r.actual = actual;
  r.obstacle = obstacle;
  r.source_file = file;
  r.source_sha256 = file + "-hash";
  r.source_cell = "Formulir!G10";
  r.pulled_at = "2023-07-10 09:00:00";
  return r;
}

}  // namespace

TEST_CASE("a new value is added, the same content again changes nothing") {
  std::vector<ActualRecord> table;
  const MergeOutcome first = merge_actuals(table, {record("A-01", 2, 12, "a.ods")});
  CHECK(first.added == 1);
  REQUIRE(table.size() == 1);
  const MergeOutcome again = merge_actuals(table, {record("A-01", 2, 12, "a.ods")});
  CHECK(again.added == 0);
  CHECK(again.replaced == 0);
  CHECK(again.unchanged == 1);
  CHECK(again.changes.empty());
  CHECK(table.size() == 1);
}

TEST_CASE("a newer submission replaces the older value, logged old -> new, with its provenance") {
  std::vector<ActualRecord> table = {record("A-01", 2, 10, "lama.ods")};
  const MergeOutcome outcome = merge_actuals(table, {record("A-01", 2, 12, "baru.xlsx")});
  CHECK(outcome.replaced == 1);
  REQUIRE(outcome.changes.size() == 1);
  CHECK(outcome.changes[0] == "A-01 TW II 2023: 10 -> 12");
  REQUIRE(table.size() == 1);
  CHECK(table[0].actual == 12);
  CHECK(table[0].source_file == "baru.xlsx");
  CHECK(table[0].source_sha256 == "baru.xlsx-hash");

  // Within one pull the later file wins.
  std::vector<ActualRecord> fresh;
  const MergeOutcome both = merge_actuals(fresh, {record("A-01", 3, 5, "1.ods"), record("A-01", 3, 6, "2.ods")});
  CHECK(both.added == 1);
  CHECK(both.replaced == 1);
  REQUIRE(fresh.size() == 1);
  CHECK(fresh[0].actual == 6);
}

TEST_CASE("an empty value never erases a reported one") {
  std::vector<ActualRecord> table = {record("A-01", 2, 10, "lama.ods")};
  const MergeOutcome outcome = merge_actuals(table, {record("A-01", 2, std::nullopt, "baru.ods", "menyusul")});
  CHECK(outcome.kept == 1);
  CHECK(outcome.replaced == 0);
  REQUIRE(outcome.problems.size() == 1);
  CHECK(outcome.problems[0].severity == Severity::warning);
  CHECK(outcome.problems[0].file == "baru.ods");
  CHECK(outcome.problems[0].message.find("nilai 10 dari lama.ods tetap dipakai") != std::string::npos);
  CHECK(table[0].actual == 10);
  CHECK(table[0].source_file == "lama.ods");
}

TEST_CASE("other quarters, years and codes are other records") {
  std::vector<ActualRecord> table = {record("A-01", 1, 10, "tw1.ods")};
  ActualRecord other_year = record("A-01", 1, 11, "2024.ods");
  other_year.year = 2024;
  const MergeOutcome outcome =
      merge_actuals(table, {record("A-01", 2, 12, "tw2.ods"), record("A-02", 1, 70, "tw1.ods"), other_year});
  CHECK(outcome.added == 3);
  CHECK(table.size() == 4);
  const QuarterValues values = ActualsIndex(table, 2023).values("a-01");
  CHECK(values[0] == 10);
  CHECK(values[1] == 12);
  CHECK_FALSE(values[2].has_value());
}

TEST_CASE("the Realisasi sheet round trip keeps every field and its provenance") {
  const std::vector<ActualRecord> records = {record("A-01", 2, 12.5, "a.ods", "hujan"),
                                             record("A-02", 2, std::nullopt, "a.ods", "menyusul")};
  const Grid grid = actuals_grid(records);
  REQUIRE(grid.row_count() == 3);
  CHECK(grid.text(0, 0) == master_layout::headers(master_layout::actuals)[0]);
  std::vector<Problem> problems;
  const std::vector<ActualRecord> back = read_actuals(grid, problems);
  CHECK(problems.empty());
  REQUIRE(back.size() == 2);
  CHECK(back[0].same_content(records[0]));
  CHECK(back[1].same_content(records[1]));
  CHECK_FALSE(back[1].actual.has_value());
  CHECK(back[0].source_cell == "Formulir!G10");
}

TEST_CASE("a Realisasi row changed by hand after the pull loses its claimed source, with a warning") {
  const std::vector<ActualRecord> records = {record("A-01", 2, 12, "a.ods"), record("A-02", 2, 7, "b.ods")};
  const Grid sealed = actuals_grid(records);
  std::vector<Problem> clean;
  CHECK(read_actuals(sealed, clean).size() == 2);
  CHECK(clean.empty());  // as Kinerja wrote it: no warning

  // Someone types 15 over A-01's 12, and adds a row of their own (no seal).
  std::vector<std::vector<Cell>> rows;
  for (int r = 0; r < sealed.row_count(); ++r) {
    std::vector<Cell> row;
    for (int c = 0; c < sealed.column_count(); ++c) row.push_back(sealed.at(r, c));
    rows.push_back(std::move(row));
  }
  rows[1][4] = Number{15};
  rows.push_back({std::string("Bidang A"), Number{2023}, Number{3}, std::string("A-01"), Number{9}});
  std::vector<Problem> problems;
  const std::vector<ActualRecord> back = read_actuals(Grid("Realisasi", rows), problems);
  REQUIRE(back.size() == 3);
  CHECK(back[0].actual == 15);
  CHECK(back[0].source_file == "Isian tangan di buku induk (semula a.ods)");
  CHECK(back[0].source_sha256.empty());
  CHECK(back[0].source_cell == "Realisasi!E2");
  CHECK(back[1].source_file == "b.ods");  // untouched
  CHECK(back[2].source_file == "Isian tangan di buku induk");
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].severity == Severity::warning);
  CHECK(problems[0].where == "Realisasi!E2");
  CHECK(problems[0].message == "Baris Realisasi A-01 TW II 2023 diubah atau diisi tangan setelah ditarik dari a.ods: "
                               "asalnya kini dicatat sebagai isian tangan.");

  // Written back, the new provenance is sealed: no warning again.
  std::vector<Problem> again;
  CHECK(read_actuals(actuals_grid(back), again).size() == 3);
  CHECK(again.empty());

  // A master from before the seals (no Segel column) is read as it is.
  std::vector<std::vector<Cell>> old = {{std::string("Bidang"), std::string("Tahun"), std::string("Triwulan"),
                                         std::string("Kode"), std::string("Realisasi")},
                                        {std::string("Bidang A"), Number{2023}, Number{1}, std::string("A-01"), Number{3}}};
  std::vector<Problem> none;
  CHECK(read_actuals(Grid("Realisasi", old), none).size() == 1);
  CHECK(none.empty());
}

TEST_CASE("the budget spent rides with its record: round trip, merge, and seals written before it stay valid") {
  ActualRecord with_budget = record("A-01", 2, 12, "a.ods");
  with_budget.spent = 125000000;
  with_budget.spent_cell = "Formulir!H10";
  const std::vector<ActualRecord> records = {with_budget, record("A-02", 2, 7, "a.ods")};
  const Grid grid = actuals_grid(records);
  // The columns: Realisasi (E), Realisasi Anggaran (Rp) (F), ..., Sel Asal (L), Sel Asal Anggaran (M).
  CHECK(grid.text(0, 5) == "Realisasi Anggaran (Rp)");
  CHECK(grid.text(0, 12) == "Sel Asal Anggaran");
  std::vector<Problem> problems;
  const std::vector<ActualRecord> back = read_actuals(grid, problems);
  CHECK(problems.empty());
  REQUIRE(back.size() == 2);
  CHECK(back[0].spent == 125000000);
  CHECK(back[0].spent_cell == "Formulir!H10");
  CHECK_FALSE(back[1].spent);

  // A Realisasi sheet written before the budget columns (13 columns, its own seals) reads
  // without a single warning: the seal of a row without a budget is what it always was.
  std::vector<std::vector<Cell>> old = {{std::string("Bidang"), std::string("Tahun"), std::string("Triwulan"),
                                         std::string("Kode"), std::string("Realisasi"), std::string("Kendala"),
                                         std::string("Tindak Lanjut"), std::string("Bukti Dukung"),
                                         std::string("Berkas Asal"), std::string("SHA-256 Berkas"),
                                         std::string("Sel Asal"), std::string("Waktu Tarik"), std::string("Segel")}};
  const ActualRecord plain = record("A-02", 2, 7, "a.ods");
  old.push_back({plain.division, Number{2023}, Number{2}, plain.code, Number{7}, Empty{}, Empty{}, Empty{},
                 plain.source_file, plain.source_sha256, plain.source_cell, plain.pulled_at, record_seal(plain)});
  std::vector<Problem> none;
  REQUIRE(read_actuals(Grid("Realisasi", old), none).size() == 1);
  CHECK(none.empty());

  // A budget typed over by hand breaks the seal like any other value.
  std::vector<std::vector<Cell>> rows;
  for (int r = 0; r < grid.row_count(); ++r) {
    std::vector<Cell> row;
    for (int c = 0; c < grid.column_count(); ++c) row.push_back(grid.at(r, c));
    rows.push_back(std::move(row));
  }
  rows[1][5] = Number{150000000};
  std::vector<Problem> edited;
  const std::vector<ActualRecord> typed = read_actuals(Grid("Realisasi", rows), edited);
  REQUIRE(edited.size() == 1);
  CHECK(typed[0].source_file == "Isian tangan di buku induk (semula a.ods)");
  CHECK(typed[0].spent_cell == "Realisasi!F2");

  // Merging: a new budget replaces the old one, logged; an empty one never erases it.
  std::vector<ActualRecord> table = {with_budget};
  ActualRecord more = with_budget;
  more.spent = 130000000;
  more.source_file = "b.ods";
  const MergeOutcome replaced = merge_actuals(table, {more});
  CHECK(replaced.replaced == 1);
  REQUIRE(replaced.changes.size() == 1);
  CHECK(replaced.changes[0] == "A-01 TW II 2023: 12 -> 12, anggaran Rp 125.000.000 -> Rp 130.000.000");
  ActualRecord none_spent = more;
  none_spent.spent.reset();
  none_spent.source_file = "c.ods";
  const MergeOutcome kept = merge_actuals(table, {none_spent});
  CHECK(kept.kept == 1);
  CHECK(table[0].spent == 130000000);
  CHECK(table[0].source_file == "b.ods");
  REQUIRE(kept.problems.size() == 1);
  CHECK(kept.problems[0].message ==
        "A-01 TW II 2023: realisasi anggaran kosong pada kiriman ini; Rp 130.000.000 dari b.ods tetap dipakai.");
}
