// What a pull makes of the values that came in (core::merge_pull), on the small agreement: every
// expected record, count and message written out by hand.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/pull_merge.hpp"
#include "small_agreement.hpp"

using namespace kinerja::core;
using kinerja::test::record;
using kinerja::test::small_agreement;

namespace {

ActualRecord quarter_record(const char* code, const char* division, int quarter, std::optional<double> value,
                            const std::string& file) {
  ActualRecord r = record(code, division, 2023, quarter, value);
  r.source_file = file;
  r.source_cell = "Formulir!G10";
  return r;
}

ActualRecord month_record(const char* code, const char* division, int month, std::optional<double> value) {
  ActualRecord r = record(code, division, 2023, (month - 1) / 3 + 1, value);
  r.month = month;
  r.source_file = "Kinerja-2023-B0" + std::to_string(month) + "-Bidang-A.xlsx";
  r.source_cell = "Formulir!G10";
  return r;
}

const ActualRecord* find(const std::vector<ActualRecord>& table, const std::string& code, int quarter) {
  for (const ActualRecord& r : table) {
    if (r.code == code && r.quarter == quarter && r.month == 0) return &r;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a pull's records split into quarters and months, each in the order read") {
  const IncomingRecords split = split_incoming({quarter_record("A-01", "Bidang A", 2, 9, "a.ods"),
                                                month_record("A-01", "Bidang A", 7, 4),
                                                quarter_record("B-01", "Bidang B", 2, 3, "b.ods"),
                                                month_record("A-01", "Bidang A", 8, 5)});
  REQUIRE(split.quarters.size() == 2);
  CHECK(split.quarters[0].code == "A-01");
  CHECK(split.quarters[1].code == "B-01");
  REQUIRE(split.months.size() == 2);
  CHECK(split.months[0].month == 7);
  CHECK(split.months[1].month == 8);
}

TEST_CASE("the master after a pull: added, replaced, unchanged, and an empty value never erases a reported one") {
  const std::vector<ActualRecord> master = {quarter_record("A-01", "Bidang A", 2, 8, "lama.ods"),
                                            quarter_record("A-02", "Bidang A", 2, 70, "lama.ods"),
                                            quarter_record("B-01", "Bidang B", 2, 3, "b.ods")};
  IncomingRecords incoming;
  incoming.quarters = {quarter_record("A-01", "Bidang A", 2, 9, "baru.ods"),
                       quarter_record("A-02", "Bidang A", 2, std::nullopt, "baru.ods"),
                       quarter_record("B-01", "Bidang B", 2, 3, "b.ods"),
                       quarter_record("A-01", "Bidang A", 1, 4, "baru.ods")};
  const PullMerge result = merge_pull(small_agreement(), master, {}, incoming, 2023, "2023-07-10 09:00:00");

  CHECK(result.merged.added == 1);      // A-01 TW I
  CHECK(result.merged.replaced == 1);   // A-01 TW II 8 -> 9
  CHECK(result.merged.unchanged == 1);  // B-01 the same again
  CHECK(result.merged.kept == 1);       // A-02 sent empty
  CHECK(result.merged.changes == std::vector<std::string>{"A-01 TW II 2023: 8 -> 9"});
  REQUIRE(result.problems.size() == 1);
  CHECK(result.problems[0].message ==
        "A-02 TW II 2023: realisasi kosong pada kiriman ini; nilai 70 dari lama.ods tetap dipakai.");
  CHECK(result.problems[0].file == "baru.ods");
  CHECK(result.quarters.size() == 4);
  REQUIRE(find(result.quarters, "A-01", 2) != nullptr);
  CHECK(find(result.quarters, "A-01", 2)->actual == 9.0);
  CHECK(find(result.quarters, "A-01", 2)->source_file == "baru.ods");
  REQUIRE(find(result.quarters, "A-02", 2) != nullptr);
  CHECK(find(result.quarters, "A-02", 2)->actual == 70.0);
  CHECK(find(result.quarters, "A-02", 2)->source_file == "lama.ods");
  CHECK(result.months.empty());
}

TEST_CASE("a quarter's months complete it: the quarter joins Realisasi, stamped with the pull, not counted as sent") {
  // A-01 sums its months: July 4 + August 5 (already in Bulanan) + September 6 (this pull) = 15.
  const std::vector<ActualRecord> months = {month_record("A-01", "Bidang A", 7, 4), month_record("A-01", "Bidang A", 8, 5)};
  IncomingRecords incoming;
  incoming.months = {month_record("A-01", "Bidang A", 9, 6)};
  const PullMerge result = merge_pull(small_agreement(), {}, months, incoming, 2023, "2023-10-05 08:00:00");
  CHECK(result.merged.added == 1);  // September only
  CHECK(result.merged.changes.empty());
  CHECK(result.problems.empty());
  CHECK(result.months.size() == 3);
  REQUIRE(result.quarters.size() == 1);
  const ActualRecord& quarter = result.quarters[0];
  CHECK(quarter.code == "A-01");
  CHECK(quarter.quarter == 3);
  CHECK(quarter.month == 0);
  CHECK(quarter.actual == 15.0);
  CHECK(quarter.source_file == "Laporan Bulanan: Juli, Agustus, September 2023");
  CHECK(quarter.pulled_at == "2023-10-05 08:00:00");

  // A September sent again as 8: the quarter becomes 17, and the log notes both changes.
  IncomingRecords again;
  again.months = {month_record("A-01", "Bidang A", 9, 8)};
  const PullMerge second = merge_pull(small_agreement(), result.quarters, result.months, again, 2023, "2023-10-06 08:00:00");
  CHECK(second.merged.replaced == 1);  // the month; the quarter made from months is no value sent
  CHECK(second.merged.changes ==
        std::vector<std::string>{"A-01 September 2023: 6 -> 8", "A-01 TW III 2023: 15 -> 17"});
  REQUIRE(find(second.quarters, "A-01", 3) != nullptr);
  CHECK(find(second.quarters, "A-01", 3)->actual == 17.0);
}

TEST_CASE("a quarterly form that differs from its months: warned only when this pull speaks of that quarter") {
  // Bidang A sent TW III as 20; its months sum to 15. The quarterly value stays.
  const std::vector<ActualRecord> master = {quarter_record("A-01", "Bidang A", 3, 20, "tw3.ods")};
  const std::vector<ActualRecord> months = {month_record("A-01", "Bidang A", 7, 4), month_record("A-01", "Bidang A", 8, 5)};
  IncomingRecords september;
  september.months = {month_record("A-01", "Bidang A", 9, 6)};
  const PullMerge spoke = merge_pull(small_agreement(), master, months, september, 2023, "2023-10-05 08:00:00");
  REQUIRE(spoke.problems.size() == 1);
  CHECK(spoke.problems[0].message ==
        "A-01 TW III 2023: kiriman triwulanan 20, laporan bulanan memberi 15 (jumlah Juli, Agustus, September): nilai "
        "triwulanan yang dipakai.");
  REQUIRE(find(spoke.quarters, "A-01", 3) != nullptr);
  CHECK(find(spoke.quarters, "A-01", 3)->actual == 20.0);

  // A later pull of Bidang B's TW II says nothing about A-01's TW III.
  IncomingRecords other;
  other.quarters = {quarter_record("B-01", "Bidang B", 2, 3, "b.ods")};
  const PullMerge silent = merge_pull(small_agreement(), spoke.quarters, spoke.months, other, 2023, "2023-10-06 08:00:00");
  CHECK(silent.problems.empty());
  CHECK(silent.merged.added == 1);
}
