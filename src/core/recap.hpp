// The recap (Rekap): every indicator for every period, computed by the rules of this file's
// neighbours with the master's settings, in long form for filters and pivot tables; the
// list of indicators to follow up per bidang; the averages per goal.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/actuals.hpp"
#include "core/agreement.hpp"
#include "core/grid.hpp"
#include "core/period.hpp"
#include "core/settings.hpp"
#include "core/status.hpp"

namespace kinerja::core {

struct RecapRow {
  const Indicator* indicator = nullptr;
  Evaluation evaluation;
  std::string note;  // catatan: unreported quarters, behind schedule, why not computable
};

// Every indicator (agreement order) x every period (all_periods order).
std::vector<RecapRow> build_recap(const Agreement& agreement, const std::vector<ActualRecord>& actuals, int year,
                                  const Settings& settings);

// One period only.
std::vector<RecapRow> recap_for(const Agreement& agreement, const std::vector<ActualRecord>& actuals, int year,
                                const Settings& settings, Period period);

// The Rekap sheet: the titles, then one row per RecapRow; numbers as numbers.
Grid recap_grid(const std::vector<RecapRow>& rows);

// The indicators a Kabid must hear about for a period: missed, not reported, or behind the
// action plan's schedule; grouped by bidang (agreement order).
struct FollowUp {
  std::string division;
  std::vector<const RecapRow*> missed;
  std::vector<const RecapRow*> unreported;
  std::vector<const RecapRow*> behind;
};
std::vector<FollowUp> follow_ups(const std::vector<RecapRow>& period_rows);
Grid follow_up_grid(const std::vector<FollowUp>& follow_ups, Period period, int year);

// The counts the officer is told, each the number of Disposisi rows that say it: behind the
// schedule counts every listed indicator whose Disposisi row says so, as its state or (for a
// missed one) in its note.
struct FollowUpCounts {
  int missed = 0;
  int unreported = 0;
  int behind_schedule = 0;
};
FollowUpCounts count_follow_ups(const std::vector<FollowUp>& follow_ups);

// The average achievement (weighted, capped per the settings) of rows that have one.
std::optional<double> average_of(const std::vector<const RecapRow*>& rows, const Settings& settings);

}  // namespace kinerja::core
