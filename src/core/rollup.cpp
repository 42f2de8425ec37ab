#include "core/rollup.hpp"

#include <algorithm>

namespace kinerja::core {

Aggregate aggregate(Aggregation aggregation, const QuarterValues& values, int first, int last) {
  Aggregate result;
  int count = 0;
  double acc = 0;
  for (int q = std::max(first, 1); q <= std::min(last, 4); ++q) {
    const std::optional<double>& value = values[static_cast<std::size_t>(q - 1)];
    if (!value) continue;
    const double v = *value;
    switch (aggregation) {
      case Aggregation::sum:
      case Aggregation::average: acc += v; break;
      case Aggregation::last: acc = v; break;
      case Aggregation::max: acc = count == 0 ? v : std::max(acc, v); break;
      case Aggregation::min: acc = count == 0 ? v : std::min(acc, v); break;
    }
    ++count;
    result.quarter = q;
  }
  if (count == 0) return result;
  result.value = aggregation == Aggregation::average ? acc / count : acc;
  return result;
}

QuarterTargets quarter_targets(const Indicator& indicator) {
  QuarterTargets targets;
  const QuarterValues& given = indicator.quarter_targets;
  if (indicator.target_kind == TargetKind::per_quarter) {
    targets.own = given;
    for (int q = 1; q <= 4; ++q) {
      targets.to_date[static_cast<std::size_t>(q - 1)] =
          aggregate(indicator.aggregation, given, 1, q).value;
    }
    return targets;
  }
  targets.to_date = given;
  double previous = 0;  // c(0) = 0
  for (std::size_t i = 0; i < 4; ++i) {
    if (!given[i]) continue;
    targets.own[i] = indicator.aggregation == Aggregation::sum ? *given[i] - previous : *given[i];
    previous = *given[i];
  }
  return targets;
}

Aggregate period_actual(const Indicator& indicator, const QuarterValues& actuals, Period period) {
  const QuarterRange range = quarters_of(period);
  return aggregate(indicator.aggregation, actuals, range.first, range.last);
}

std::optional<double> period_target(const Indicator& indicator, const QuarterTargets& targets,
                                    const QuarterValues& actuals, Period period) {
  if (period == Period::year && indicator.annual_target) return indicator.annual_target;
  const QuarterRange range = quarters_of(period);
  if (indicator.aggregation != Aggregation::last) {
    return aggregate(indicator.aggregation, targets.own, range.first, range.last).value;
  }
  const Aggregate actual = aggregate(Aggregation::last, actuals, range.first, range.last);
  if (actual.value) return targets.own[static_cast<std::size_t>(actual.quarter - 1)];
  return aggregate(Aggregation::last, targets.own, range.first, range.last).value;
}

std::optional<double> action_plan_annual_target(const Indicator& indicator) {
  return aggregate(indicator.aggregation, quarter_targets(indicator).own, 1, 4).value;
}

}  // namespace kinerja::core
