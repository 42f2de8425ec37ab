// The tables of the LKjIP's chapter III ("Akuntabilitas Kinerja", PermenPAN-RB 53/2014) that
// the annual report gains (docs/rules.md "The annual report's chapter III"): this year's
// achievement, the years before (Riwayat), the Renstra's end target, the national standard,
// the budget per goal with its efficiency, and a draft analysis per goal.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/actuals.hpp"
#include "core/agreement.hpp"
#include "core/grid.hpp"
#include "core/history.hpp"
#include "core/master_settings.hpp"

namespace kinerja::core {

// "Laporan Tahunan Bab III": the sheet beside the annual report.
std::string chapter3_sheet_name();

// One table of the chapter: its title row, its column titles, its rows, the note under it
// (empty when none). Rows between first_row and last_row (inclusive) are its body.
struct Chapter3Table {
  std::string id;  // "3.1" ... "3.6"
  int title_row = 0;
  int header_row = 0;
  int first_row = 0;
  int last_row = 0;  // < first_row when the table has no body row
  int column_count = 0;
  int note_row = -1;
  std::vector<int> heading_rows;  // a goal's heading inside the body (table 3.1)
};

// The Renstra table's figures for one indicator (docs/rules.md): realisasi to date is this
// year's against an end-state target (kondisi akhir), the sum of the Renstra's years recorded
// (this one and Riwayat's) against a cumulative one.
struct RenstraProgress {
  std::optional<double> actual_to_date;
  std::vector<int> years;  // the years summed (a sum indicator), in order
  std::optional<double> achievement;
};
RenstraProgress renstra_progress(const Indicator& indicator, std::optional<double> this_year_actual, int year,
                                 const std::vector<HistoryRecord>& history, const Settings& settings);

// Budget per goal: the pagu of its indicators, what they spent over the year (the quarters'
// Realisasi Anggaran), serapan, the goal's average achievement and the efficiency verdict.
struct GoalBudget {
  std::string goal;
  double ceiling = 0;               // pagu, Rp
  std::optional<double> spent;      // Rp; empty when no quarter reported any
  std::optional<double> absorption; // %
  std::optional<double> achievement;
  std::optional<Efficiency> efficiency;
};
std::vector<GoalBudget> goal_budgets(const Agreement& agreement, const std::vector<ActualRecord>& actuals,
                                     const MasterSettings& settings);

// Whether a realisasi meets the national standard, by the indicator's polarity.
bool meets_standard(double actual, double standard, Polarity polarity);

struct Chapter3 {
  Grid grid;
  std::vector<Chapter3Table> tables;
  std::vector<int> history_years;  // the earlier years compared (at most two, the latest)
};

// `analyses`: per goal the Analisis the author wrote in table 3.6 (read_analyses of the sheet
// as it was), kept when the chapter is filled again.
Chapter3 build_chapter3(const Agreement& agreement, const std::vector<ActualRecord>& actuals,
                        const MasterSettings& settings, const std::vector<HistoryRecord>& history,
                        const std::map<std::string, std::string>& analyses = {});

// The Analisis column of table 3.6 on a chapter sheet: goal -> text, the empty ones left out.
std::map<std::string, std::string> read_analyses(const Grid& chapter);

}  // namespace kinerja::core
