#include <doctest/doctest.h>

#include <cmath>

#include "core/rollup.hpp"
#include "core/status.hpp"

using namespace kinerja::core;

namespace {

constexpr std::optional<double> none = std::nullopt;

Indicator indicator(Aggregation aggregation, TargetKind kind, QuarterValues targets,
                    std::optional<double> annual = std::nullopt, Polarity polarity = Polarity::positive) {
  Indicator i;
  i.code = "X-01";
  i.aggregation = aggregation;
  i.target_kind = kind;
  i.quarter_targets = targets;
  i.annual_target = annual;
  i.polarity = polarity;
  return i;
}

}  // namespace

TEST_CASE("periods: quarters, labels and codes") {
  CHECK(quarters_of(Period::s2).first == 3);
  CHECK(quarters_of(Period::s2).last == 4);
  CHECK(quarters_of(Period::to_tw3).first == 1);
  CHECK(quarters_of(Period::to_tw3).last == 3);
  CHECK(quarters_of(Period::year).last == 4);
  CHECK(label_of(Period::tw3) == "TW III");
  CHECK(label_of(Period::s1) == "Semester I");
  CHECK(label_of(Period::to_tw2) == "s.d. TW II");
  CHECK(label_of(Period::year) == "Tahunan");
  CHECK(parse_period("TW2") == Period::tw2);
  CHECK(parse_period("s.d. tw iii") == Period::to_tw3);
  CHECK(parse_period("YEAR") == Period::year);
  CHECK(parse_period("tahunan") == Period::year);
  CHECK(parse_period("Semester II") == Period::s2);
  CHECK_FALSE(parse_period("tw5"));
  CHECK(to_date_period(2) == Period::to_tw2);
  CHECK(to_date_period(4) == Period::year);
  CHECK(quarter_period(3) == Period::tw3);
  CHECK(all_periods.size() == 10);
}

TEST_CASE("aggregation over the quarters that have data, empty is not zero") {
  const QuarterValues values = {10.0, none, 0.0, 30.0};
  CHECK(aggregate(Aggregation::sum, values, 1, 4).value == 40);
  CHECK(aggregate(Aggregation::average, values, 1, 4).value.value_or(NAN) == doctest::Approx(40.0 / 3));  // 0 counts
  CHECK(aggregate(Aggregation::max, values, 1, 4).value == 30);
  CHECK(aggregate(Aggregation::min, values, 1, 4).value == 0);
  CHECK(aggregate(Aggregation::last, values, 1, 4).value == 30);
  CHECK(aggregate(Aggregation::last, values, 1, 2).quarter == 1);   // TW II empty: TW I is used
  CHECK(aggregate(Aggregation::last, values, 1, 3).value == 0);    // a reported 0 is data
  CHECK_FALSE(aggregate(Aggregation::sum, values, 2, 2).value);   // nothing: "belum lapor"
  CHECK_FALSE(aggregate(Aggregation::sum, {}, 1, 4).value);
}

TEST_CASE("action-plan targets per quarter and to date") {
  SUBCASE("per_tw with sum: c(q) = t(1) + .. + t(q)") {
    const QuarterTargets t = quarter_targets(indicator(Aggregation::sum, TargetKind::per_quarter, {0.0, 100.0, 100.0, 100.0}));
    CHECK(t.own[0] == 0);
    CHECK(t.to_date[2] == 200);
    CHECK(t.to_date[3] == 300);
  }
  SUBCASE("kumulatif with sum: t(q) = c(q) - c(q-1)") {
    const QuarterTargets t = quarter_targets(indicator(Aggregation::sum, TargetKind::cumulative, {10.0, 25.0, 45.0, 60.0}));
    CHECK(t.own[0] == 10);  // 10 - 0
    CHECK(t.own[1] == 15);  // 25 - 10
    CHECK(t.own[2] == 20);  // 45 - 25
    CHECK(t.own[3] == 15);  // 60 - 45
    CHECK(t.to_date[3] == 60);
  }
  SUBCASE("kumulatif with sum and an empty quarter: the latest earlier c is used") {
    const QuarterTargets t = quarter_targets(indicator(Aggregation::sum, TargetKind::cumulative, {none, 40.0, none, 100.0}));
    CHECK_FALSE(t.own[0]);
    CHECK(t.own[1] == 40);  // 40 - 0
    CHECK_FALSE(t.own[2]);
    CHECK(t.own[3] == 60);  // 100 - 40
  }
  SUBCASE("kumulatif with last: t(q) = c(q)") {
    const QuarterTargets t = quarter_targets(indicator(Aggregation::last, TargetKind::cumulative, {20.0, 45.0, 70.0, 95.0}));
    CHECK(t.own[1] == 45);
  }
  SUBCASE("per_tw with average: c(q) is the average of t(1..q) that exist") {
    const QuarterTargets t = quarter_targets(indicator(Aggregation::average, TargetKind::per_quarter, {90.0, none, 96.0, 100.0}));
    CHECK(t.to_date[1] == 90);
    CHECK(t.to_date[2] == 93);
  }
}

TEST_CASE("period targets") {
  SUBCASE("sum: a quarter not reported still counts in the target") {
    const Indicator i = indicator(Aggregation::sum, TargetKind::per_quarter, {0.0, 100.0, 100.0, 100.0}, 300.0);
    const QuarterValues actuals = {0.0, 95.0, none, 112.0};
    const QuarterTargets t = quarter_targets(i);
    CHECK(period_target(i, t, actuals, Period::s2) == 200);        // 100 + 100, TW III unreported
    CHECK(period_target(i, t, actuals, Period::to_tw3) == 200);    // 0 + 100 + 100
    CHECK(period_actual(i, actuals, Period::s2).value == 112);
    const Evaluation e = evaluate(i, actuals, Period::s2, Settings{});
    CHECK(e.achievement.value_or(NAN) == doctest::Approx(56));     // 112 / 200
    REQUIRE(e.unreported_quarters.size() == 1);
    CHECK(e.unreported_quarters[0] == 3);
  }
  SUBCASE("kumulatif with sum: the period's own targets add up") {
    const Indicator i = indicator(Aggregation::sum, TargetKind::cumulative, {10.0, 25.0, 45.0, 60.0}, 60.0);
    const QuarterTargets t = quarter_targets(i);
    CHECK(period_target(i, t, {}, Period::s2) == 35);         // 20 + 15
    CHECK(period_target(i, t, {}, Period::to_tw3) == 45);     // 10 + 15 + 20 = c(3)
    CHECK(period_target(i, t, {}, Period::tw2) == 15);
    const QuarterValues actuals = {12.0, 14.0, 19.0, 16.0};
    const Evaluation e = evaluate(i, actuals, Period::to_tw3, Settings{});
    CHECK(e.actual == 45);                                          // 12 + 14 + 19
    CHECK(e.achievement.value_or(NAN) == doctest::Approx(100));     // 45 / 45
  }
  SUBCASE("last: the target of the quarter whose actual is used") {
    const Indicator i = indicator(Aggregation::last, TargetKind::cumulative, {60.0, 65.0, 70.0, 80.0}, 80.0);
    const QuarterValues actuals = {58.0, 66.0, none, 78.0};
    const QuarterTargets t = quarter_targets(i);
    CHECK(period_target(i, t, actuals, Period::to_tw3) == 65);  // TW III missing: TW II's actual and target
    CHECK(period_actual(i, actuals, Period::to_tw3).value == 66);
    CHECK(period_target(i, t, actuals, Period::tw3) == 70);     // no actual: the quarter's own target
    CHECK(period_target(i, t, actuals, Period::year) == 80);    // the agreement's annual target
  }
  SUBCASE("last with the latest quarter missing, for the year") {
    const Indicator i = indicator(Aggregation::last, TargetKind::per_quarter, {5.0, 5.0, 5.0, 5.0}, 5.0);
    const QuarterValues actuals = {4.6, 4.8, none, none};
    const Evaluation year = evaluate(i, actuals, Period::year, Settings{});
    CHECK(year.actual == 4.8);
    CHECK(year.achievement.value_or(NAN) == doctest::Approx(96));  // 4.8 / 5
    const Evaluation s2 = evaluate(i, actuals, Period::s2, Settings{});
    CHECK(s2.status == Status::not_reported);
    CHECK(s2.target == 5);
  }
  SUBCASE("average / max / min over the quarters that have a target") {
    const Indicator i = indicator(Aggregation::max, TargetKind::per_quarter, {10.0, none, 30.0, 20.0});
    CHECK(period_target(i, quarter_targets(i), {}, Period::s1) == 10);
    CHECK(period_target(i, quarter_targets(i), {}, Period::year) == 30);  // no annual: the plan
  }
  SUBCASE("no target at all") {
    const Indicator i = indicator(Aggregation::last, TargetKind::per_quarter, {none, none, none, 70.0}, 70.0);
    const Evaluation e = evaluate(i, {none, none, none, 66.2}, Period::s1, Settings{});
    CHECK_FALSE(e.target);
    CHECK(e.status == Status::no_target);
    CHECK_FALSE(e.achievement);
    CHECK(e.rating.empty());
  }
}

TEST_CASE("empty versus zero in an evaluation") {
  const Indicator i = indicator(Aggregation::sum, TargetKind::per_quarter, {30.0, 30.0, 30.0, 30.0}, 120.0);
  const Evaluation empty = evaluate(i, {none, none, none, none}, Period::tw1, Settings{});
  CHECK(empty.status == Status::not_reported);
  CHECK_FALSE(empty.actual);
  const Evaluation zero = evaluate(i, {0.0, none, none, none}, Period::tw1, Settings{});
  CHECK(zero.status == Status::missed);
  CHECK(zero.actual == 0);
  CHECK(zero.achievement == 0);
  CHECK(zero.rating == "Sangat Rendah");
}

TEST_CASE("target 0 is flagged, never 0 % and never a crash") {
  const Indicator positive = indicator(Aggregation::sum, TargetKind::per_quarter, {0.0, 10.0, 10.0, 10.0});
  const Evaluation e = evaluate(positive, {0.0, none, none, none}, Period::tw1, Settings{});
  CHECK(e.status == Status::not_computable);
  CHECK_FALSE(e.achievement);
  const Indicator negative = indicator(Aggregation::sum, TargetKind::per_quarter, {0.0, 5.0, 5.0, 5.0},
                                       std::nullopt, Polarity::negative);
  const Evaluation n = evaluate(negative, {0.0, none, none, none}, Period::tw1, Settings{});
  CHECK(n.status == Status::achieved);
  CHECK(n.achievement == 100);
}

TEST_CASE("early warning: the to-date actual behind the to-date target") {
  const Indicator i = indicator(Aggregation::sum, TargetKind::per_quarter, {30.0, 30.0, 30.0, 30.0}, 120.0);
  const QuarterValues actuals = {20.0, 35.0, none, none};  // s.d. TW II: 55 / 60
  const Evaluation tw2 = evaluate(i, actuals, Period::tw2, Settings{});
  CHECK(tw2.status == Status::achieved);  // the quarter itself is fine...
  CHECK(tw2.behind_schedule);             // ...but the year so far is behind
  const Evaluation tw1 = evaluate(i, {35.0, none, none, none}, Period::tw1, Settings{});
  CHECK_FALSE(tw1.behind_schedule);
  const Evaluation unreported = evaluate(i, {}, Period::tw1, Settings{});
  CHECK_FALSE(unreported.behind_schedule);  // nothing to compare yet: that is "belum lapor"
}
