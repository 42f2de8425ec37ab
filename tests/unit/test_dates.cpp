// Timestamps as Kiriman writes an email's date, to the second in UTC: worked out by hand
// (2023-07-01 00:00 UTC is 1688169600; the days since 1970 counted as 53 years and 13 leap days
// to 2023-01-01, then the months).
#include <doctest/doctest.h>

#include "core/dates.hpp"

using namespace kinerja::core;

TEST_CASE("an email's timestamp as seconds since 1970 UTC, its offset applied") {
  CHECK(utc_seconds_of("1970-01-01 00:00:00 +0000") == 0LL);
  CHECK(utc_seconds_of("1970-01-01 07:00:00 +0700") == 0LL);
  // 2023-07-05: 19358 days to 2023-01-01, 181 to 1 July, 4 more: day 19543, 1688515200 s.
  CHECK(utc_seconds_of("2023-07-05 00:00:00 +0000") == 1688515200LL);
  CHECK(utc_seconds_of("2023-07-05 09:12:00 +0700") == 1688515200LL + 9 * 3600 + 12 * 60 - 7 * 3600);
  CHECK(utc_seconds_of("2023-07-05 00:00:00 -0330") == 1688515200LL + 3 * 3600 + 30 * 60);
}

TEST_CASE("a timestamp that is no moment has none") {
  CHECK(utc_seconds_of("2023-02-29 10:00:00 +0700") == std::nullopt);  // 2023 has no 29 February
  CHECK(utc_seconds_of("2023-07-05 09:12:00") == std::nullopt);
  CHECK(utc_seconds_of("2023-13-01 09:12:00 +0700") == std::nullopt);
  CHECK(utc_seconds_of("2023-07-05 24:00:00 +0700") == std::nullopt);
  CHECK(utc_seconds_of("2023-07-05T09:12:00 +0700") == std::nullopt);
  CHECK(utc_seconds_of("") == std::nullopt);
}
