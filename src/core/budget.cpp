#include "core/budget.hpp"

#include <cmath>

namespace kinerja::core {

std::optional<double> absorption(double spent, double ceiling) {
  if (!std::isfinite(spent) || !std::isfinite(ceiling) || ceiling == 0) return std::nullopt;
  return spent / ceiling * 100.0;
}

Efficiency efficiency(double achievement, double absorption, double margin) {
  const double difference = achievement - absorption;
  if (difference > margin) return Efficiency::efficient;
  if (difference >= -margin) return Efficiency::fairly_efficient;
  return Efficiency::inefficient;
}

std::string_view label_of(Efficiency efficiency) {
  switch (efficiency) {
    case Efficiency::efficient: return "Efisien";
    case Efficiency::fairly_efficient: return "Cukup Efisien";
    case Efficiency::inefficient: return "Tidak Efisien";
  }
  return {};
}

}  // namespace kinerja::core
