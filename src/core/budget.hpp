// The budget (DPA) beside the performance: absorption (serapan) of the ceiling (pagu) and the
// efficiency judged from achievement against absorption (docs/rules.md "Anggaran").
#pragma once

#include <optional>
#include <string_view>

namespace kinerja::core {

// realisasi anggaran / pagu x 100; empty when there is no pagu (0) or a figure is not finite.
std::optional<double> absorption(double spent, double ceiling);

enum class Efficiency { efficient, fairly_efficient, inefficient };

// Capaian minus serapan, in percentage points: more than `margin` is efisien, within
// `margin` either way cukup efisien, less than -margin tidak efisien.
inline constexpr double default_efficiency_margin = 5.0;
Efficiency efficiency(double achievement, double absorption, double margin = default_efficiency_margin);

// "Efisien", "Cukup Efisien", "Tidak Efisien".
std::string_view label_of(Efficiency efficiency);

}  // namespace kinerja::core
