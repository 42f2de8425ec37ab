// The recap, the follow-up list and the report of a period, on the small agreement with
// actuals written here; every expected figure is worked out by hand in the comments.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/master_layout.hpp"
#include "core/outcome_messages.hpp"
#include "core/recap.hpp"
#include "core/report.hpp"
#include "core/suggested_names.hpp"
#include "core/text.hpp"
#include "small_agreement.hpp"

using namespace kinerja::core;
namespace rc = kinerja::core::master_layout::recap_column;
namespace pc = kinerja::core::master_layout::report_column;

namespace {

ActualRecord actual(const std::string& code, const std::string& division, int quarter, double value,
                    const std::string& obstacle = {}) {
  ActualRecord r;
  r.division = division;
  r.year = 2023;
  r.quarter = quarter;
  r.code = code;
  r.actual = value;
  r.obstacle = obstacle;
  return r;
}

// TW I 8, TW II 12.  A-02: TW I 70 (TW II not reported).  B-01: nothing.
std::vector<ActualRecord> actuals() {
  return {actual("A-01", "Bidang A", 1, 8, "hujan"), actual("A-01", "Bidang A", 2, 12, "personel kurang"),
          actual("A-02", "Bidang A", 1, 70)};
}

const RecapRow& row_of(const std::vector<RecapRow>& rows, const std::string& code, Period period) {
  const auto found = std::find_if(rows.begin(), rows.end(), [&](const RecapRow& r) {
    return r.indicator->code == code && r.evaluation.period == period;
  });
  REQUIRE(found != rows.end());
  return *found;
}

double number_at(const Grid& grid, int row, int column) { return std::get<Number>(grid.at(row, column)).value; }

}  // namespace

TEST_CASE("the recap: every indicator for every period, by the rules") {
  const Agreement agreement = kinerja::test::small_agreement();
  const std::vector<ActualRecord> records = actuals();
  const std::vector<RecapRow> rows = build_recap(agreement, records, 2023, Settings{});
  CHECK(rows.size() == 3 * 10);

  // A-01 (sum, 10 a quarter): TW I 8/10 = 80 %; s.d. TW II (8+12)/(10+10) = 100 %; the year
  // 20 of the annual 40 = 50 %, TW III and IV not reported.
  const Evaluation& a1_tw1 = row_of(rows, "A-01", Period::tw1).evaluation;
  CHECK(a1_tw1.achievement == 80);
  CHECK(a1_tw1.status == Status::missed);
  CHECK(a1_tw1.rating == "Tinggi");
  const Evaluation& a1_sd2 = row_of(rows, "A-01", Period::to_tw2).evaluation;
  CHECK(a1_sd2.actual == 20);
  CHECK(a1_sd2.target == 20);
  CHECK(a1_sd2.achievement == 100);
  CHECK(a1_sd2.status == Status::achieved);
  CHECK(row_of(rows, "A-01", Period::s1).evaluation.achievement == a1_sd2.achievement);
  const RecapRow& a1_year = row_of(rows, "A-01", Period::year);
  CHECK(a1_year.evaluation.target == 40);
  CHECK(a1_year.evaluation.achievement == 50);
  CHECK(a1_year.evaluation.rating == "Sangat Rendah");
  CHECK(a1_year.note.find("TW III, TW IV belum lapor") != std::string::npos);

  // A-02 (last, 80 a quarter): s.d. TW II uses TW I's 70 against TW I's target 80 = 87.5 %.
  const RecapRow& a2_sd2 = row_of(rows, "A-02", Period::to_tw2);
  CHECK(a2_sd2.evaluation.actual == 70);
  CHECK(a2_sd2.evaluation.target == 80);
  CHECK(a2_sd2.evaluation.achievement == 87.5);
  CHECK(a2_sd2.note.find("TW II belum lapor") != std::string::npos);

  // B-01: nothing reported is "Belum lapor", never 0.
  const Evaluation& b1 = row_of(rows, "B-01", Period::tw2).evaluation;
  CHECK_FALSE(b1.actual.has_value());
  CHECK(b1.status == Status::not_reported);

  // The sheet: the titles, then numbers as numbers in the named columns.
  const Grid grid = recap_grid(rows);
  REQUIRE(grid.row_count() == 31);
  const auto& titles = master_layout::headers(master_layout::recap);
  REQUIRE(titles.size() == static_cast<std::size_t>(rc::count));
  CHECK(titles[rc::achievement] == "Capaian (%)");
  CHECK(titles[rc::status] == "Status");
  CHECK(titles[rc::note] == "Catatan");
  for (int c = 0; c < rc::count; ++c) CHECK(grid.text(0, c) == titles[static_cast<std::size_t>(c)]);
  // Row 1 is A-01 TW I (agreement order, then all_periods order).
  CHECK(grid.text(1, rc::code) == "A-01");
  CHECK(grid.text(1, rc::period) == "TW I");
  CHECK(number_at(grid, 1, rc::target) == 10);
  CHECK(number_at(grid, 1, rc::actual) == 8);
  CHECK(number_at(grid, 1, rc::achievement) == 80);
  CHECK(grid.text(1, rc::status) == "Tidak tercapai");
}

TEST_CASE("the follow-up list for the Kabid, per bidang, with core's status labels") {
  const Agreement agreement = kinerja::test::small_agreement();
  const std::vector<ActualRecord> records = actuals();
  const std::vector<RecapRow> rows = recap_for(agreement, records, 2023, Settings{}, Period::to_tw2);
  const std::vector<FollowUp> list = follow_ups(rows);
  REQUIRE(list.size() == 2);
  CHECK(list[0].division == "Bidang A");
  REQUIRE(list[0].missed.size() == 1);
  CHECK(list[0].missed[0]->indicator->code == "A-02");  // 87.5 % < 100 %
  CHECK(list[0].unreported.empty());
  CHECK(list[1].division == "Bidang B");
  REQUIRE(list[1].unreported.size() == 1);

  const Grid grid = follow_up_grid(list, Period::to_tw2, 2023);
  CHECK(grid.sheet() == master_layout::disposition);
  CHECK(grid.text(0, 0) == "Daftar tindak lanjut s.d. TW II 2023 (disposisi kepada Kabid)");
  const auto& titles = master_layout::headers(master_layout::disposition);
  for (int c = 0; c < master_layout::disposition_column::count; ++c) {
    CHECK(grid.text(1, c) == titles[static_cast<std::size_t>(c)]);
  }
  REQUIRE(grid.row_count() == 4);
  CHECK(grid.text(2, master_layout::disposition_column::code) == "A-02");
  CHECK(grid.text(2, master_layout::disposition_column::state) == "Tidak tercapai");
  CHECK(number_at(grid, 2, master_layout::disposition_column::achievement) == 87.5);
  CHECK(grid.text(3, master_layout::disposition_column::code) == "B-01");
  CHECK(grid.text(3, master_layout::disposition_column::state) == "Belum lapor");

  // One count, one truth: A-02's row says "di belakang jadwal" in its note (87.5 % to date
  // against the schedule), so the officer's count of indicators behind the schedule is 1.
  CHECK(grid.text(2, master_layout::disposition_column::note).find("di belakang jadwal") != std::string::npos);
  CHECK(grid.text(3, master_layout::disposition_column::note).find("di belakang jadwal") == std::string::npos);
  const FollowUpCounts counts = count_follow_ups(list);
  CHECK(counts.missed == 1);
  CHECK(counts.unreported == 1);
  CHECK(counts.behind_schedule == 1);
}

TEST_CASE("the TW II report: titles, figures to date, goal and overall averages, signature") {
  MasterSettings settings;
  settings.info = {"Satpol PP Kabupaten Contoh", 2023, "Paringin", "Budi Santoso", "19700101", "Kepala Satuan", 10, 0};
  const Agreement agreement = kinerja::test::small_agreement();
  const std::vector<ActualRecord> records = actuals();
  const Report report = build_report(agreement, records, settings, Period::tw2, Date{2023, 7, 12});
  const Grid& g = report.grid;
  CHECK(g.text(1, 0) == "LAPORAN KINERJA TRIWULAN II TAHUN 2023");
  const int header = report.layout.header_row;
  CHECK(g.text(header, pc::indicator) == "Indikator Kinerja");
  CHECK(g.text(header, pc::period_target) == "Target s.d. TW II");
  CHECK(g.text(header, pc::period_actual) == "Realisasi s.d. TW II");
  CHECK(g.text(header, pc::achievement) == "Capaian (%)");
  CHECK(g.text(header, pc::rating) == "Predikat");
  CHECK(g.text(header, pc::division) == "Bidang");
  CHECK(g.column_count() == pc::count);

  // Goal rows: Sasaran 1 (A-01 100 %, A-02 87.5 %: average 93.75), then Sasaran 2 (none).
  REQUIRE(report.layout.goal_rows.size() == 2);
  REQUIRE(report.layout.indicator_rows.size() == 3);
  const int goal1 = report.layout.goal_rows[0];
  CHECK(g.text(goal1, pc::goal) == "Sasaran 1");
  CHECK(number_at(g, goal1, pc::achievement) == doctest::Approx(93.75));
  CHECK(g.text(goal1, pc::rating) == "Sangat Tinggi");

  const int a1 = report.layout.indicator_rows[0];
  CHECK(g.text(a1, pc::indicator) == "Patroli");
  CHECK(number_at(g, a1, pc::annual_target) == 40);
  CHECK(number_at(g, a1, pc::period_target) == 20);
  CHECK(number_at(g, a1, pc::first_quarter_actual) == 8);
  CHECK(number_at(g, a1, pc::first_quarter_actual + 1) == 12);
  CHECK(std::holds_alternative<Empty>(g.at(a1, pc::first_quarter_actual + 2)));  // TW III is not shown
  CHECK(number_at(g, a1, pc::period_actual) == 20);
  CHECK(number_at(g, a1, pc::achievement) == 100);
  CHECK(g.text(a1, pc::rating) == "Sangat Tinggi");
  CHECK(g.text(a1, pc::obstacle) == "TW I: hujan\nTW II: personel kurang");
  CHECK(g.text(a1, pc::division) == "Bidang A");
  const int b1 = report.layout.indicator_rows[2];
  CHECK(g.text(b1, pc::rating) == "Belum lapor");

  // Footer: (100 + 87.5) / 2 = 93.75 (B-01 has no achievement).
  REQUIRE(report.average.has_value());
  CHECK(report.average.value_or(NAN) == doctest::Approx(93.75));
  CHECK(report.average_rating == "Sangat Tinggi");
  CHECK(number_at(g, report.layout.footer_row, pc::achievement) == doctest::Approx(93.75));
  CHECK(g.text(report.layout.footer_row + 2, 13) == "Paringin, 12 Juli 2023");
  CHECK(g.text(g.row_count() - 2, 13) == "Budi Santoso");
  CHECK(g.text(g.row_count() - 1, 13) == "NIP. 19700101");
  CHECK(report.layout.row_lines.size() == static_cast<std::size_t>(g.row_count()));
}

TEST_CASE("every report header's longest word fits its column: no header breaks mid-word") {
  // Measured in Calc: bold 10 pt DejaVu Sans takes about 0.22 cm per character; 0.2 cm is
  // the cell's own padding.
  constexpr double cm_per_character = 0.22, padding_cm = 0.2;
  MasterSettings settings;
  settings.info.year = 2023;
  for (Period period : {Period::tw2, Period::s1, Period::year}) {
    const Report report = build_report(kinerja::test::small_agreement(), actuals(), settings, period, Date{2023, 7, 12});
    for (int c = 0; c < pc::count; ++c) {
      const std::string header = report.grid.text(report.layout.header_row, c);
      CAPTURE(header);
      CHECK(static_cast<double>(longest_word(header)) * cm_per_character + padding_cm <= ReportLayout::widths_cm[c]);
    }
  }
}

TEST_CASE("page breaks keep a sasaran's heading with its indicators") {
  // Rows of 10 units on pages of 45 units, the header row (row 1, 10 units) repeated on every
  // page after the first. Groups: rows 2-4, 5-7 and 8-9.
  const std::vector<int> heights(10, 10);
  const std::vector<std::pair<int, int>> groups = {{2, 4}, {5, 7}, {8, 9}};
  // Page 1: rows 0-1 (20); group 1 (30) would end on page 2, so it moves: a break before
  // row 2. Page 2: header + rows 2-4 (40); group 2 (30) does not fit: break before 5.
  // Page 3: header + 5-7 (40); group 3 (20) does not fit: break before 8.
  CHECK(group_page_breaks(heights, 45, 10, groups) == std::vector<int>{2, 5, 8});
  // Pages of 70: page 1 rows 0-4 (50), group 2 would split (rows 5-6 fit, 7 not): break
  // before 5; page 2 header + 5-9 (60) fits.
  CHECK(group_page_breaks(heights, 70, 10, groups) == std::vector<int>{5});
  // Everything on one page: no break.
  CHECK(group_page_breaks(heights, 100, 10, groups).empty());

  // A4 landscape, 1,5 cm margins, a 0,75 cm footer; columns of 40 cm fitted to its 26,7 cm:
  // (21 - 3 - 0,75) cm of paper hold 17,25 / (26,7 / 40) = 25,84 cm of the sheet.
  CHECK(page_height_in_sheet({29700, 21000, 1500, 1500, 1500, 1500, 0, 750}, 40000) == 25842);
  // Columns narrower than the page are printed at 100 %.
  CHECK(page_height_in_sheet({29700, 21000, 1500, 1500, 1500, 1500, 0, 750}, 20000) == 17250);
  // A group taller than a page is left to break where it must (after row 3); the next one
  // still moves: page 2 holds rows 4-6 (30), group 7-9 (30) does not fit.
  const std::vector<std::pair<int, int>> tall = {{1, 6}, {7, 9}};
  CHECK(group_page_breaks(heights, 45, 0, tall) == std::vector<int>{7});
}

TEST_CASE("report periods: titles read back, the SOP steps a report and its sharing complete") {
  CHECK(report_title(Period::s1, 2023) == "LAPORAN KINERJA SEMESTER I TAHUN 2023");
  CHECK(report_title(Period::year, 2023) == "LAPORAN KINERJA TAHUNAN 2023");
  for (Period period : report_periods) CHECK(report_period_of_title(report_title(period, 2024)) == period);
  CHECK(report_period_of_title("LAPORAN KINERJA SEMESTER II TAHUN 2019") == Period::s2);
  CHECK_FALSE(report_period_of_title("LAPORAN KINERJA SEMESTER II TAHUN").has_value());
  CHECK_FALSE(report_period_of_title("LAPORAN KINERJA SEMESTER III TAHUN 2023").has_value());
  CHECK_FALSE(report_period_of_title("Rekap 2023").has_value());
  CHECK_FALSE(report_period_of_title("").has_value());

  CHECK(report_sop_steps(Period::tw3) == std::vector<int>{4});
  CHECK(report_sop_steps(Period::s1) == std::vector<int>{6, 7});
  CHECK(report_sop_steps(Period::year) == std::vector<int>{9});
  CHECK(share_sop_step(Period::tw2) == 5);
  CHECK(share_sop_step(Period::s2) == 8);
  CHECK(share_sop_step(Period::year) == 5);

  CHECK(report_period(Period::tw3).evaluated == Period::to_tw3);
  CHECK(report_period(Period::tw4).evaluated == Period::year);
  CHECK(report_period(Period::s2).evaluated == Period::s2);
}

TEST_CASE("every report has its own sheet and a suggested PDF name") {
  CHECK(report_sheet_name(Period::tw2) == "Laporan TW II");
  CHECK(report_sheet_name(Period::s1) == "Laporan Semester I");
  CHECK(report_sheet_name(Period::year) == "Laporan Tahunan");
  CHECK(report_period_of_sheet("Laporan TW II") == Period::tw2);
  CHECK(report_period_of_sheet("laporan semester ii") == Period::s2);
  CHECK(report_period_of_sheet("LAPORAN TAHUNAN") == Period::year);
  CHECK_FALSE(report_period_of_sheet("Laporan").has_value());  // the placeholder or an older master's
  CHECK_FALSE(report_period_of_sheet("Laporan TW V").has_value());
  CHECK_FALSE(report_period_of_sheet("Rekap").has_value());
  CHECK(report_pdf_name(Period::tw2, 2023) == "laporan-TW2-2023.pdf");
  CHECK(report_pdf_name(Period::s1, 2023) == "laporan-semester1-2023.pdf");
  CHECK(report_pdf_name(Period::year, 2024) == "laporan-tahunan-2024.pdf");
  CHECK(share_copy_name(2023) == "buku-induk-2023-untuk-dibagikan.xlsx");
}

TEST_CASE("a new master's year is suggested from the agreement's file name, else its texts") {
  const Grid none("PK", {});
  CHECK(suggested_master_year("perjanjian-kinerja-2023.csv", none, 2026) == 2023);
  CHECK(suggested_master_year("renstra-2021-2026-pk-2024.csv", none, 2026) == 2024);  // the last one named
  CHECK(suggested_master_year("pk.csv", none, 2026) == 2026);
  CHECK(suggested_master_year("pk-20230.csv", none, 2026) == 2026);   // five digits: no year
  CHECK(suggested_master_year("pk-1999.csv", none, 2026) == 2026);    // before 2000: no year
  // The texts: 2024 twice, 2023 once; a NIP (18 digits) and numbers are no years.
  const Grid texts("PK", {{std::string("Target 2024"), std::string("Naik dari 2023")},
                          {std::string("Sasaran RPJMD 2024"), std::string("198001012006041001")},
                          {Number{2025}, Empty{}}});
  CHECK(suggested_master_year("pk.csv", texts, 2026) == 2024);
  const Grid tie("PK", {{std::string("PK 2023"), std::string("RA 2022")}});
  CHECK(suggested_master_year("pk.csv", tie, 2026) == 2023);  // a tie: the later year
  // A cell that is only a number is a figure, not a mention: the Renstra's last year, read from
  // a CSV as text, four times, does not outvote the one year the texts name.
  const Grid renstra("PK", {{std::string("Tahun Akhir Renstra"), std::string("Sasaran")},
                            {std::string("2026"), std::string("Meningkatnya pelayanan tahun 2024")},
                            {std::string("2026"), Empty{}}, {std::string("2026"), Empty{}}, {std::string(" 2026 "), Empty{}}});
  CHECK(suggested_master_year("pk.csv", renstra, 2030) == 2024);
  CHECK(suggested_master_year("pk-2022.csv", texts, 2026) == 2022);  // the file name first

  CHECK(parse_year("2023") == 2023);
  CHECK(parse_year(" 2024 ") == 2024);
  CHECK_FALSE(parse_year("").has_value());
  CHECK_FALSE(parse_year("23a").has_value());
  CHECK_FALSE(parse_year("20231").has_value());
  CHECK_FALSE(parse_year("1800").has_value());  // not a valid_year
}

TEST_CASE("a report says which quarters which bidang have not reported") {
  const Agreement agreement = kinerja::test::small_agreement();
  // actuals(): Bidang A reported TW I and TW II, Bidang B nothing.
  const std::vector<ActualRecord> records = actuals();
  const Message year = outcome::unreported(unreported_quarters(agreement, records, 2023, Period::year));
  CHECK(year.id == "Belum lapor: TW I (Bidang B); TW II (Bidang B); TW III (semua bidang); TW IV (semua bidang)");
  CHECK(year.en ==
        "Not reported yet: TW I (Bidang B); TW II (Bidang B); TW III (every division); TW IV (every division)");
  CHECK(outcome::unreported(unreported_quarters(agreement, records, 2023, Period::s1)).id ==
        "Belum lapor: TW I (Bidang B); TW II (Bidang B)");
  std::vector<ActualRecord> both = records;
  both.push_back(actual("B-01", "Bidang B", 1, 5));
  CHECK(outcome::unreported(unreported_quarters(agreement, both, 2023, Period::tw1)).id.empty());
  // On the report's sheet, under the period.
  MasterSettings settings;
  settings.info.year = 2023;
  const Report report = build_report(agreement, records, settings, Period::year, Date{2023, 7, 12});
  CHECK(report.grid.text(3, 0) == report.unreported);
  CHECK(report.unreported == year.id);
  CHECK(report.unreported_quarters.size() == 4);
}
