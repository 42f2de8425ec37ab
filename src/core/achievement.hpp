// Achievement (capaian) of an actual against its target, in percent (docs/rules.md "Achievement").
#pragma once

#include <optional>

#include "core/indicator.hpp"
#include "core/settings.hpp"

namespace kinerja::core {

// positive:            actual / target x 100
// negative, difference: (2 x target - actual) / target x 100, floored at 0
// negative, ratio:      target / actual x 100
// Empty (nullopt) when no achievement can be computed ("tidak dapat dihitung"): a target of
// 0 (except a negative indicator with target 0 and actual 0, which is 100 %), or an actual
// of 0 with the ratio method.
std::optional<double> achievement(double actual, double target, Polarity polarity,
                                  NegativeMethod negative_method = NegativeMethod::difference);

// The achievement as it enters an average: capped when the settings have a cap.
double capped(double achievement, const Settings& settings);

}  // namespace kinerja::core
