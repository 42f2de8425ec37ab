// The status of an indicator for a period, the early warning, and the whole evaluation
// that the recap shows (docs/rules.md "Status and follow-up").
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/indicator.hpp"
#include "core/period.hpp"
#include "core/rollup.hpp"
#include "core/settings.hpp"

namespace kinerja::core {

enum class Status { achieved, missed, not_reported, no_target, not_computable };

// "Tercapai", "Tidak tercapai", "Belum lapor", "Tidak ada target", "Tidak dapat dihitung".
std::string_view label_of(Status status);

// The early warning's label in the follow-up list: the actual to date is behind the action
// plan's schedule.
inline constexpr std::string_view behind_schedule_label = "Di belakang jadwal";

// In this order: no target -> no_target; no actual -> not_reported; no achievement ->
// not_computable; achievement >= threshold -> achieved; otherwise missed.
Status status_of(const std::optional<double>& target, const std::optional<double>& actual,
                 const std::optional<double>& achievement, double missed_threshold);

struct Evaluation {
  Period period = Period::year;
  std::optional<double> target;
  std::optional<double> actual;
  std::optional<double> achievement;  // unrounded, uncapped
  Status status = Status::no_target;
  std::string rating;                  // empty without an achievement
  std::vector<int> unreported_quarters;  // quarters of the period with a target but no actual
  bool behind_schedule = false;  // early warning: the to-date achievement at the period's
                                 // last quarter is below the threshold
};

// Evaluates one indicator for one period. `targets` is quarter_targets(indicator), passed in
// so that a recap over every period computes it once.
Evaluation evaluate(const Indicator& indicator, const QuarterTargets& targets,
                    const QuarterValues& actuals, Period period, const Settings& settings);
Evaluation evaluate(const Indicator& indicator, const QuarterValues& actuals, Period period,
                    const Settings& settings);

// One indicator's achievement in an average, with its weight (1 when none is given).
struct WeightedAchievement {
  double achievement = 0;
  double weight = 1;
};

// The (weighted) average of achievements, each capped per the settings; empty without any.
std::optional<double> average_achievement(std::span<const WeightedAchievement> items,
                                          const Settings& settings);

}  // namespace kinerja::core
