// Property checks over generated indicators: the rules must hold for any data, not only for
// the cases written by hand.
#include <doctest/doctest.h>

#include <cmath>
#include <random>

#include "core/achievement.hpp"
#include "core/status.hpp"

using namespace kinerja::core;

namespace {

QuarterValues random_values(std::mt19937& rng, double empty_probability) {
  std::uniform_real_distribution<double> value(0, 500);
  std::bernoulli_distribution empty(empty_probability);
  QuarterValues out;
  for (auto& v : out) {
    if (!empty(rng)) v = std::round(value(rng) * 100) / 100;
  }
  return out;
}

}  // namespace

TEST_CASE("for sum, Semester I + Semester II = the year (actuals and plan targets)") {
  std::mt19937 rng(20230101);
  for (int n = 0; n < 2000; ++n) {
    Indicator i;
    i.aggregation = Aggregation::sum;
    i.target_kind = n % 2 ? TargetKind::per_quarter : TargetKind::cumulative;
    i.quarter_targets = random_values(rng, 0.1);
    const QuarterValues actuals = random_values(rng, 0.25);
    const auto s1 = period_actual(i, actuals, Period::s1).value;
    const auto s2 = period_actual(i, actuals, Period::s2).value;
    const auto year = period_actual(i, actuals, Period::year).value;
    CHECK(year.has_value() == (s1 || s2));
    if (year) CHECK(*year == doctest::Approx(s1.value_or(0) + s2.value_or(0)));
    const QuarterTargets t = quarter_targets(i);
    const auto ts1 = period_target(i, t, actuals, Period::s1);
    const auto ts2 = period_target(i, t, actuals, Period::s2);
    const auto tyear = period_target(i, t, actuals, Period::year);  // no annual target: the plan
    if (tyear) CHECK(*tyear == doctest::Approx(ts1.value_or(0) + ts2.value_or(0)));
  }
}

TEST_CASE("achievement rises with the actual for positive, falls for negative indicators") {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> target(0.5, 1000);
  std::uniform_real_distribution<double> actual(0.01, 2000);
  for (int n = 0; n < 5000; ++n) {
    const double t = target(rng);
    double a = actual(rng), b = actual(rng);
    if (a > b) std::swap(a, b);
    CHECK(achievement(a, t, Polarity::positive).value_or(NAN) <= achievement(b, t, Polarity::positive).value_or(NAN));
    for (NegativeMethod method : {NegativeMethod::difference, NegativeMethod::ratio}) {
      const double low = achievement(a, t, Polarity::negative, method).value_or(NAN);
      const double high = achievement(b, t, Polarity::negative, method).value_or(NAN);
      CHECK(low >= high);
      CHECK(high >= 0);
    }
  }
}

TEST_CASE("a reported quarter never makes a period 'belum lapor', aggregates stay within bounds") {
  std::mt19937 rng(99);
  for (int n = 0; n < 2000; ++n) {
    const QuarterValues values = random_values(rng, 0.4);
    for (Aggregation aggregation : {Aggregation::last, Aggregation::average, Aggregation::max, Aggregation::min}) {
      const Aggregate all = aggregate(aggregation, values, 1, 4);
      double lo = 1e300, hi = -1e300;
      bool any = false;
      for (const auto& v : values) {
        if (!v) continue;
        any = true;
        lo = std::min(lo, *v);
        hi = std::max(hi, *v);
      }
      CHECK(all.value.has_value() == any);
      if (any) {
        CHECK(all.value.value_or(NAN) >= lo - 1e-9);
        CHECK(all.value.value_or(NAN) <= hi + 1e-9);
      }
    }
  }
}
