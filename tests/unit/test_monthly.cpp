// Monthly progress: the monthly form's identity and name, the Bulanan sheet read back, and a
// quarter made from its months by each aggregation, worked out by hand on the small agreement.
#include <doctest/doctest.h>

#include "core/dates.hpp"
#include "core/form.hpp"
#include "core/master_layout.hpp"
#include "core/monthly.hpp"
#include "small_agreement.hpp"

using namespace kinerja::core;
using kinerja::test::small_agreement;

namespace {

ActualRecord month_record(const char* code, const char* division, int month, std::optional<double> value,
                          std::optional<double> spent = std::nullopt, const char* problem = "") {
  ActualRecord r = kinerja::test::record(code, division, 2023, (month - 1) / 3 + 1, value, spent, problem);
  r.month = month;
  r.source_file = "Kinerja-2023-B0" + std::to_string(month) + ".xlsx";
  return r;
}

MasterInfo info_2023() {
  MasterInfo info;
  info.agency = "Satpol PP";
  info.year = 2023;
  info.due_days = 10;
  return info;
}

}  // namespace

TEST_CASE("a monthly form: its quarter's rows, due after the month's end, named by the month") {
  const std::vector<Form> forms = make_monthly_forms(small_agreement(), info_2023(), 8);
  REQUIRE(forms.size() == 2);
  CHECK(forms[0].identity.month == 8);
  CHECK(forms[0].identity.quarter == 3);
  CHECK(forms[0].due.month == 9);  // 31 August + 10 days
  CHECK(forms[0].due.day == 10);
  CHECK(forms[0].rows.size() == 2);
  CHECK(forms[0].rows[0].target_quarter == 10.0);  // TW III's own target
  CHECK(forms[0].rows[0].target_to_date == 30.0);  // A-01 sums: 10 + 10 + 10
  CHECK(form_file_name(forms[0], "xlsx") == "Kinerja-2023-B08-Bidang-A.xlsx");
  CHECK(form_file_name(make_monthly_forms(small_agreement(), info_2023(), 11)[1], "ods") == "Kinerja-2023-B11-Bidang-B.ods");
  CHECK(period_text(forms[0].identity) == "Agustus 2023");
  CHECK(make_monthly_forms(small_agreement(), info_2023(), 2)[0].due.day == 10);  // 28 February + 10 = 10 March
  CHECK(make_monthly_forms(small_agreement(), info_2023(), 2)[0].due.month == 3);
}

TEST_CASE("the monthly identity reads back, and a month outside its quarter is an error naming the cell") {
  FormIdentity identity{"Bidang A", 2023, 3, "2", "abc", 8};
  const IdentityReading back = read_identity(identity_grid(identity));
  CHECK(back.found);
  CHECK(back.problems.empty());
  CHECK(back.identity.month == 8);
  CHECK(back.identity.quarter == 3);
  // A quarter's identity has no Bulan row: month 0.
  CHECK(read_identity(identity_grid({"Bidang A", 2023, 3, "2", "abc"})).identity.month == 0);

  identity.quarter = 2;  // forged: August is no month of TW II
  const IdentityReading forged = read_identity(identity_grid(identity));
  REQUIRE(forged.problems.size() == 1);
  CHECK(forged.problems[0].message == "Bulan 8 tidak termasuk triwulan 2 pada identitas formulir.");
  CHECK(forged.problems[0].where == "Identitas!B6");
  identity.month = 13;
  identity.quarter = 3;
  CHECK_FALSE(read_identity(identity_grid(identity)).problems.empty());
}

TEST_CASE("a quarter from its months: sum, last, the budget summed, the months' problems as kendala") {
  // A-01 (sum): July 4, August 5, September 6 -> TW III 15. Spent 1.0 + 2.5 + 0 million.
  // A-02 (last): July 70, September 82 (August missing) -> TW III 82.
  // B-01 (sum): only July and August -> no TW III yet.
  const std::vector<ActualRecord> months = {
      month_record("A-01", "Bidang A", 7, 4, 1000000, "hujan"), month_record("A-01", "Bidang A", 8, 5, 2500000),
      month_record("A-01", "Bidang A", 9, 6, 0, "alat rusak"),  month_record("A-02", "Bidang A", 7, 70),
      month_record("A-02", "Bidang A", 9, 82),                  month_record("B-01", "Bidang B", 7, 1),
      month_record("B-01", "Bidang B", 8, 2)};
  const QuartersFromMonths q = quarters_from_months(small_agreement(), {}, months, 2023, "2023-10-05 08:00:00");
  CHECK(q.warnings.empty());
  REQUIRE(q.derived.size() == 2);
  const ActualRecord& a1 = q.derived[0];
  CHECK(a1.code == "A-01");
  CHECK(a1.quarter == 3);
  CHECK(a1.month == 0);
  CHECK(a1.actual == 15.0);
  CHECK(a1.spent == 3500000.0);
  CHECK(a1.obstacle == "Juli: hujan; September: alat rusak");
  CHECK(a1.source_file == "Laporan Bulanan: Juli, Agustus, September 2023");
  CHECK(is_from_months(a1));
  CHECK(a1.pulled_at == "2023-10-05 08:00:00");
  CHECK(q.derived[1].code == "A-02");
  CHECK(q.derived[1].actual == 82.0);
}

TEST_CASE("average, max and min over the quarter's three months") {
  Agreement agreement = small_agreement();
  const std::vector<ActualRecord> months = {month_record("A-01", "Bidang A", 4, 3), month_record("A-01", "Bidang A", 5, 9),
                                            month_record("A-01", "Bidang A", 6, 6)};
  agreement.indicators[0].aggregation = Aggregation::average;
  CHECK(quarters_from_months(agreement, {}, months, 2023, "").derived.at(0).actual == 6.0);  // (3 + 9 + 6) / 3
  agreement.indicators[0].aggregation = Aggregation::max;
  CHECK(quarters_from_months(agreement, {}, months, 2023, "").derived.at(0).actual == 9.0);
  agreement.indicators[0].aggregation = Aggregation::min;
  CHECK(quarters_from_months(agreement, {}, months, 2023, "").derived.at(0).actual == 3.0);
  // Another year's months make nothing for 2023.
  CHECK(quarters_from_months(agreement, {}, months, 2024, "").derived.empty());
}

TEST_CASE("a quarterly submission stands over its months, a difference is a warning naming both") {
  const std::vector<ActualRecord> months = {month_record("A-01", "Bidang A", 7, 4), month_record("A-01", "Bidang A", 8, 5),
                                            month_record("A-01", "Bidang A", 9, 6), month_record("A-02", "Bidang A", 9, 80)};
  ActualRecord sent = kinerja::test::record("A-01", "Bidang A", 2023, 3, 16);
  sent.source_file = "Kinerja-2023-TW3-Bidang-A.xlsx";
  sent.source_cell = "Formulir!G10";
  ActualRecord same = kinerja::test::record("A-02", "Bidang A", 2023, 3, 80);
  const QuartersFromMonths q = quarters_from_months(small_agreement(), {sent, same}, months, 2023, "");
  CHECK(q.derived.empty());
  REQUIRE(q.warnings.size() == 1);
  CHECK(q.warnings[0].message ==
        "A-01 TW III 2023: kiriman triwulanan 16, laporan bulanan memberi 15 (jumlah Juli, Agustus, September): nilai "
        "triwulanan yang dipakai.");
  CHECK(q.warnings[0].where == "Formulir!G10");
  CHECK(q.warnings[0].file == "Kinerja-2023-TW3-Bidang-A.xlsx");

  // A quarter made earlier from the months is made again, never taken for a submission.
  ActualRecord earlier = kinerja::test::record("A-01", "Bidang A", 2023, 3, 9);
  earlier.source_file = "Laporan Bulanan: Juli, Agustus 2023";
  const QuartersFromMonths again = quarters_from_months(small_agreement(), {earlier}, months, 2023, "");
  REQUIRE(again.derived.size() == 2);
  CHECK(again.derived[0].actual == 15.0);
}

TEST_CASE("the Bulanan sheet reads back what it was written with, and names a row without a month") {
  ActualRecord r = month_record("A-01", "Bidang A", 7, 4.5, 1000000, "hujan");
  r.physical = 40;
  r.evidence = "foto";
  r.source_sha256 = "ab12";
  r.source_cell = "Formulir!G10";
  r.pulled_at = "2023-08-03 09:00:00";
  Grid grid = monthly_grid({r});
  CHECK(grid.sheet() == "Bulanan");
  CHECK(grid.text(0, 6) == "Progres Fisik (%)");
  CHECK(grid.text(1, 2) == "7");
  std::vector<Problem> problems;
  const std::vector<ActualRecord> back = read_monthly(grid, problems);
  CHECK(problems.empty());
  REQUIRE(back.size() == 1);
  CHECK(back[0].month == 7);
  CHECK(back[0].quarter == 3);
  CHECK(back[0].actual == 4.5);
  CHECK(back[0].spent == 1000000.0);
  CHECK(back[0].physical == 40.0);
  CHECK(back[0].obstacle == "hujan");
  CHECK(back[0].evidence == "foto");
  CHECK(back[0].source_cell == "Formulir!G10");

  const Grid bad("Bulanan", {master_layout::header_cells(master_layout::monthly),
                             {std::string("Bidang A"), Number{2023}, Number{13}, std::string("A-01"), Number{1}}});
  problems.clear();
  CHECK(read_monthly(bad, problems).empty());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].where == "Bulanan!A2");
}

TEST_CASE("a quarterly form replaces a quarter made from the months whole, its empty budget included") {
  ActualRecord made = kinerja::test::record("A-01", "Bidang A", 2023, 3, 15, 3500000, "Juli: hujan");
  made.source_file = "Laporan Bulanan: Juli, Agustus, September 2023";
  std::vector<ActualRecord> table = {made};
  ActualRecord sent = kinerja::test::record("A-01", "Bidang A", 2023, 3, 16);
  sent.source_file = "Kinerja-2023-TW3-Bidang-A.xlsx";
  const MergeOutcome merged = merge_actuals(table, {sent});
  CHECK(merged.replaced == 1);
  CHECK(merged.kept == 0);
  REQUIRE(table.size() == 1);
  CHECK(table[0].actual == 16.0);
  CHECK_FALSE(table[0].spent);
  CHECK(table[0].source_file == "Kinerja-2023-TW3-Bidang-A.xlsx");
  // A month and its quarter are different records.
  ActualRecord july = kinerja::test::record("A-01", "Bidang A", 2023, 3, 4);
  july.month = 7;
  CHECK(merge_actuals(table, {july}).added == 1);
}

TEST_CASE("a month as people write it") {
  CHECK(month_of("Agustus") == 8);
  CHECK(month_of("agustus 2023") == 8);
  CHECK(month_of("AGU") == 8);
  CHECK(month_of("Feb") == 2);
  CHECK(month_of("8") == 8);
  CHECK(month_of("12") == 12);
  CHECK(month_of("13") == 0);
  CHECK(month_of("0") == 0);
  CHECK(month_of("Ju") == 0);  // Juni or Juli: two letters say neither
  CHECK(month_of("August") == 0);
  CHECK(month_of("") == 0);
  CHECK(month_of("TW II") == 0);
}
