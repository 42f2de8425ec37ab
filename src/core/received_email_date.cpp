#include "core/received_email_date.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

#include "core/mail_fields.hpp"
#include "core/period.hpp"
#include "core/text.hpp"

namespace kinerja::core {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!is_digit(c)) return false;
  }
  return true;
}

int number_of(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// The text with its comments (nested parentheses, '\' escaping) and folding made spaces;
// nullopt when a comment is not closed or a ')' has no '('.
std::optional<std::string> without_comments(std::string_view text) {
  std::string out;
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (depth > 0) {
      if (c == '\\') {
        ++i;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')' && --depth == 0) {
        out += ' ';
      }
    } else if (c == '(') {
      depth = 1;
    } else if (c == ')') {
      return std::nullopt;
    } else {
      out += c == '\r' || c == '\n' || c == '\t' ? ' ' : c;
    }
  }
  if (depth != 0) return std::nullopt;
  return out;
}

std::vector<std::string_view> words(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    const std::size_t end = std::min(text.find(' ', i), text.size());
    out.push_back(text.substr(i, end - i));
    i = end;
  }
  return out;
}

// 1..12 for "Jan".."Dec" in any letter case, else 0.
int month_of_name(std::string_view word) {
  static constexpr std::array<std::string_view, 12> names = {"jan", "feb", "mar", "apr", "may", "jun",
                                                              "jul", "aug", "sep", "oct", "nov", "dec"};
  const std::string lower = to_lower(word);
  for (std::size_t m = 0; m < names.size(); ++m) {
    if (lower == names[m]) return static_cast<int>(m) + 1;
  }
  return 0;
}

bool day_name(std::string_view word) {
  const std::string lower = to_lower(word);
  for (std::string_view name : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}) {
    if (lower == name) return true;
  }
  return false;
}

// The zone in minutes east of UTC; nullopt for anything else or beyond 14:00.
std::optional<int> zone_of(std::string_view word) {
  if (word.size() == 5 && (word[0] == '+' || word[0] == '-') && all_digits(word.substr(1))) {
    const int hours = number_of(word.substr(1, 2));
    const int minutes = number_of(word.substr(3, 2));
    const int offset = hours * 60 + minutes;
    if (minutes > 59 || offset > email_max_offset_minutes) return std::nullopt;
    return word[0] == '-' ? -offset : offset;
  }
  static constexpr std::array<std::pair<std::string_view, int>, 11> names = {
      {{"ut", 0}, {"gmt", 0}, {"z", 0}, {"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300},
       {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420}}};
  const std::string lower = to_lower(word);
  for (const auto& [name, offset] : names) {
    if (lower == name) return offset;
  }
  return std::nullopt;
}

bool same_day(const Date& a, const Date& b) { return a.year == b.year && a.month == b.month && a.day == b.day; }

// A day that exists in the proleptic Gregorian calendar.
bool real_day(const Date& date) {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31 &&
         same_day(civil_from_days(days_from_civil(date)), date);
}

// "HH:MM" or "HH:MM:SS" (the hour may have one digit, as old programs write it).
bool read_time(std::string_view word, EmailDate& date) {
  const std::size_t first = word.find(':');
  if (first == std::string_view::npos) return false;
  const std::string_view hour = word.substr(0, first);
  std::string_view rest = word.substr(first + 1);
  const std::size_t second = rest.find(':');
  const std::string_view minute = rest.substr(0, second);
  const std::string_view seconds = second == std::string_view::npos ? std::string_view("00") : rest.substr(second + 1);
  if (hour.empty() || hour.size() > 2 || !all_digits(hour) || minute.size() != 2 || !all_digits(minute) ||
      seconds.size() != 2 || !all_digits(seconds)) {
    return false;
  }
  date.hour = number_of(hour);
  date.minute = number_of(minute);
  date.second = number_of(seconds);
  return date.hour <= 23 && date.minute <= 59 && date.second <= 60;
}

std::string two(int value) { return (value < 10 ? "0" : "") + std::to_string(value); }

}  // namespace

std::optional<EmailDate> parse_email_date(std::string_view text) {
  const auto plain = without_comments(text);
  if (!plain) return std::nullopt;
  std::string_view rest = *plain;
  if (const std::size_t comma = rest.find(','); comma != std::string_view::npos) {
    if (!day_name(trim(rest.substr(0, comma)))) return std::nullopt;
    rest = rest.substr(comma + 1);
  }
  const std::vector<std::string_view> parts = words(rest);
  if (parts.size() != 5) return std::nullopt;
  EmailDate date;
  const std::string_view day = parts[0], year = parts[2];
  if (day.size() > 2 || !all_digits(day) || year.size() < 2 || year.size() > 4 || !all_digits(year)) return std::nullopt;
  date.day.day = number_of(day);
  date.day.month = month_of_name(parts[1]);
  date.day.year = number_of(year);
  if (year.size() == 2) date.day.year += date.day.year < 50 ? 2000 : 1900;  // RFC 5322 4.3
  if (year.size() == 3) date.day.year += 1900;
  if (!real_day(date.day) || !read_time(parts[3], date)) return std::nullopt;
  const auto zone = zone_of(parts[4]);
  if (!zone) return std::nullopt;
  date.offset_minutes = *zone;
  return date;
}

std::string timestamp_text(const EmailDate& date) {
  const int magnitude = date.offset_minutes < 0 ? -date.offset_minutes : date.offset_minutes;
  std::string year = std::to_string(date.day.year);
  while (year.size() < 4) year = "0" + year;
  return year + "-" + two(date.day.month) + "-" + two(date.day.day) + " " + two(date.hour) + ":" + two(date.minute) +
         ":" + two(date.second) + " " + (date.offset_minutes < 0 ? "-" : "+") + two(magnitude / 60) + two(magnitude % 60);
}

std::optional<EmailDate> parse_timestamp_text(std::string_view text) {
  text = trim(text);
  if (text.size() != 19 && text.size() != 25) return std::nullopt;
  const auto digits = [&](std::size_t at, std::size_t length) { return all_digits(text.substr(at, length)); };
  if (!digits(0, 4) || text[4] != '-' || !digits(5, 2) || text[7] != '-' || !digits(8, 2) || text[10] != ' ' ||
      !digits(11, 2) || text[13] != ':' || !digits(14, 2) || text[16] != ':' || !digits(17, 2)) {
    return std::nullopt;
  }
  EmailDate date;
  date.day = {number_of(text.substr(0, 4)), number_of(text.substr(5, 2)), number_of(text.substr(8, 2))};
  date.hour = number_of(text.substr(11, 2));
  date.minute = number_of(text.substr(14, 2));
  date.second = number_of(text.substr(17, 2));
  if (!real_day(date.day) || date.hour > 23 || date.minute > 59 || date.second > 60) return std::nullopt;
  if (text.size() == 25) {
    if (text[19] != ' ') return std::nullopt;
    const auto zone = zone_of(text.substr(20));
    if (!zone) return std::nullopt;
    date.offset_minutes = *zone;
  }
  return date;
}

long long utc_seconds(const EmailDate& date) {
  return static_cast<long long>(days_from_civil(date.day)) * 86400 + date.hour * 3600 + date.minute * 60 +
         date.second - date.offset_minutes * 60;
}

long long email_order_seconds(std::string_view header, long long pulled_utc) {
  const std::optional<EmailDate> date = parse_email_date(header);
  return date ? std::min(utc_seconds(*date), pulled_utc) : pulled_utc;
}

Date period_start(int year, int quarter, int month) {
  return {year, month > 0 ? month : (quarter - 1) * 3 + 1, 1};
}

bool email_date_believed(const EmailDate& date, const Date& first_day, long long pulled_utc) {
  return days_from_civil(date.day) >= days_from_civil(first_day) && utc_seconds(date) <= pulled_utc;
}

EmailDateVerdict judge_email_date(std::string_view header, int year, int quarter, int month,
                                  const std::string& pulled_at, long long pulled_utc, const std::string& file) {
  EmailDateVerdict verdict;
  if (trim(header).empty()) return verdict;
  const std::string claimed = "Tanggal surel \"" + visible_text(trim(header)) + "\"";
  const std::string fallback = "; waktu tarik dipakai sebagai tanggal diterima.";
  const auto date = parse_email_date(header);
  if (!date) {
    verdict.warning = Problem{Severity::warning,
                              claimed + " tidak sah (bukan tanggal surel yang dapat dibaca, atau zona waktunya di luar "
                                        "±14:00)" + fallback,
                              {}, file};
    return verdict;
  }
  const bool known = year > 0 && is_quarter(quarter) && (month == 0 || is_month(month));
  // Without a period only the pull bounds it: its first day is any day.
  const Date first_day = known ? period_start(year, quarter, month) : Date{-9999, 1, 1};
  if (email_date_believed(*date, first_day, pulled_utc)) {
    verdict.sent_at = timestamp_text(*date);
    return verdict;
  }
  const std::string period = month > 0 ? std::string(month_name(month)) + " " + std::to_string(year)
                                       : "TW " + std::string(roman(quarter)) + " " + std::to_string(year);
  verdict.warning = Problem{Severity::warning,
                            claimed + (known ? " di luar rentang " + indonesian_date(first_day) + " (awal " + period +
                                                   ") sampai waktu tarik " + pulled_at
                                             : " sesudah waktu tarik " + pulled_at) +
                                fallback,
                            {}, file};
  return verdict;
}

}  // namespace kinerja::core
