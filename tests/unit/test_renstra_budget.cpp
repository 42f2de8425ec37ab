// Achievement toward the Renstra's end target, budget absorption and efficiency: every
// expected figure worked out by hand in the comments.
#include <doctest/doctest.h>

#include <cmath>

#include "core/budget.hpp"
#include "core/renstra.hpp"

using namespace kinerja::core;

TEST_CASE("achievement toward the Renstra end target, from the baseline") {
  // Positive, baseline 60, end target 100, realisasi 80: (80 - 60) / (100 - 60) = 20 / 40 = 50 %.
  CHECK(renstra_achievement(80, 100, 60, Polarity::positive).value_or(NAN) == doctest::Approx(50.0));
  // Reached the end target: 100 %; beyond it: (110 - 60) / 40 = 125 %.
  CHECK(renstra_achievement(100, 100, 60, Polarity::positive).value_or(NAN) == doctest::Approx(100.0));
  CHECK(renstra_achievement(110, 100, 60, Polarity::positive).value_or(NAN) == doctest::Approx(125.0));
  // Went back below the baseline: (50 - 60) / 40 = -25 %, shown as it is.
  CHECK(renstra_achievement(50, 100, 60, Polarity::positive).value_or(NAN) == doctest::Approx(-25.0));
  // Negative (lower is better), baseline 20 cases, end target 10, realisasi 14:
  // (20 - 14) / (20 - 10) = 6 / 10 = 60 %.
  CHECK(renstra_achievement(14, 10, 20, Polarity::negative).value_or(NAN) == doctest::Approx(60.0));
  // No way to cover (end target = baseline), or a plan aiming the wrong way: not computable.
  CHECK_FALSE(renstra_achievement(80, 60, 60, Polarity::positive));
  CHECK_FALSE(renstra_achievement(80, 50, 60, Polarity::positive));
  CHECK_FALSE(renstra_achievement(14, 25, 20, Polarity::negative));
}

TEST_CASE("without a baseline, the achievement against the end target by the polarity rules") {
  // Positive: 80 / 100 = 80 %.
  CHECK(renstra_achievement(80, 100, std::nullopt, Polarity::positive).value_or(NAN) == doctest::Approx(80.0));
  // Negative, selisih: (2 x 10 - 14) / 10 = 60 %; rasio: 10 / 14 = 71.43 %.
  CHECK(renstra_achievement(14, 10, std::nullopt, Polarity::negative).value_or(NAN) == doctest::Approx(60.0));
  CHECK(renstra_achievement(14, 10, std::nullopt, Polarity::negative, NegativeMethod::ratio).value_or(NAN) ==
        doctest::Approx(71.4285714));
  CHECK_FALSE(renstra_achievement(5, 0, std::nullopt, Polarity::positive));
}

TEST_CASE("absorption of the pagu and the efficiency rule") {
  // Rp 850.000.000 of Rp 1.000.000.000: 85 %.
  CHECK(absorption(850000000, 1000000000).value_or(NAN) == doctest::Approx(85.0));
  CHECK_FALSE(absorption(5, 0));
  // Capaian 95, serapan 85: 10 points ahead, more than 5: Efisien.
  CHECK(efficiency(95, 85) == Efficiency::efficient);
  // Exactly 5 ahead or 5 behind: within 5, Cukup Efisien; 5.01 behind: Tidak Efisien.
  CHECK(efficiency(90, 85) == Efficiency::fairly_efficient);
  CHECK(efficiency(80, 85) == Efficiency::fairly_efficient);
  CHECK(efficiency(79.99, 85) == Efficiency::inefficient);
  // The margin is a setting: 10 points makes 95 / 85 only Cukup Efisien.
  CHECK(efficiency(95, 85, 10) == Efficiency::fairly_efficient);
  CHECK(label_of(Efficiency::efficient) == "Efisien");
  CHECK(label_of(Efficiency::fairly_efficient) == "Cukup Efisien");
  CHECK(label_of(Efficiency::inefficient) == "Tidak Efisien");
}
