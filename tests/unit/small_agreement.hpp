// A small agreement written for the tests, whose every figure is worked out by hand in the
// tests that use it:
//   A-01  Bidang A, goal "Sasaran 1", sum,  per_tw targets 10/10/10/10, annual 40, "kali"
//   A-02  Bidang A, goal "Sasaran 1", last, per_tw targets 80/80/80/80, annual 80, "%"
//   B-01  Bidang B, goal "Sasaran 2", sum,  per_tw targets 5/5/5/5,     annual 20, "kasus"
#pragma once

#include <optional>

#include "core/actuals.hpp"
#include "core/agreement.hpp"
#include "core/indicator.hpp"

namespace kinerja::test {

inline core::Indicator indicator(const char* code, const char* division, const char* goal, const char* name,
                                 const char* unit) {
  core::Indicator i;
  i.code = code;
  i.division = division;
  i.goal = goal;
  i.name = name;
  i.unit = unit;
  return i;
}

// One pulled record, as the tests write them.
inline core::ActualRecord record(const char* code, const char* division, int year, int quarter,
                                 std::optional<double> value, std::optional<double> spent = std::nullopt,
                                 const char* obstacle = "", const char* follow_up = "") {
  core::ActualRecord r;
  r.code = code;
  r.division = division;
  r.year = year;
  r.quarter = quarter;
  r.actual = value;
  r.spent = spent;
  r.obstacle = obstacle;
  r.follow_up = follow_up;
  return r;
}

inline core::Agreement small_agreement() {
  using core::Aggregation;
  core::Indicator a1 = indicator("A-01", "Bidang A", "Sasaran 1", "Patroli", "kali");
  a1.aggregation = Aggregation::sum;
  a1.annual_target = 40;
  a1.quarter_targets = {10.0, 10.0, 10.0, 10.0};
  core::Indicator a2 = indicator("A-02", "Bidang A", "Sasaran 1", "Ketertiban", "%");
  a2.aggregation = Aggregation::last;
  a2.annual_target = 80;
  a2.quarter_targets = {80.0, 80.0, 80.0, 80.0};
  core::Indicator b1 = indicator("B-01", "Bidang B", "Sasaran 2", "Kasus selesai", "kasus");
  b1.aggregation = Aggregation::sum;
  b1.annual_target = 20;
  b1.quarter_targets = {5.0, 5.0, 5.0, 5.0};
  return core::Agreement{{a1, a2, b1}};
}

// The small agreement with a plan around it:
//   A-01  Renstra end target 200 (kumulatif) in 2026, no baseline; pagu Rp 10 million
//   A-02  baseline 60, end target 90 (kondisi akhir); national standard 75; pagu Rp 5 million
//   B-01  pagu Rp 4 million
inline core::Agreement small_agreement_with_plan() {
  core::Agreement a = small_agreement();
  a.indicators[0].renstra_target = 200;
  a.indicators[0].renstra_end_year = 2026;
  a.indicators[0].renstra_kind = core::RenstraTargetKind::cumulative;
  a.indicators[0].budget = 10000000;
  a.indicators[1].baseline = 60;
  a.indicators[1].renstra_target = 90;
  a.indicators[1].national_standard = 75;
  a.indicators[1].budget = 5000000;
  a.indicators[2].budget = 4000000;
  return a;
}

}  // namespace kinerja::test
