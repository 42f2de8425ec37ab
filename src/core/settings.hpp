// The rules that differ between agencies: the negative method, the rating scale, the cap, the
// threshold of Tercapai and the efficiency margin (docs/rules.md "Achievement", "Ratings",
// "Status and follow-up", "The budget"), with the defaults named there. A master workbook keeps
// its own in the Pengaturan sheet.
#pragma once

#include <optional>

#include "core/budget.hpp"
#include "core/rating.hpp"

namespace kinerja::core {

// Achievement of a negative (lower is better) indicator:
// difference (selisih) = (2T - R) / T x 100, floored at 0; ratio (rasio) = T / R x 100.
enum class NegativeMethod { difference, ratio };

struct Settings {
  NegativeMethod negative_method = NegativeMethod::difference;
  RatingScale rating_scale = RatingScale::standard();
  // Upper limit of each indicator's achievement when averaged (per goal, report footer);
  // none by default. A single indicator's own achievement is never capped.
  std::optional<double> cap;
  // Achievement at or above this (in %) is "Tercapai".
  double missed_threshold = 100;
  // Capaian minus serapan beyond this many points is efisien, within it cukup efisien.
  double efficiency_margin = default_efficiency_margin;
};

}  // namespace kinerja::core
