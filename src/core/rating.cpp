#include "core/rating.hpp"

#include <algorithm>
#include <stdexcept>

namespace kinerja::core {

RatingScale RatingScale::standard() {
  return RatingScale({{91, "Sangat Tinggi"},
                      {76, "Tinggi"},
                      {66, "Sedang"},
                      {51, "Rendah"},
                      {0, "Sangat Rendah"}});
}

RatingScale::RatingScale(std::vector<RatingBand> bands) : bands_(std::move(bands)) {
  if (bands_.empty()) throw std::invalid_argument("rating scale without bands");
  std::stable_sort(bands_.begin(), bands_.end(),
                   [](const RatingBand& a, const RatingBand& b) { return a.lower_bound > b.lower_bound; });
}

const std::string& RatingScale::rate(double achievement) const {
  for (const RatingBand& band : bands_) {
    if (achievement >= band.lower_bound) return band.label;
  }
  return bands_.back().label;
}

}  // namespace kinerja::core
