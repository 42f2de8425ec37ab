// Finding the columns of a table by their header titles, the way people edit them: any
// case, extra spaces, line breaks, punctuation, moved columns, and known aliases.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/grid.hpp"
#include "core/problem.hpp"

namespace kinerja::core {

struct ColumnSpec {
  std::string_view key;                        // the canonical name, e.g. "target_tahunan"
  std::vector<std::string_view> aliases;       // titles that mean it (the key's title first)
  bool required = true;
};

struct HeaderMatch {
  int header_row = -1;               // -1: no header row found
  std::map<std::string, int> columns;  // key -> column
  std::vector<Problem> problems;     // missing required columns, ambiguous titles

  bool has(std::string_view key) const { return columns.contains(std::string(key)); }
  int column(std::string_view key) const;  // -1 when absent
  // The row's cell of that column as text (Grid::text); "" when the header has no such column.
  std::string text(const Grid& grid, int row, std::string_view key) const;
};

// The columns of a table Kinerja itself writes: each title (as master_layout::headers gives
// them) its own only alias, under the key of the same place; the first `required` required.
// Titles and keys must be as many (a programming error otherwise: std::logic_error).
std::vector<ColumnSpec> column_specs(std::span<const std::string_view> titles, std::span<const char* const> keys,
                                     std::size_t required);

// Lower-case letters and digits only: "Target\nTW I" -> "targettwi", "target_tw1" -> "targettw1".
std::string header_key(std::string_view title);

// Looks for the header row among the first `scan_rows` rows: the row matching the most
// columns. Problems name the grid's sheet and the header row.
HeaderMatch match_header(const Grid& grid, std::span<const ColumnSpec> columns, int scan_rows = 30);

}  // namespace kinerja::core
