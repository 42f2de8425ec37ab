// How the fuzz targets turn bytes into sheets: sheets are separated by form feeds ('\f'),
// rows by newlines, cells by tabs; a cell starting with '#' is a number made of the digits
// that follow ('#%' a percent-formatted one, '#@' a date-formatted one), any other cell text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/grid.hpp"

namespace kinerja::fuzz {

inline core::Cell cell_of(const std::string& text) {
  if (text.empty() || text[0] != '#') return text;
  core::NumberKind kind = core::NumberKind::general;
  std::size_t start = 1;
  if (text.size() > 1 && (text[1] == '%' || text[1] == '@')) {
    kind = text[1] == '%' ? core::NumberKind::percent : core::NumberKind::date;
    start = 2;
  }
  double value = 0;
  for (char c : text.substr(start)) value = value * 10 + (c & 0x0F);  // long inputs reach 1e308 and beyond
  return core::Number{value, kind};
}

inline std::vector<core::Grid> sheets_of(std::string_view bytes) {
  std::vector<core::Grid> sheets;
  std::vector<std::vector<core::Cell>> rows(1);
  std::string cell;
  const auto end_cell = [&] {
    rows.back().push_back(cell_of(cell));
    cell.clear();
  };
  const auto end_sheet = [&] {
    end_cell();
    sheets.emplace_back("Sheet" + std::to_string(sheets.size() + 1), std::move(rows));
    rows.assign(1, {});
  };
  for (char c : bytes) {
    if (c == '\t') {
      end_cell();
    } else if (c == '\n') {
      end_cell();
      rows.emplace_back();
    } else if (c == '\f') {
      end_sheet();
    } else {
      cell.push_back(c);
    }
  }
  end_sheet();
  return sheets;
}

}  // namespace kinerja::fuzz
