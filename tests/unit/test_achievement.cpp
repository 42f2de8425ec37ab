#include <doctest/doctest.h>

#include <limits>
#include <optional>

#include "core/achievement.hpp"

using namespace kinerja::core;

namespace {

struct Case {
  const char* what;
  double actual;
  double target;
  Polarity polarity;
  NegativeMethod method;
  std::optional<double> expected;  // nullopt: "tidak dapat dihitung"
};

constexpr auto pos = Polarity::positive;
constexpr auto neg = Polarity::negative;
constexpr auto diff = NegativeMethod::difference;
constexpr auto ratio = NegativeMethod::ratio;

const Case cases[] = {
    {"positive: R / T x 100", 80, 100, pos, diff, 80.0},
    {"positive above target", 121, 120, pos, diff, 121.0 / 120 * 100},
    {"positive, actual 0 is a real 0 %", 0, 30, pos, diff, 0.0},
    {"positive, target 0: not computable", 5, 0, pos, diff, std::nullopt},
    {"positive, target 0 and actual 0: not computable", 0, 0, pos, diff, std::nullopt},
    {"positive ignores the negative method", 80, 100, pos, ratio, 80.0},
    {"negative difference: (2T - R) / T", 61, 50, neg, diff, (100.0 - 61) / 50 * 100},  // 78
    {"negative difference below target", 44, 50, neg, diff, (100.0 - 44) / 50 * 100},   // 112
    {"negative difference floored at 0", 250, 100, neg, diff, 0.0},                    // -50 -> 0
    {"negative difference exactly 2T", 200, 100, neg, diff, 0.0},
    {"negative difference, actual 0", 0, 50, neg, diff, 200.0},
    {"negative ratio: T / R", 61, 50, neg, ratio, 50.0 / 61 * 100},
    {"negative ratio is not floored", 250, 100, neg, ratio, 40.0},
    {"negative ratio, actual 0: not computable", 0, 50, neg, ratio, std::nullopt},
    {"negative, target 0 and actual 0 is 100 % (difference)", 0, 0, neg, diff, 100.0},
    {"negative, target 0 and actual 0 is 100 % (ratio)", 0, 0, neg, ratio, 100.0},
    {"negative, target 0 and actual > 0: not computable", 3, 0, neg, diff, std::nullopt},
    {"negative ratio, target 0 and actual > 0: not computable", 3, 0, neg, ratio, std::nullopt},
};

}  // namespace

TEST_CASE("achievement follows docs/rules.md for every polarity and method") {
  for (const Case& c : cases) {
    CAPTURE(c.what);
    const std::optional<double> got = achievement(c.actual, c.target, c.polarity, c.method);
    REQUIRE(got.has_value() == c.expected.has_value());
    if (got) CHECK(*got == doctest::Approx(*c.expected).epsilon(1e-12));
  }
}

TEST_CASE("achievement of non-finite input is not computable") {
  CHECK_FALSE(achievement(std::numeric_limits<double>::quiet_NaN(), 10, pos));
  CHECK_FALSE(achievement(10, std::numeric_limits<double>::infinity(), pos));
}

TEST_CASE("the cap limits an achievement only where it is averaged") {
  Settings settings;
  CHECK(capped(150, settings) == 150);
  settings.cap = 120;
  CHECK(capped(150, settings) == 120);
  CHECK(capped(80, settings) == 80);
}
