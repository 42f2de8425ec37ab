#include "core/dates.hpp"

#include <cmath>
#include <sstream>

#include "core/text.hpp"

namespace kinerja::core {

namespace {
constexpr const char* month_names[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                       "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
constexpr long serial_of_1970 = 25569;  // 1970-01-01 in days since 1899-12-30

bool same_date(const Date& a, const Date& b) { return a.year == b.year && a.month == b.month && a.day == b.day; }
}  // namespace

std::string indonesian_date(const Date& date) {
  const int month = date.month >= 1 && date.month <= 12 ? date.month : 1;
  return std::to_string(date.day) + " " + month_names[month - 1] + " " + std::to_string(date.year);
}

std::optional<Date> parse_indonesian_date(std::string_view text) {
  std::istringstream words{std::string(text)};
  int day = 0, year = 0;
  std::string month_word, rest;
  if (!(words >> day >> month_word >> year) || (words >> rest)) return std::nullopt;
  const int m = month_of(month_word);
  if (m == 0 || fold(month_word) != fold(month_name(m))) return std::nullopt;  // the month's full name only
  const Date date{year, m, day};
  if (day < 1 || year < 1900 || year > 9999 || !same_date(civil_from_days(days_from_civil(date)), date)) {
    return std::nullopt;  // 31 Juni, 0 Mei
  }
  return date;
}

int month_of(std::string_view text) {
  const std::string first = fold(text.substr(0, text.find(' ')));
  if (first.size() >= 3) {
    for (int m = 1; m <= 12; ++m) {
      if (fold(month_names[m - 1]).starts_with(first)) return m;
    }
  }
  if (first.empty() || first.size() > 2 || first.find_first_not_of("0123456789") != std::string::npos) return 0;
  const int number = std::stoi(first);
  return number >= 1 && number <= 12 ? number : 0;
}

std::string_view month_name(int month) { return month_names[(month >= 1 && month <= 12 ? month : 1) - 1]; }

Date month_end(int year, int month) {
  const Date next = month == 12 ? Date{year + 1, 1, 1} : Date{year, month + 1, 1};
  return civil_from_days(days_from_civil(next) - 1);
}

Date quarter_end(int year, int quarter) {
  switch (quarter) {
    case 1: return {year, 3, 31};
    case 2: return {year, 6, 30};
    case 3: return {year, 9, 30};
    default: return {year, 12, 31};
  }
}

// Howard Hinnant's civil-date algorithms.
long days_from_civil(const Date& date) {
  const long y = date.year - (date.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (date.month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + date.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

Date add_days(const Date& date, int days) { return civil_from_days(days_from_civil(date) + days); }

double spreadsheet_serial(const Date& date) {
  return static_cast<double>(days_from_civil(date) + serial_of_1970);
}

Date from_spreadsheet_serial(double serial) {
  return civil_from_days(static_cast<long>(std::floor(serial)) - serial_of_1970);
}

}  // namespace kinerja::core
