// An email's Date header, read strictly (RFC 5322), and whether Kinerja believes it
// (docs/rules.md "Saved emails"): the sender's computer writes it, so a Date before the period
// the submission reports, or after the pull that reads it, is not the day the form came.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/dates.hpp"
#include "core/problem.hpp"

namespace kinerja::core {

// The offsets the world's clocks use: UTC-12:00 to UTC+14:00, taken as at most 14:00 either way.
inline constexpr int email_max_offset_minutes = 14 * 60;

struct EmailDate {
  Date day;  // the calendar day in the sender's own offset
  int hour = 0, minute = 0, second = 0;
  int offset_minutes = 0;  // east of UTC
};

// RFC 5322's date-time ("Wed, 5 Jul 2023 09:12:30 +0700", the day name optional, comments
// allowed), with the obsolete forms mail programs still write: two- and three-digit years and the
// zones UT, GMT, Z, EST, EDT, CST, CDT, MST, MDT, PST, PDT. nullopt for anything else, a day that
// does not exist (30 Feb), a time past 23:59:60, a year of more than four digits, or an offset
// beyond 14:00.
std::optional<EmailDate> parse_email_date(std::string_view text);

// "2023-07-05 09:12:30 +0700", as Kiriman's Tanggal Surel keeps it.
std::string timestamp_text(const EmailDate& date);
// And back; the offset may be missing (a Waktu Tarik: "2023-07-12 09:30:05" reads as offset 0).
std::optional<EmailDate> parse_timestamp_text(std::string_view text);

// Seconds since 1970-01-01 00:00 UTC.
long long utc_seconds(const EmailDate& date);

// When a pull takes an email to have been sent, to read a bidang's emails from the oldest to the
// newest before any is judged: its Date (UTC seconds) when it reads and is not after the pull,
// else the pull's own moment, as for an email whose Date is not believed.
long long email_order_seconds(std::string_view header, long long pulled_utc);

// The first day of the period a submission reports: its month's for a monthly form, else its
// quarter's (1 April for TW II).
Date period_start(int year, int quarter, int month);

// The rule: an email's Date is believed when its day (in the sender's calendar) is on or after
// `first_day` and its moment not after `pulled_utc` (seconds since 1970, UTC).
bool email_date_believed(const EmailDate& date, const Date& first_day, long long pulled_utc);

struct EmailDateVerdict {
  std::string sent_at;             // the Date as Kiriman keeps it; empty: the pull time counts
  std::optional<Problem> warning;  // why the Date was not believed, naming the email
};

// The Date header of an email whose attachment `file` reports (year, quarter, month) (zeros when
// the submission names no period: then only the pull bounds it), judged for the pull at
// `pulled_at` (as the master writes it) = `pulled_utc`. No header: no date, no warning.
EmailDateVerdict judge_email_date(std::string_view header, int year, int quarter, int month,
                                  const std::string& pulled_at, long long pulled_utc, const std::string& file);

}  // namespace kinerja::core
