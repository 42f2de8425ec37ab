#include "core/renstra.hpp"

#include <cmath>

#include "core/achievement.hpp"

namespace kinerja::core {

std::optional<double> renstra_achievement(double actual, double end_target, std::optional<double> baseline,
                                          Polarity polarity, NegativeMethod negative_method) {
  if (!baseline) return achievement(actual, end_target, polarity, negative_method);
  if (!std::isfinite(actual) || !std::isfinite(end_target) || !std::isfinite(*baseline)) return std::nullopt;
  const double way = polarity == Polarity::positive ? end_target - *baseline : *baseline - end_target;
  if (way <= 0) return std::nullopt;
  const double covered = polarity == Polarity::positive ? actual - *baseline : *baseline - actual;
  return covered / way * 100.0;
}

}  // namespace kinerja::core
