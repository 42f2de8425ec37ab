// A neutral table of cells, as read from (or written to) one sheet range: no UNO here, so
// every reader is tested without an office. Rows and columns are 0-based offsets from the
// range's origin; addresses are sheet-qualified A1 ("PK!C4", "'Jejak SOP'!A1").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kinerja::core {

// The kind of number format of a numeric cell, as far as the readers care.
enum class NumberKind { general, percent, date, other };

struct Number {
  double value = 0;
  NumberKind kind = NumberKind::general;
};

struct Empty {};

using Cell = std::variant<Empty, Number, std::string>;

class Grid {
 public:
  Grid() = default;
  Grid(std::string sheet, std::vector<std::vector<Cell>> rows, int origin_row = 0,
       int origin_column = 0);

  const std::string& sheet() const { return sheet_; }
  int row_count() const { return static_cast<int>(rows_.size()); }
  int column_count() const { return columns_; }

  // The cell, or an empty one outside the data.
  const Cell& at(int row, int column) const;

  // The address of a cell of this grid, e.g. "PK!C4".
  std::string address(int row, int column) const;

  // The cell as text: a text as is (trimmed), a number in its shortest form, empty as "".
  std::string text(int row, int column) const;

  bool row_is_empty(int row) const;

 private:
  std::string sheet_;
  std::vector<std::vector<Cell>> rows_;
  int origin_row_ = 0;
  int origin_column_ = 0;
  int columns_ = 0;
};

// "A", "Z", "AA", ... for a 0-based column.
std::string column_letters(int column);

// "PK!C4", quoting sheet names that need it ("'Jejak SOP'!A1"). Row and column are 0-based.
std::string a1_address(std::string_view sheet, int row, int column);

// A number cell, or an empty one for no value (not reported is never 0).
Cell number_or_empty(const std::optional<double>& value);

// The shortest text that reads back as the same double ("80", "18.4", "0.1").
std::string format_number(double value);

}  // namespace kinerja::core
