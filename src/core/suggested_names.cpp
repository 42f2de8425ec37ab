#include "core/suggested_names.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "core/master_settings.hpp"

namespace kinerja::core {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The years standing on their own in a text, in order.
std::vector<int> years_in(std::string_view text) {
  std::vector<int> years;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_digit(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_digit(text[end])) ++end;
    if (end - i == 4 && text[i] == '2' && text[i + 1] == '0') {
      years.push_back(2000 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0'));
    }
    i = end;
  }
  return years;
}

std::string period_part(Period period) {
  switch (period) {
    case Period::tw1: return "TW1";
    case Period::tw2: return "TW2";
    case Period::tw3: return "TW3";
    case Period::tw4: return "TW4";
    case Period::s1: return "semester1";
    case Period::s2: return "semester2";
    case Period::to_tw1: return "sd-TW1";
    case Period::to_tw2: return "sd-TW2";
    case Period::to_tw3: return "sd-TW3";
    case Period::year: return "tahunan";
  }
  return "laporan";
}

}  // namespace

std::string report_pdf_name(Period period, int year) {
  return "laporan-" + period_part(period) + "-" + std::to_string(year) + ".pdf";
}

std::string share_copy_name(int year) { return "buku-induk-" + std::to_string(year) + "-untuk-dibagikan.xlsx"; }

int suggested_master_year(std::string_view file_name, const Grid& contents, int this_year) {
  if (const std::vector<int> named = years_in(file_name); !named.empty()) return named.back();
  std::map<int, int> mentions;  // year -> how often
  for (int row = 0; row < contents.row_count(); ++row) {
    for (int column = 0; column < contents.column_count(); ++column) {
      if (!std::holds_alternative<std::string>(contents.at(row, column))) continue;
      const std::string& text = std::get<std::string>(contents.at(row, column));
      // A cell that is only a number is a figure (a target, the Renstra's last year), not a mention.
      if (std::all_of(text.begin(), text.end(), [](char c) { return is_digit(c) || c == ' ' || c == '.' || c == ','; })) {
        continue;
      }
      for (int year : years_in(text)) ++mentions[year];
    }
  }
  int best = this_year;
  int best_count = 0;
  for (const auto& [year, count] : mentions) {  // ascending years: a later year wins a tie
    if (count >= best_count) {
      best = year;
      best_count = count;
    }
  }
  return best;
}

std::optional<int> parse_year(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty() || text.size() > 4) return std::nullopt;
  int year = 0;
  for (char c : text) {
    if (!is_digit(c)) return std::nullopt;
    year = year * 10 + (c - '0');
  }
  if (!valid_year(year)) return std::nullopt;
  return year;
}

}  // namespace kinerja::core
