// Quarter-to-semester-to-year rollups of actuals and targets (docs/rules.md "Periods" and
// "Rollups"). Empty is not zero: a quarter without a value takes no part.
#pragma once

#include <optional>

#include "core/indicator.hpp"
#include "core/period.hpp"

namespace kinerja::core {

struct Aggregate {
  std::optional<double> value;  // empty: no quarter in the range has a value
  int quarter = 0;              // the latest quarter with a value (for `last`: the one used)
};

// Combines the quarters first..last (1-based, inclusive) that have a value.
Aggregate aggregate(Aggregation aggregation, const QuarterValues& values, int first, int last);

// The action plan of one indicator, per quarter q: its own target t(q) and the target to
// date c(q). per_tw: t given, c(q) combines t(1..q); kumulatif: c given, t(q) = c(q) - c(q-1)
// for `sum` (an empty c(q-1) takes the latest earlier one, or 0), t(q) = c(q) otherwise.
struct QuarterTargets {
  QuarterValues own;
  QuarterValues to_date;
};
QuarterTargets quarter_targets(const Indicator& indicator);

// The actual of a period: the aggregation over its quarters that have data.
Aggregate period_actual(const Indicator& indicator, const QuarterValues& actuals, Period period);

// The target of a period. Year: the agreement's annual target (when empty, the action plan's
// quarters). sum / average / max / min: over the period's quarters that have a target (a
// quarter not reported still counts). last: the target of the quarter whose actual is used;
// with no actual yet, that of the period's latest quarter with a target.
std::optional<double> period_target(const Indicator& indicator, const QuarterTargets& targets,
                                    const QuarterValues& actuals, Period period);

// The annual target the action plan implies (its quarters combined), to check the agreement.
std::optional<double> action_plan_annual_target(const Indicator& indicator);

}  // namespace kinerja::core
