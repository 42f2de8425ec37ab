// The rating (predikat) of an achievement: an editable scale of (lower bound, label) rows.
#pragma once

#include <string>
#include <vector>

namespace kinerja::core {

struct RatingBand {
  double lower_bound = 0;  // achievement in %, inclusive
  std::string label;
};

class RatingScale {
 public:
  // The scale most kabupaten use in their LKjIP (docs/rules.md "Ratings"):
  // >= 91 Sangat Tinggi, >= 76 Tinggi, >= 66 Sedang, >= 51 Rendah, otherwise Sangat Rendah.
  static RatingScale standard();

  // Bands in any order; sorted here. Empty labels are not allowed (checked by the caller
  // that reads the scale from a sheet). At least one band.
  explicit RatingScale(std::vector<RatingBand> bands);

  // The label of the band with the greatest lower bound <= achievement, applied to the
  // unrounded value; below every bound, the lowest band's label.
  const std::string& rate(double achievement) const;

  const std::vector<RatingBand>& bands() const { return bands_; }  // highest bound first

 private:
  std::vector<RatingBand> bands_;
};

}  // namespace kinerja::core
