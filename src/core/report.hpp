// The performance report (Laporan Kinerja) of a period in the SOP's format (docs/rules.md "The
// reports"): header block, one row per indicator grouped by goal with the goal's average,
// the footer with the average and its rating, place and date, signature block.
#pragma once

#include <string>
#include <vector>

#include "core/actuals.hpp"
#include "core/agreement.hpp"
#include "core/dates.hpp"
#include "core/grid.hpp"
#include "core/master_layout.hpp"
#include "core/master_settings.hpp"
#include "core/period.hpp"

namespace kinerja::core {

// The signature block's NIP line: "NIP. 19700101...", "NIP. -" without one (and in a
// copy to share, which leaves the NIP out).
inline constexpr std::string_view nip_prefix = "NIP. ";
std::string nip_line(std::string_view nip);

// The report kinds the SOP names: quarterly (TW I-IV: to date), semester, annual.
struct ReportPeriod {
  Period period;     // tw1..tw4, s1, s2, year (as asked)
  Period evaluated;  // the period the achievements are computed over (TW n: s.d. TW n)
};
ReportPeriod report_period(Period asked);

// "LAPORAN KINERJA TRIWULAN II TAHUN 2023", "... SEMESTER I ...", "LAPORAN KINERJA TAHUNAN 2023".
std::string report_title(Period period, int year);

// The report period whose title this is (the inverse of report_title, for any year), or nullopt.
std::optional<Period> report_period_of_title(std::string_view title);

// Every report has its own sheet, refilled in place: "Laporan TW II", "Laporan Semester I",
// "Laporan Tahunan" (master_layout::report, a space, the period's label).
std::string report_sheet_name(Period period);

// The report period of a sheet of that name (letter case aside), or nullopt: the master's
// own "Laporan" sheet (a new master's placeholder, or the one report of an older master) and
// every other sheet.
std::optional<Period> report_period_of_sheet(std::string_view sheet_name);

// The SOP steps a report of this period completes, in order: a quarterly report step 4; a
// semester report steps 6 (the recap of its quarters) and 7; the annual report step 9.
std::vector<int> report_sop_steps(Period period);

// The SOP step that sharing a report (its PDF or the copy to share) completes: a semester
// report is socialised in step 8, every other report in step 5.
int share_sop_step(Period period);

// The texts (kendala, tindak lanjut) of the period's quarters: one quarter as is, several
// prefixed "TW n: ", one per line.
std::string quarter_texts(const std::vector<const ActualRecord*>& records, Period period, std::string ActualRecord::*field);

struct ReportLayout {
  int header_row = 0;        // the table's column titles (repeated on every printed page)
  int first_row = 0;         // the first goal / indicator row
  int last_row = 0;          // the last indicator row
  int footer_row = 0;        // the average of all indicators
  std::vector<int> goal_rows;
  std::vector<int> indicator_rows;
  int column_count = master_layout::report_column::count;
  // Column widths in cm, for A4 landscape fitted to the page width.
  // Each wide enough for the longest word of its header ("Realisasi"): a header never
  // breaks mid-word.
  static constexpr double widths_cm[master_layout::report_column::count] = {1,   4.5, 6,   1.6, 1.9, 2.2,
                                                                          2.2, 2.2, 2.2, 2.2, 2.2, 1.9,
                                                                          2.4, 4.5, 4.5, 3.5};
  // Lines each row needs with wrapped text in those widths (an estimate, so that a large
  // report does not have the office measure every row).
  std::vector<int> row_lines;
};

// A printed page, in 1/100 mm: its size, its margins, and the header and footer (each with
// its distance to the body; 0 when off).
struct PageGeometry {
  int width = 0, height = 0, top = 0, bottom = 0, left = 0, right = 0, header = 0, footer = 0;
};

// How much of the sheet's height one page holds when columns `columns_width` wide (1/100 mm)
// are fitted to the page's width (never enlarged).
int page_height_in_sheet(const PageGeometry& page, int columns_width);

// Rows before which a manual page break keeps each group (a sasaran's heading and its
// indicators, [first, last] rows) on one page: `heights` of every row, a page holding
// `page_height`, and the repeated title row taking `repeated_height` on every page after the
// first. A group taller than a page breaks where it must.
std::vector<int> group_page_breaks(const std::vector<int>& heights, int page_height, int repeated_height,
                                   const std::vector<std::pair<int, int>>& groups);

// The report's bar chart: achievement per indicator, or per goal / per bidang when there are
// too many indicators for bars to be read (more than chart_points_max).
struct ReportChart {
  static constexpr std::size_t chart_points_max = 100;
  std::string title;
  std::vector<std::pair<std::string, double>> points;
};

// The quarters of a period some bidang have not reported yet (no actual for any of their
// indicators), in order; a report filled before its year is over says so.
struct UnreportedQuarter {
  int quarter = 0;
  std::vector<std::string> divisions;  // agreement order
  bool all = false;                    // no bidang has reported it
};
std::vector<UnreportedQuarter> unreported_quarters(const Agreement& agreement, const std::vector<ActualRecord>& actuals,
                                                   int year, Period period);
// "Belum lapor: TW III (semua bidang); TW IV (Bidang A, Bidang B)"; empty when all reported.

struct Report {
  Grid grid;
  std::vector<UnreportedQuarter> unreported_quarters;  // of the report's period
  std::string unreported;  // outcome::unreported(unreported_quarters), on the sheet (row 4)
  ReportLayout layout;
  ReportChart chart;
  std::optional<double> average;
  std::string average_rating;
};

Report build_report(const Agreement& agreement, const std::vector<ActualRecord>& actuals,
                    const MasterSettings& settings, Period period, const Date& date);

}  // namespace kinerja::core
