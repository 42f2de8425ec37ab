// Monthly progress (Laporan Progres Bulanan): the months' records on the master's Bulanan sheet,
// and a quarter's actual made from its months where the bidang sent no quarterly form
// (docs/rules.md "Monthly progress").
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actuals.hpp"
#include "core/agreement.hpp"
#include "core/grid.hpp"
#include "core/problem.hpp"

namespace kinerja::core {

// The Bulanan sheet: header row, then one row per month's record, with its provenance.
Grid monthly_grid(const std::vector<ActualRecord>& records);
// And back; rows without a code or a month 1..12 are errors naming their cell.
std::vector<ActualRecord> read_monthly(const Grid& grid, std::vector<Problem>& problems);

struct QuartersFromMonths {
  std::vector<ActualRecord> derived;  // to merge into Realisasi
  std::vector<Problem> warnings;      // quarterly submissions that differ from their months
};

// For every indicator and quarter of `year` with monthly values and no quarterly submission
// (a Realisasi record that did not itself come from the months), the quarter's actual by the
// indicator's aggregation over its months: sum, average, max and min need all three months,
// last needs the quarter's last month; the budget spent is the months' sum, the permasalahan
// of the months its kendala. A quarterly submission with a value stands; when its months give
// another value, a warning says both, for the quarters `warn_about` names (default: all; a pull
// names those its files touched, so that an old difference is not told again at every pull).
QuartersFromMonths quarters_from_months(
    const Agreement& agreement, const std::vector<ActualRecord>& quarterly, const std::vector<ActualRecord>& monthly,
    int year, const std::string& now,
    const std::function<bool(const std::string& code, int quarter)>& warn_about = {});

}  // namespace kinerja::core
