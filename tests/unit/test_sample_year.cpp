// The example year (templates/example-2023), computed by hand: eight indicators across all
// ten periods, and more for the special cases. Each expected value is written as the
// arithmetic that gives it.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "core/status.hpp"
#include "csv_fixture.hpp"

using namespace kinerja::core;
using kinerja::test::sample_actuals;
using kinerja::test::sample_agreement;

namespace {

constexpr double none = std::numeric_limits<double>::quiet_NaN();  // no value

struct Expected {
  const char* code;
  Period period;
  double target;
  double actual;
  double achievement;
  Status status;
  const char* rating;
};

constexpr auto ok = Status::achieved;
constexpr auto miss = Status::missed;
constexpr auto late = Status::not_reported;
constexpr auto notarget = Status::no_target;
constexpr auto nocalc = Status::not_computable;
using P = Period;

// clang-format off
const Expected expected[] = {
  // SEK-01: positive, last, per_tw; targets 100 each; actuals 100, 100, 83.33, 100.
  {"SEK-01", P::tw1,    100, 100,   100,                 ok,   "Sangat Tinggi"},
  {"SEK-01", P::tw2,    100, 100,   100,                 ok,   "Sangat Tinggi"},
  {"SEK-01", P::tw3,    100, 83.33, 83.33 / 100 * 100,   miss, "Tinggi"},
  {"SEK-01", P::tw4,    100, 100,   100,                 ok,   "Sangat Tinggi"},
  {"SEK-01", P::s1,     100, 100,   100,                 ok,   "Sangat Tinggi"},   // last of TW I-II = TW II
  {"SEK-01", P::s2,     100, 100,   100,                 ok,   "Sangat Tinggi"},   // last of TW III-IV = TW IV
  {"SEK-01", P::to_tw1, 100, 100,   100,                 ok,   "Sangat Tinggi"},
  {"SEK-01", P::to_tw2, 100, 100,   100,                 ok,   "Sangat Tinggi"},
  {"SEK-01", P::to_tw3, 100, 83.33, 83.33,               miss, "Tinggi"},
  {"SEK-01", P::year,   100, 100,   100,                 ok,   "Sangat Tinggi"},

  // SEK-02: positive, last; only a TW IV target (70); only a TW IV actual (66.2).
  {"SEK-02", P::tw1,    none, none, none,                notarget, ""},
  {"SEK-02", P::tw4,    70,  66.2,  66.2 / 70 * 100,     miss, "Sangat Tinggi"},   // 94.57
  {"SEK-02", P::s1,     none, none, none,                notarget, ""},
  {"SEK-02", P::s2,     70,  66.2,  66.2 / 70 * 100,     miss, "Sangat Tinggi"},
  {"SEK-02", P::to_tw3, none, none, none,                notarget, ""},
  {"SEK-02", P::year,   70,  66.2,  66.2 / 70 * 100,     miss, "Sangat Tinggi"},

  // SEK-03: positive, last, kumulatif 20/45/70/95 -> t(q) = c(q); actuals 18.4, 41.75, 72.1, 96.3.
  {"SEK-03", P::tw1,    20,  18.4,  18.4 / 20 * 100,     miss, "Sangat Tinggi"},   // 92
  {"SEK-03", P::tw2,    45,  41.75, 41.75 / 45 * 100,    miss, "Sangat Tinggi"},   // 92.78
  {"SEK-03", P::tw3,    70,  72.1,  72.1 / 70 * 100,     ok,   "Sangat Tinggi"},   // 103
  {"SEK-03", P::tw4,    95,  96.3,  96.3 / 95 * 100,     ok,   "Sangat Tinggi"},   // 101.37
  {"SEK-03", P::s1,     45,  41.75, 41.75 / 45 * 100,    miss, "Sangat Tinggi"},
  {"SEK-03", P::s2,     95,  96.3,  96.3 / 95 * 100,     ok,   "Sangat Tinggi"},
  {"SEK-03", P::to_tw1, 20,  18.4,  92,                  miss, "Sangat Tinggi"},
  {"SEK-03", P::to_tw2, 45,  41.75, 41.75 / 45 * 100,    miss, "Sangat Tinggi"},
  {"SEK-03", P::to_tw3, 70,  72.1,  72.1 / 70 * 100,     ok,   "Sangat Tinggi"},
  {"SEK-03", P::year,   95,  96.3,  96.3 / 95 * 100,     ok,   "Sangat Tinggi"},

  // PPUD-02: positive, sum, 30 per quarter; actuals 27, 34, 31, 29.
  {"PPUD-02", P::tw1,    30,  27,  27.0 / 30 * 100,      miss, "Tinggi"},          // 90
  {"PPUD-02", P::tw2,    30,  34,  34.0 / 30 * 100,      ok,   "Sangat Tinggi"},
  {"PPUD-02", P::tw3,    30,  31,  31.0 / 30 * 100,      ok,   "Sangat Tinggi"},
  {"PPUD-02", P::tw4,    30,  29,  29.0 / 30 * 100,      miss, "Sangat Tinggi"},   // 96.67
  {"PPUD-02", P::s1,     60,  61,  61.0 / 60 * 100,      ok,   "Sangat Tinggi"},   // 27 + 34
  {"PPUD-02", P::s2,     60,  60,  100,                  ok,   "Sangat Tinggi"},   // 31 + 29
  {"PPUD-02", P::to_tw1, 30,  27,  90,                   miss, "Tinggi"},
  {"PPUD-02", P::to_tw2, 60,  61,  61.0 / 60 * 100,      ok,   "Sangat Tinggi"},
  {"PPUD-02", P::to_tw3, 90,  92,  92.0 / 90 * 100,      ok,   "Sangat Tinggi"},   // 27 + 34 + 31
  {"PPUD-02", P::year,   120, 121, 121.0 / 120 * 100,    ok,   "Sangat Tinggi"},

  // PPUD-04: negative (difference), sum, 50 per quarter; actuals 61, 47, 44, 52.
  {"PPUD-04", P::tw1,    50,  61,  (2 * 50.0 - 61) / 50 * 100,    miss, "Tinggi"},         // 78
  {"PPUD-04", P::tw2,    50,  47,  (2 * 50.0 - 47) / 50 * 100,    ok,   "Sangat Tinggi"},  // 106
  {"PPUD-04", P::tw3,    50,  44,  (2 * 50.0 - 44) / 50 * 100,    ok,   "Sangat Tinggi"},  // 112
  {"PPUD-04", P::tw4,    50,  52,  (2 * 50.0 - 52) / 50 * 100,    miss, "Sangat Tinggi"},  // 96
  {"PPUD-04", P::s1,     100, 108, (2 * 100.0 - 108) / 100 * 100, miss, "Sangat Tinggi"},  // 92
  {"PPUD-04", P::s2,     100, 96,  (2 * 100.0 - 96) / 100 * 100,  ok,   "Sangat Tinggi"},  // 104
  {"PPUD-04", P::to_tw1, 50,  61,  78,                            miss, "Tinggi"},
  {"PPUD-04", P::to_tw2, 100, 108, 92,                            miss, "Sangat Tinggi"},
  {"PPUD-04", P::to_tw3, 150, 152, (2 * 150.0 - 152) / 150 * 100, miss, "Sangat Tinggi"},  // 98.67
  {"PPUD-04", P::year,   200, 204, (2 * 200.0 - 204) / 200 * 100, miss, "Sangat Tinggi"},  // 98

  // TIBUM-01: positive, average, 95 per quarter; actuals 96.2, 93.8, 97, 95.4.
  {"TIBUM-01", P::tw1,   95,  96.2, 96.2 / 95 * 100,               ok,   "Sangat Tinggi"},
  {"TIBUM-01", P::tw2,   95,  93.8, 93.8 / 95 * 100,               miss, "Sangat Tinggi"},
  {"TIBUM-01", P::tw3,   95,  97,   97.0 / 95 * 100,               ok,   "Sangat Tinggi"},
  {"TIBUM-01", P::tw4,   95,  95.4, 95.4 / 95 * 100,               ok,   "Sangat Tinggi"},
  {"TIBUM-01", P::s1,    95,  (96.2 + 93.8) / 2, 100,              ok,   "Sangat Tinggi"},  // 95 / 95
  {"TIBUM-01", P::s2,    95,  (97 + 95.4) / 2, 96.2 / 95 * 100,    ok,   "Sangat Tinggi"},
  {"TIBUM-01", P::to_tw1, 95, 96.2, 96.2 / 95 * 100,               ok,   "Sangat Tinggi"},
  {"TIBUM-01", P::to_tw2, 95, 95,   100,                           ok,   "Sangat Tinggi"},
  {"TIBUM-01", P::to_tw3, 95, (96.2 + 93.8 + 97) / 3, 287.0 / 3 / 95 * 100, ok, "Sangat Tinggi"},
  {"TIBUM-01", P::year,  95,  382.4 / 4, 95.6 / 95 * 100,          ok,   "Sangat Tinggi"},

  // TIBUM-03: negative, average, 24 hours per quarter; actuals 20.5, 27, 22, 23.5.
  {"TIBUM-03", P::tw1,   24,  20.5,  (48 - 20.5) / 24 * 100,       ok,   "Sangat Tinggi"},  // 114.58
  {"TIBUM-03", P::tw2,   24,  27,    (48 - 27.0) / 24 * 100,       miss, "Tinggi"},         // 87.5
  {"TIBUM-03", P::tw3,   24,  22,    (48 - 22.0) / 24 * 100,       ok,   "Sangat Tinggi"},  // 108.33
  {"TIBUM-03", P::tw4,   24,  23.5,  (48 - 23.5) / 24 * 100,       ok,   "Sangat Tinggi"},  // 102.08
  {"TIBUM-03", P::s1,    24,  23.75, (48 - 23.75) / 24 * 100,      ok,   "Sangat Tinggi"},  // 101.04
  {"TIBUM-03", P::s2,    24,  22.75, (48 - 22.75) / 24 * 100,      ok,   "Sangat Tinggi"},  // 105.21
  {"TIBUM-03", P::to_tw1, 24, 20.5,  (48 - 20.5) / 24 * 100,       ok,   "Sangat Tinggi"},
  {"TIBUM-03", P::to_tw2, 24, 23.75, (48 - 23.75) / 24 * 100,      ok,   "Sangat Tinggi"},
  {"TIBUM-03", P::to_tw3, 24, 69.5 / 3, (48 - 69.5 / 3) / 24 * 100, ok,  "Sangat Tinggi"},  // 103.47
  {"TIBUM-03", P::year,  24,  23.25, (48 - 23.25) / 24 * 100,      ok,   "Sangat Tinggi"},  // 103.125

  // TIBUM-04: negative, sum, 15 per quarter; actuals 13, 19, 12, 16.
  {"TIBUM-04", P::tw2,   15,  19,  (30 - 19.0) / 15 * 100,         miss, "Sedang"},         // 73.33
  {"TIBUM-04", P::year,  60,  60,  100,                            ok,   "Sangat Tinggi"},  // (120 - 60) / 60

  // LINMAS-01: positive, sum; targets 0, 100, 100, 100; actuals 0, 95, (TW III not sent), 112.
  {"LINMAS-01", P::tw1,    0,   0,   none,               nocalc, ""},              // target 0
  {"LINMAS-01", P::tw2,    100, 95,  95,                 miss, "Sangat Tinggi"},
  {"LINMAS-01", P::tw3,    100, none, none,              late, ""},
  {"LINMAS-01", P::tw4,    100, 112, 112,                ok,   "Sangat Tinggi"},
  {"LINMAS-01", P::s1,     100, 95,  95,                 miss, "Sangat Tinggi"},   // 0 + 100, 0 + 95
  {"LINMAS-01", P::s2,     200, 112, 112.0 / 200 * 100,  miss, "Rendah"},          // 56: TW III counts
  {"LINMAS-01", P::to_tw1, 0,   0,   none,               nocalc, ""},
  {"LINMAS-01", P::to_tw2, 100, 95,  95,                 miss, "Sangat Tinggi"},   // 0 + 100, 0 + 95
  {"LINMAS-01", P::to_tw3, 200, 95,  95.0 / 200 * 100,   miss, "Sangat Rendah"},   // 47.5
  {"LINMAS-01", P::year,   300, 207, 207.0 / 300 * 100,  miss, "Sedang"},          // 69

  // LINMAS-02: positive, last, kumulatif 60/65/70/80 -> t(q) = c(q); actuals 58, 66, (none), 78.
  {"LINMAS-02", P::tw1,    60,  58,  58.0 / 60 * 100,    miss, "Sangat Tinggi"},   // 96.67
  {"LINMAS-02", P::tw2,    65,  66,  66.0 / 65 * 100,    ok,   "Sangat Tinggi"},   // 101.54
  {"LINMAS-02", P::tw3,    70,  none, none,              late, ""},
  {"LINMAS-02", P::tw4,    80,  78,  78.0 / 80 * 100,    miss, "Sangat Tinggi"},   // 97.5
  {"LINMAS-02", P::s1,     65,  66,  66.0 / 65 * 100,    ok,   "Sangat Tinggi"},   // TW II's actual and target
  {"LINMAS-02", P::s2,     80,  78,  78.0 / 80 * 100,    miss, "Sangat Tinggi"},
  {"LINMAS-02", P::to_tw1, 60,  58,  58.0 / 60 * 100,    miss, "Sangat Tinggi"},
  {"LINMAS-02", P::to_tw2, 65,  66,  66.0 / 65 * 100,    ok,   "Sangat Tinggi"},
  {"LINMAS-02", P::to_tw3, 65,  66,  66.0 / 65 * 100,    ok,   "Sangat Tinggi"},   // TW III missing: TW II's pair
  {"LINMAS-02", P::year,   80,  78,  97.5,               miss, "Sangat Tinggi"},

  // LINMAS-03: positive, last, 5 per quarter; actuals 4.6, 4.8, (TW III not sent), 5.1.
  {"LINMAS-03", P::tw3,    5,   none, none,              late, ""},
  {"LINMAS-03", P::tw4,    5,   5.1,  5.1 / 5 * 100,     ok,   "Sangat Tinggi"},   // 102
  {"LINMAS-03", P::s2,     5,   5.1,  5.1 / 5 * 100,     ok,   "Sangat Tinggi"},
  {"LINMAS-03", P::to_tw3, 5,   4.8,  4.8 / 5 * 100,     miss, "Sangat Tinggi"},   // 96: TW II is the latest
  {"LINMAS-03", P::year,   5,   5.1,  5.1 / 5 * 100,     ok,   "Sangat Tinggi"},

  // PPUD-01: positive, last, 90 per quarter; actuals 88, 91.5, 92, 93.2.
  {"PPUD-01", P::tw1,    90,  88,   88.0 / 90 * 100,     miss, "Sangat Tinggi"},   // 97.78
  {"PPUD-01", P::year,   90,  93.2, 93.2 / 90 * 100,     ok,   "Sangat Tinggi"},
};
// clang-format on

void check_optional(const std::optional<double>& got, double want) {
  if (std::isnan(want)) {
    CHECK_FALSE(got.has_value());
  } else {
    REQUIRE(got.has_value());
    CHECK(*got == doctest::Approx(want).epsilon(1e-12));
  }
}

}  // namespace

TEST_CASE("the sample year, by hand, for every period") {
  const Settings settings;
  for (const Expected& e : expected) {
    CAPTURE(e.code);
    CAPTURE(label_of(e.period));
    const Indicator* indicator = sample_agreement().find(e.code);
    REQUIRE(indicator != nullptr);
    const auto found = sample_actuals().find(e.code);
    const QuarterValues actuals = found == sample_actuals().end() ? QuarterValues{} : found->second;
    const Evaluation got = evaluate(*indicator, actuals, e.period, settings);
    check_optional(got.target, e.target);
    check_optional(got.actual, e.actual);
    check_optional(got.achievement, e.achievement);
    CHECK(got.status == e.status);
    CHECK(got.rating == e.rating);
  }
}

TEST_CASE("the sample year with the ratio method for negative indicators") {
  Settings settings;
  settings.negative_method = NegativeMethod::ratio;
  const Indicator& ppud04 = *sample_agreement().find("PPUD-04");
  const QuarterValues& actuals = sample_actuals().at("PPUD-04");
  CHECK(evaluate(ppud04, actuals, Period::tw1, settings).achievement.value_or(NAN) == doctest::Approx(50.0 / 61 * 100));
  CHECK(evaluate(ppud04, actuals, Period::year, settings).achievement.value_or(NAN) == doctest::Approx(200.0 / 204 * 100));
}

TEST_CASE("goal averages over the sample year") {
  // Meningkatnya ketenteraman dan ketertiban umum, TW II: TIBUM-01..04.
  // TIBUM-01 93.8/95, TIBUM-02 124/120, TIBUM-03 (48-27)/24, TIBUM-04 (30-19)/15.
  const Settings settings;
  std::vector<WeightedAchievement> items;
  for (const char* code : {"TIBUM-01", "TIBUM-02", "TIBUM-03", "TIBUM-04"}) {
    const Evaluation e = evaluate(*sample_agreement().find(code), sample_actuals().at(code), Period::tw2, settings);
    REQUIRE(e.achievement);
    items.push_back({*e.achievement, 1});
  }
  const double by_hand = (93.8 / 95 * 100 + 124.0 / 120 * 100 + 87.5 + 11.0 / 15 * 100) / 4;
  CHECK(average_achievement(items, settings).value_or(NAN) == doctest::Approx(by_hand));
}
