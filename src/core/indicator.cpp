#include "core/indicator.hpp"

#include "core/text.hpp"

namespace kinerja::core {

bool is_percent_unit(const std::string& unit) {
  const std::string folded = fold(unit);
  return folded == "%" || folded == "persen" || folded == "persentase" || folded == "percent";
}

bool Indicator::is_percent() const { return is_percent_unit(unit); }

}  // namespace kinerja::core
