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

std::optional<long long> utc_seconds_of(std::string_view t) {
  // "YYYY-MM-DD HH:MM:SS +HHMM": 25 characters, digits where digits belong.
  if (t.size() != 25 || t[4] != '-' || t[7] != '-' || t[10] != ' ' || t[13] != ':' || t[16] != ':' || t[19] != ' ' ||
      (t[20] != '+' && t[20] != '-')) {
    return std::nullopt;
  }
  const auto number = [&](std::size_t at, std::size_t length) -> std::optional<int> {
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) {
      if (t[i] < '0' || t[i] > '9') return std::nullopt;
      value = value * 10 + (t[i] - '0');
    }
    return value;
  };
  const auto year = number(0, 4), month = number(5, 2), day = number(8, 2), hour = number(11, 2),
             minute = number(14, 2), second = number(17, 2), offset_hours = number(21, 2), offset_minutes = number(23, 2);
  if (!year || !month || !day || !hour || !minute || !second || !offset_hours || !offset_minutes) return std::nullopt;
  if (!is_month(*month) || *day < 1 || *day > month_end(*year, *month).day || *hour > 23 || *minute > 59 ||
      *second > 60 || *offset_minutes > 59) {
    return std::nullopt;
  }
  const long long offset = (*offset_hours * 60LL + *offset_minutes) * 60 * (t[20] == '-' ? -1 : 1);
  return days_from_civil({*year, *month, *day}) * 86400LL + *hour * 3600LL + *minute * 60LL + *second - offset;
}

}  // namespace kinerja::core
