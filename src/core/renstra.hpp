// Achievement toward the medium-term plan (Renstra): how far the realisasi has come toward the
// plan's end target (target akhir), from the baseline (kondisi awal) when there is one
// (docs/rules.md "Renstra").
#pragma once

#include <optional>

#include "core/indicator.hpp"
#include "core/settings.hpp"

namespace kinerja::core {

// With a baseline B, the share of the way from B to the end target T that the realisasi R
// has covered: positive (R - B) / (T - B) x 100, negative (B - R) / (B - T) x 100 (negative
// when R went the wrong way; not floored). Empty when T equals B (no way to cover) or when T
// lies on the wrong side of B for the polarity (a positive plan that aims below its baseline).
// Without a baseline: the achievement of R against T by the polarity rules.
std::optional<double> renstra_achievement(double actual, double end_target, std::optional<double> baseline,
                                          Polarity polarity,
                                          NegativeMethod negative_method = NegativeMethod::difference);

}  // namespace kinerja::core
