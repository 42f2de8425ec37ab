#include <doctest/doctest.h>

#include <cmath>

#include "core/rating.hpp"
#include "core/status.hpp"

using namespace kinerja::core;

TEST_CASE("the standard rating scale, applied to the unrounded value") {
  const RatingScale scale = RatingScale::standard();
  const struct {
    double achievement;
    const char* label;
  } cases[] = {
      {150, "Sangat Tinggi"}, {91, "Sangat Tinggi"}, {90.999, "Tinggi"}, {76, "Tinggi"},
      {75.9999, "Sedang"},    {66, "Sedang"},        {65.99, "Rendah"},  {51, "Rendah"},
      {50.99, "Sangat Rendah"}, {0, "Sangat Rendah"}, {-5, "Sangat Rendah"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.achievement);
    CHECK(scale.rate(c.achievement) == c.label);
  }
}

TEST_CASE("an edited scale: other labels and bands, in any order") {
  const RatingScale scale({{60, "Cukup"}, {90, "Sangat Baik"}, {0, "Kurang"}, {75, "Baik"}});
  CHECK(scale.bands().front().label == "Sangat Baik");
  CHECK(scale.rate(95) == "Sangat Baik");
  CHECK(scale.rate(80) == "Baik");
  CHECK(scale.rate(60) == "Cukup");
  CHECK(scale.rate(59.9) == "Kurang");
  CHECK_THROWS(RatingScale({}));
}

TEST_CASE("status, in the order of docs/rules.md") {
  const struct {
    const char* what;
    std::optional<double> target, actual, achievement;
    Status expected;
  } cases[] = {
      {"no target wins over everything", std::nullopt, std::nullopt, std::nullopt, Status::no_target},
      {"no target even with an actual", std::nullopt, 5.0, std::nullopt, Status::no_target},
      {"no actual", 10.0, std::nullopt, std::nullopt, Status::not_reported},
      {"target 0", 0.0, 0.0, std::nullopt, Status::not_computable},
      {"exactly the threshold", 10.0, 10.0, 100.0, Status::achieved},
      {"just below", 10.0, 9.99, 99.9, Status::missed},
      {"a reported 0 is a miss, not 'belum lapor'", 10.0, 0.0, 0.0, Status::missed},
  };
  for (const auto& c : cases) {
    CAPTURE(c.what);
    CHECK(status_of(c.target, c.actual, c.achievement, 100) == c.expected);
  }
  CHECK(status_of(10.0, 9.0, 90.0, 90) == Status::achieved);  // the threshold is a setting
  CHECK(label_of(Status::achieved) == "Tercapai");
  CHECK(label_of(Status::missed) == "Tidak tercapai");
  CHECK(label_of(Status::not_reported) == "Belum lapor");
  CHECK(label_of(Status::no_target) == "Tidak ada target");
  CHECK(label_of(Status::not_computable) == "Tidak dapat dihitung");
}

TEST_CASE("goal achievement: average, weighted, capped") {
  Settings settings;
  const WeightedAchievement plain[] = {{80}, {100}, {150}};
  CHECK(average_achievement(plain, settings).value_or(NAN) == doctest::Approx((80.0 + 100 + 150) / 3));
  const WeightedAchievement weighted[] = {{80, 3}, {100, 1}};
  CHECK(average_achievement(weighted, settings).value_or(NAN) == doctest::Approx((80.0 * 3 + 100) / 4));
  settings.cap = 120;
  CHECK(average_achievement(plain, settings).value_or(NAN) == doctest::Approx((80.0 + 100 + 120) / 3));
  CHECK_FALSE(average_achievement({}, settings));
  const WeightedAchievement zero_weights[] = {{80, 0}};
  CHECK_FALSE(average_achievement(zero_weights, settings));
}
