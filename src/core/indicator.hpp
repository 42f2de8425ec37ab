// The performance agreement's indicator, and the per-indicator rules that agencies choose
// (polarity, aggregation of quarters, kind of action-plan target: docs/rules.md "Achievement"
// and "Rollups").
#pragma once

#include <array>
#include <optional>
#include <string>

namespace kinerja::core {

// Higher is better (positif) or lower is better (negatif).
enum class Polarity { positive, negative };

// How quarters combine into semesters, to-date periods and the year.
enum class Aggregation { sum, last, average, max, min };

// The action plan gives each quarter's own target (per_tw) or the target to date (kumulatif).
enum class TargetKind { per_quarter, cumulative };

// What the Renstra's end target states: the level to reach in its last year (kondisi akhir, the
// default), or the sum over its years (kumulatif: outputs that add up, such as km built).
enum class RenstraTargetKind { end_state, cumulative };

// One value per quarter (TW I..IV); empty means "none" (not reported, no target), never 0.
using QuarterValues = std::array<std::optional<double>, 4>;

struct Indicator {
  std::string code;
  std::string division;  // bidang
  std::string goal;      // sasaran
  std::string name;      // indikator kinerja
  std::string unit;      // satuan
  Polarity polarity = Polarity::positive;
  Aggregation aggregation = Aggregation::sum;
  TargetKind target_kind = TargetKind::per_quarter;
  std::optional<double> annual_target;  // from the agreement (PK)
  QuarterValues quarter_targets;        // from the action plan (RA), as the plan states them
  std::optional<double> weight;         // for weighted goal averages

  // The medium-term plan (Renstra), the national standard and the budget (DPA): optional,
  // for the annual report's comparisons (LKjIP Bab III) and the E.81.
  std::optional<double> baseline;           // kondisi awal, at the start of the Renstra
  std::optional<double> renstra_target;     // target akhir Renstra
  std::optional<int> renstra_end_year;      // tahun akhir Renstra
  RenstraTargetKind renstra_kind = RenstraTargetKind::end_state;
  std::optional<double> national_standard;  // standar nasional, where one exists
  std::optional<double> budget;             // pagu (Rp) in the DPA for this indicator

  // A percentage indicator: its values are percentage points (85 means 85 %).
  bool is_percent() const;
};

// True when the unit names percent ("%", "persen", "persentase").
bool is_percent_unit(const std::string& unit);

}  // namespace kinerja::core
