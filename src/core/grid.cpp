#include "core/grid.hpp"

#include <algorithm>
#include <charconv>

#include "core/text.hpp"

namespace kinerja::core {

Grid::Grid(std::string sheet, std::vector<std::vector<Cell>> rows, int origin_row,
           int origin_column)
    : sheet_(std::move(sheet)),
      rows_(std::move(rows)),
      origin_row_(origin_row),
      origin_column_(origin_column) {
  for (const auto& row : rows_) columns_ = std::max(columns_, static_cast<int>(row.size()));
}

const Cell& Grid::at(int row, int column) const {
  static const Cell empty{};
  if (row < 0 || row >= row_count() || column < 0) return empty;
  const auto& cells = rows_[static_cast<std::size_t>(row)];
  if (column >= static_cast<int>(cells.size())) return empty;
  return cells[static_cast<std::size_t>(column)];
}

std::string Grid::address(int row, int column) const {
  return a1_address(sheet_, origin_row_ + row, origin_column_ + column);
}

std::string Grid::text(int row, int column) const {
  const Cell& cell = at(row, column);
  if (const auto* s = std::get_if<std::string>(&cell)) return std::string(trim(*s));
  if (const auto* n = std::get_if<Number>(&cell)) return format_number(n->value);
  return {};
}

bool Grid::row_is_empty(int row) const {
  for (int c = 0; c < column_count(); ++c) {
    const Cell& cell = at(row, c);
    if (std::holds_alternative<Number>(cell)) return false;
    if (const auto* s = std::get_if<std::string>(&cell); s && !trim(*s).empty()) return false;
  }
  return true;
}

std::string column_letters(int column) {
  std::string letters;
  for (int n = column + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters;
}

std::string a1_address(std::string_view sheet, int row, int column) {
  std::string out;
  if (!sheet.empty()) {
    const bool plain = std::all_of(sheet.begin(), sheet.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (plain) {
      out += sheet;
    } else {
      out += '\'';
      for (char c : sheet) {
        if (c == '\'') out += '\'';
        out += c;
      }
      out += '\'';
    }
    out += '!';
  }
  out += column_letters(column);
  out += std::to_string(row + 1);
  return out;
}

std::string format_number(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

Cell number_or_empty(const std::optional<double>& value) { return value ? Cell(Number{*value}) : Cell(Empty{}); }

}  // namespace kinerja::core
