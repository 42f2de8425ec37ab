// Calendar dates as the reports write them in Indonesian ("3 Januari 2023").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kinerja::core {

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

// "3 Januari 2023".
std::string indonesian_date(const Date& date);
// And back: "3 Januari 2023" (month names in any letter case) -> the date; nullopt for anything else.
std::optional<Date> parse_indonesian_date(std::string_view text);

// "Juli" for 7 (1..12).
std::string_view month_name(int month);
// And back, as people write a month: its name in any letter case or its first three letters or
// more ("Agustus", "agu"), or its number ("8"); only the first word counts ("Agustus 2023").
// 0 for anything else.
int month_of(std::string_view text);
// The last day of a month (28 Februari 2023, 29 Februari 2024).
Date month_end(int year, int month);
// The quarter a month belongs to (7 -> 3).
constexpr int quarter_of_month(int month) { return (month - 1) / 3 + 1; }
constexpr bool is_month(int month) { return month >= 1 && month <= 12; }

// The last day of a quarter (31 Maret, 30 Juni, 30 September, 31 Desember).
Date quarter_end(int year, int quarter);

// `date` plus `days` days.
Date add_days(const Date& date, int days);

// Days since 1970-01-01 and back (proleptic Gregorian).
long days_from_civil(const Date& date);
Date civil_from_days(long days);

// A spreadsheet date serial (days since 1899-12-30, as Calc and Excel count) and back.
double spreadsheet_serial(const Date& date);
Date from_spreadsheet_serial(double serial);

}  // namespace kinerja::core
