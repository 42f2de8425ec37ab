#include "core/status.hpp"

#include "core/achievement.hpp"

namespace kinerja::core {

std::string_view label_of(Status status) {
  switch (status) {
    case Status::achieved: return "Tercapai";
    case Status::missed: return "Tidak tercapai";
    case Status::not_reported: return "Belum lapor";
    case Status::no_target: return "Tidak ada target";
    case Status::not_computable: return "Tidak dapat dihitung";
  }
  return "";
}

Status status_of(const std::optional<double>& target, const std::optional<double>& actual,
                 const std::optional<double>& achievement_value, double missed_threshold) {
  if (!target) return Status::no_target;
  if (!actual) return Status::not_reported;
  if (!achievement_value) return Status::not_computable;
  return *achievement_value >= missed_threshold ? Status::achieved : Status::missed;
}

namespace {

std::optional<double> achievement_for(const Indicator& indicator, const QuarterTargets& targets,
                                      const QuarterValues& actuals, Period period,
                                      const Settings& settings) {
  const std::optional<double> target = period_target(indicator, targets, actuals, period);
  const std::optional<double> actual = period_actual(indicator, actuals, period).value;
  if (!target || !actual) return std::nullopt;
  return achievement(*actual, *target, indicator.polarity, settings.negative_method);
}

}  // namespace

Evaluation evaluate(const Indicator& indicator, const QuarterTargets& targets,
                    const QuarterValues& actuals, Period period, const Settings& settings) {
  Evaluation result;
  result.period = period;
  result.target = period_target(indicator, targets, actuals, period);
  result.actual = period_actual(indicator, actuals, period).value;
  if (result.target && result.actual) {
    result.achievement =
        achievement(*result.actual, *result.target, indicator.polarity, settings.negative_method);
  }
  result.status = status_of(result.target, result.actual, result.achievement,
                            settings.missed_threshold);
  if (result.achievement) result.rating = settings.rating_scale.rate(*result.achievement);

  const QuarterRange range = quarters_of(period);
  for (int q = range.first; q <= range.last; ++q) {
    const auto i = static_cast<std::size_t>(q - 1);
    if (targets.own[i] && !actuals[i]) result.unreported_quarters.push_back(q);
  }
  const Period to_date = to_date_period(range.last);
  const std::optional<double> to_date_achievement =
      to_date == period ? result.achievement
                        : achievement_for(indicator, targets, actuals, to_date, settings);
  result.behind_schedule =
      to_date_achievement && *to_date_achievement < settings.missed_threshold;
  return result;
}

Evaluation evaluate(const Indicator& indicator, const QuarterValues& actuals, Period period,
                    const Settings& settings) {
  return evaluate(indicator, quarter_targets(indicator), actuals, period, settings);
}

std::optional<double> average_achievement(std::span<const WeightedAchievement> items,
                                          const Settings& settings) {
  double weighted_sum = 0;
  double weight_total = 0;
  for (const WeightedAchievement& item : items) {
    weighted_sum += capped(item.achievement, settings) * item.weight;
    weight_total += item.weight;
  }
  if (items.empty() || weight_total <= 0) return std::nullopt;
  return weighted_sum / weight_total;
}

}  // namespace kinerja::core
