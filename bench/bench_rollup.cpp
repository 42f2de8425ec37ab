// Status and rollup of 10,000 indicators over every period (target: under 20 ms).
// Prints the median of several runs.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

#include "core/status.hpp"

using namespace kinerja::core;

int main(int argc, char** argv) {
  const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
  std::mt19937 rng(42);
  std::uniform_real_distribution<double> value(0, 500);
  std::bernoulli_distribution missing(0.1);
  std::vector<Indicator> indicators(static_cast<std::size_t>(count));
  std::vector<QuarterValues> actuals(indicators.size());
  for (std::size_t n = 0; n < indicators.size(); ++n) {
    Indicator& i = indicators[n];
    i.code = "IND-" + std::to_string(n);
    i.polarity = n % 3 == 0 ? Polarity::negative : Polarity::positive;
    i.aggregation = static_cast<Aggregation>(n % 5);
    i.target_kind = n % 4 == 0 ? TargetKind::cumulative : TargetKind::per_quarter;
    for (auto& t : i.quarter_targets) t = value(rng);
    i.annual_target = value(rng) * 4;
    for (auto& a : actuals[n]) {
      if (!missing(rng)) a = value(rng);
    }
  }
  const Settings settings;
  std::vector<double> times;
  std::size_t achieved = 0;
  for (int run = 0; run < 15; ++run) {
    achieved = 0;
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t n = 0; n < indicators.size(); ++n) {
      const QuarterTargets targets = quarter_targets(indicators[n]);
      for (Period period : all_periods) {
        const Evaluation e = evaluate(indicators[n], targets, actuals[n], period, settings);
        achieved += e.status == Status::achieved;
      }
    }
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  std::printf("rollup+status: %d indicators x %zu periods: median %.2f ms (min %.2f, max %.2f) "
              "[target < 20 ms] (%zu achieved)\n",
              count, all_periods.size(), times[times.size() / 2], times.front(), times.back(), achieved);
  return 0;
}
