#include "core/achievement.hpp"

#include <algorithm>
#include <cmath>

namespace kinerja::core {

std::optional<double> achievement(double actual, double target, Polarity polarity,
                                  NegativeMethod negative_method) {
  if (!std::isfinite(actual) || !std::isfinite(target)) return std::nullopt;
  if (polarity == Polarity::positive) {
    if (target == 0) return std::nullopt;
    return actual / target * 100.0;
  }
  if (target == 0) {
    if (actual == 0) return 100.0;
    return std::nullopt;
  }
  if (negative_method == NegativeMethod::difference) {
    return std::max(0.0, (2.0 * target - actual) / target * 100.0);
  }
  if (actual == 0) return std::nullopt;
  return target / actual * 100.0;
}

double capped(double value, const Settings& settings) {
  return settings.cap ? std::min(value, *settings.cap) : value;
}

}  // namespace kinerja::core
