// Numbers as people type them in Indonesia (docs/rules.md "Numbers as people type them"):
// "1.234,5" is 1234.5, "1,5" is 1.5, "1.250" is 1250 (dots group thousands; read so, with a
// warning, since an English-locale user meant 1.25), "85%" is 85 in a percent indicator.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/grid.hpp"
#include "core/problem.hpp"

namespace kinerja::core {

enum class NumberWarning {
  none,
  ambiguous_thousands,  // "4.250": read as 4250, an English user may have meant 4.25
  english_format,       // "1,234.5" or "1,234,567": read the English way
};

struct NumberReading {
  enum class Outcome { empty, number, invalid } outcome = Outcome::empty;
  double value = 0;
  bool percent_sign = false;  // the text ended in "%"; value is the number before it
  NumberWarning warning = NumberWarning::none;
};

// Reads a typed number: optional sign, digits with "." / "," as grouping or decimal
// separators, optional spaces, optional trailing "%". Anything else is invalid.
NumberReading read_number(std::string_view text);

// A number for Indonesian readers: at most `decimals` decimals, decimal comma ("97,5").
std::string indonesian_decimal(double value, int decimals = 2);

// An amount of rupiah as Indonesians write it: 125.000.000, or 1.250,50 with its sen.
std::string rupiah(double value);

// The Indonesian message for a warning, naming the text and what it was read as.
std::string warning_message(NumberWarning warning, std::string_view text, double value);

// A numeric cell of an indicator: its value in the indicator's unit, or empty (not
// reported), with the problem to report if any. A percent-formatted cell holding 0.85 and
// the text "85%" are both 85 (percentage points, as the agreement states percent targets).
struct CellNumber {
  std::optional<double> value;
  std::optional<Problem> problem;
};
// No figure of an agency (counts, percentages, budgets in rupiah) comes near 10^15; a larger
// cell is an error, so that no sum of them can overflow into infinity.
inline constexpr double max_cell_magnitude = 1e15;

CellNumber read_cell_number(const Grid& grid, int row, int column);

}  // namespace kinerja::core
