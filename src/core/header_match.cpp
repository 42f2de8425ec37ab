#include "core/header_match.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace kinerja::core {

std::vector<ColumnSpec> column_specs(std::span<const std::string_view> titles, std::span<const char* const> keys,
                                     std::size_t required) {
  if (titles.size() != keys.size()) throw std::logic_error("column_specs: titles and keys differ in number");
  std::vector<ColumnSpec> specs;
  for (std::size_t i = 0; i < titles.size(); ++i) specs.push_back({keys[i], {titles[i]}, i < required});
  return specs;
}

std::string HeaderMatch::text(const Grid& grid, int row, std::string_view key) const {
  const int at = column(key);
  return at < 0 ? std::string() : grid.text(row, at);
}

int HeaderMatch::column(std::string_view key) const {
  const auto found = columns.find(std::string(key));
  return found == columns.end() ? -1 : found->second;
}

std::string header_key(std::string_view title) {
  std::string out;
  for (char c : title) {
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '%') {
      out.push_back(c);
    }
  }
  return out;
}

namespace {

// Header key -> the spec it names (its key or one of its aliases), computed once per match.
std::map<std::string, int> alias_index(std::span<const ColumnSpec> columns) {
  std::map<std::string, int> index;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    index.emplace(header_key(columns[i].key), static_cast<int>(i));
    for (std::string_view alias : columns[i].aliases) index.emplace(header_key(alias), static_cast<int>(i));
  }
  return index;
}

std::map<std::string, int> match_row(const Grid& grid, int row, std::span<const ColumnSpec> columns,
                                     const std::map<std::string, int>& aliases) {
  std::map<std::string, int> found;
  for (int c = 0; c < grid.column_count(); ++c) {
    const Cell& cell = grid.at(row, c);
    const auto* text = std::get_if<std::string>(&cell);
    if (text == nullptr) continue;  // titles are text
    const auto spec = aliases.find(header_key(*text));
    if (spec == aliases.end()) continue;
    found.emplace(std::string(columns[static_cast<std::size_t>(spec->second)].key), c);  // first wins
  }
  return found;
}

}  // namespace

HeaderMatch match_header(const Grid& grid, std::span<const ColumnSpec> columns, int scan_rows) {
  HeaderMatch match;
  std::size_t best = 0;
  const std::map<std::string, int> aliases = alias_index(columns);
  for (int r = 0; r < std::min(scan_rows, grid.row_count()); ++r) {
    std::map<std::string, int> found = match_row(grid, r, columns, aliases);
    if (found.size() > best) {
      best = found.size();
      match.header_row = r;
      match.columns = std::move(found);
    }
  }
  if (match.header_row < 0) {
    std::string expected;
    for (const ColumnSpec& spec : columns) {
      if (!spec.required) continue;
      if (!expected.empty()) expected += ", ";
      expected += spec.aliases.empty() ? spec.key : spec.aliases.front();
    }
    const bool empty = grid.row_count() == 0 || [&] {
      for (int r = 0; r < grid.row_count(); ++r) {
        if (!grid.row_is_empty(r)) return false;
      }
      return true;
    }();
    match.problems.push_back({Severity::error,
                              empty ? std::string("Tabel kosong: tidak ada isinya sama sekali.")
                                    : "Baris judul kolom tidak ditemukan. Kolom yang diharapkan: " + expected + ".",
                              grid.sheet(), {}});
    return match;
  }
  for (const ColumnSpec& spec : columns) {
    if (!spec.required || match.has(spec.key)) continue;
    std::string message = "Kolom \"";
    message += spec.aliases.empty() ? spec.key : spec.aliases.front();
    message += "\" tidak ada pada baris judul.";
    match.problems.push_back({Severity::error, std::move(message),
                              grid.address(match.header_row, 0), {}});
  }
  return match;
}

}  // namespace kinerja::core
