// The monthly progress view (Progres Bulanan): for a month, each indicator's quarter so far
// against the action plan's schedule, and the year's spending so far against the anggaran kas
// when the master has one, so that what is behind shows before the quarter ends
// (docs/rules.md "Monthly progress").
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/actuals.hpp"
#include "core/agreement.hpp"
#include "core/grid.hpp"
#include "core/master_settings.hpp"
#include "core/problem.hpp"

namespace kinerja::core {

// Anggaran kas per indicator code (code_key): the cumulative % of the pagu planned by the end
// of each month (index 0: January); nullopt where the sheet leaves a month empty.
using CashPlan = std::map<std::string, std::array<std::optional<double>, 12>>;

// The Anggaran Kas sheet: a header row with Kode and the months (Januari.. or 1..12), then a
// row per indicator. A value that is no number, or outside 0..100, is an error naming its cell.
CashPlan read_cash_plan(const Grid& grid, std::vector<Problem>& problems);

enum class ProgressState { on_track, behind, no_data };

struct ProgressRow {
  std::string code, division, goal, name, unit;
  std::optional<double> month_actual;     // the month's own realisasi
  std::optional<double> quarter_to_date;  // the quarter so far, by the indicator's aggregation
  std::optional<double> scheduled;        // the plan for the quarter so far
  std::optional<double> achievement;      // quarter_to_date against scheduled, %
  std::optional<double> physical;         // the month's progres fisik, %
  std::optional<double> spent_to_date;    // Rp, January to the month
  std::optional<double> absorbed;         // spent_to_date / pagu x 100
  std::optional<double> cash;             // the anggaran kas to the month, % of the pagu
  std::optional<double> deviation;        // absorbed - cash, points
  std::string problem;                    // the month's permasalahan
  ProgressState state = ProgressState::no_data;
};

// The view for `month` of `year`. The schedule: a sum indicator's quarter target pro rata to
// the months gone (August, the second month of TW III: 2/3 of it); any other keeps its quarter
// target, a level to hold. Behind: achievement below the missed threshold, or spending behind
// the anggaran kas (a negative deviation). The year's spending: the quarters before the month's
// (Realisasi) and the quarter's months to the month (Bulanan).
std::vector<ProgressRow> monthly_progress(const Agreement& agreement, const std::vector<ActualRecord>& quarterly,
                                          const std::vector<ActualRecord>& monthly, const CashPlan& cash,
                                          const MasterSettings& settings, int month);

// The latest month of `year` with monthly records; 0 when none.
int latest_month(const std::vector<ActualRecord>& monthly, int year);

// "Sesuai jadwal", "Tertinggal", "Belum ada data".
std::string_view label_of(ProgressState state);

// The Progres Bulanan sheet: a title row, then the table.
Grid progress_grid(const std::vector<ProgressRow>& rows, const MasterInfo& info, int month);

}  // namespace kinerja::core
