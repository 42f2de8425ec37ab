// An email's Date read by RFC 5322 (and the obsolete forms mail programs still write), and the
// rule that believes it only between the start of the period its submission reports and the
// pull; every expected value worked out by hand (seconds since 1970 by the calendar).
#include <doctest/doctest.h>

#include "core/received_email_date.hpp"

using namespace kinerja::core;

namespace {

EmailDate parsed(const std::string& text) {
  const auto date = parse_email_date(text);
  REQUIRE_MESSAGE(date.has_value(), text);
  return *date;
}

// 2023-07-12 09:30:05 +0700, the pull of these tests: 2023-07-12 02:30:05 UTC.
constexpr long long pulled = 1689129005;
const std::string pulled_at = "2023-07-12 09:30:05";

}  // namespace

TEST_CASE("a Date as mail programs write it: the sender's day, time and offset") {
  const EmailDate thunderbird = parsed("Wed, 5 Jul 2023 09:12:30 +0700");
  CHECK(thunderbird.day.year == 2023);
  CHECK(thunderbird.day.month == 7);
  CHECK(thunderbird.day.day == 5);
  CHECK(thunderbird.hour == 9);
  CHECK(thunderbird.minute == 12);
  CHECK(thunderbird.second == 30);
  CHECK(thunderbird.offset_minutes == 420);
  CHECK(timestamp_text(thunderbird) == "2023-07-05 09:12:30 +0700");
  CHECK(utc_seconds(thunderbird) == 1688523150);  // 2023-07-05 02:12:30 UTC

  CHECK(timestamp_text(parsed("Mon, 10 Jul 2023 23:30:00 -0500")) == "2023-07-10 23:30:00 -0500");
  CHECK(timestamp_text(parsed("Tue, 1 Jul 2003 10:52:37 +0200 (CEST)")) == "2003-07-01 10:52:37 +0200");
  CHECK(timestamp_text(parsed("Wed, 5 Jul 2023 09:12:30\r\n +0700")) == "2023-07-05 09:12:30 +0700");  // folded
  CHECK(timestamp_text(parsed("(dikirim) 5 jul 2023 09:12 (jam kantor) GMT")) == "2023-07-05 09:12:00 +0000");
  CHECK(timestamp_text(parsed("5 Jul 23 09:12:00 UT")) == "2023-07-05 09:12:00 +0000");    // two digits: 20xx below 50
  CHECK(timestamp_text(parsed("5 Jul 99 09:12:00 PDT")) == "1999-07-05 09:12:00 -0700");   // 19xx from 50
  CHECK(timestamp_text(parsed("5 Jul 123 09:12:00 EST")) == "2023-07-05 09:12:00 -0500");  // three digits: 1900 +
  CHECK(timestamp_text(parsed("Sat, 29 Feb 2024 9:05:00 +1400")) == "2024-02-29 09:05:00 +1400");
  CHECK(timestamp_text(parsed("Sat, 29 Feb 2024 09:05:00 -1400")) == "2024-02-29 09:05:00 -1400");
  CHECK(timestamp_text(parsed("Mon, 01 Jan 0000 00:00:00 +0000")) == "0000-01-01 00:00:00 +0000");  // a date, if an odd one
  CHECK(timestamp_text(parsed("Fri, 31 Dec 9999 23:59:59 +0700")) == "9999-12-31 23:59:59 +0700");
}

TEST_CASE("Dates that are none: an offset beyond 14:00, a day that does not exist, garbage") {
  for (const char* text : {"Mon, 01 Jan 0000 00:00:00 +9999", "Wed, 5 Jul 2023 09:12:30 +1401",
                           "Wed, 5 Jul 2023 09:12:30 -1500", "Wed, 5 Jul 2023 09:12:30 +0760",
                           "Wed, 30 Feb 2023 10:00:00 +0700", "Wed, 29 Feb 2023 10:00:00 +0700",
                           "Wed, 5 Jul 2023 24:00:00 +0700", "Wed, 5 Jul 2023 09:60:00 +0700",
                           "Wed, 5 Jul 12023 09:12:30 +0700", "Wed, 5 Jul 2023 09:12:30", "Foo, 5 Jul 2023 09:12:30 +0700",
                           "Wed, 5 Jly 2023 09:12:30 +0700", "Wed, 5 Jul 2023 (tanpa tutup 09:12:30 +0700",
                           "Wed, 5 Jul 2023) 09:12:30 +0700", "Wed, Thu, 5 Jul 2023 09:12:30 +0700", "",
                           "2023-07-05 09:12:30 +0700", "Wed, 5 Jul 2023 09:12:30 +07", "Wed, 5 Jul 2023 09:12:30 XYZ"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_email_date(text).has_value());
  }
}

TEST_CASE("Kiriman's timestamps read back, a Waktu Tarik without offset too") {
  const auto sent = parse_timestamp_text("2023-07-05 09:12:30 +0700");
  REQUIRE(sent.has_value());
  CHECK(utc_seconds(*sent) == 1688523150);
  const auto pull = parse_timestamp_text("2023-07-12 02:30:05");
  REQUIRE(pull.has_value());
  CHECK(utc_seconds(*pull) == pulled);
  CHECK_FALSE(parse_timestamp_text("2023-07-05").has_value());
  CHECK_FALSE(parse_timestamp_text("2023-02-30 09:12:30").has_value());
  CHECK_FALSE(parse_timestamp_text("2023-07-05 09:12:30 +9999").has_value());
}

TEST_CASE("an email's Date is believed from the first day of its period to the pull, not before, not after") {
  CHECK(period_start(2023, 2, 0).month == 4);
  CHECK(period_start(2023, 2, 0).day == 1);
  CHECK(period_start(2023, 3, 8).month == 8);
  const Date april{2023, 4, 1};
  CHECK(email_date_believed(parsed("Wed, 5 Jul 2023 09:12:30 +0700"), april, pulled));
  CHECK(email_date_believed(parsed("Sat, 1 Apr 2023 00:00:00 +0700"), april, pulled));     // the first day
  CHECK_FALSE(email_date_believed(parsed("Fri, 31 Mar 2023 23:59:59 +0700"), april, pulled));
  CHECK(email_date_believed(parsed("Wed, 12 Jul 2023 09:30:05 +0700"), april, pulled));    // the pull's own second
  CHECK_FALSE(email_date_believed(parsed("Wed, 12 Jul 2023 09:30:06 +0700"), april, pulled));
  CHECK(email_date_believed(parsed("Tue, 11 Jul 2023 21:30:05 -0500"), april, pulled));    // 02:30:05 UTC on the 12th
  CHECK_FALSE(email_date_believed(parsed("Tue, 11 Jul 2023 21:30:06 -0500"), april, pulled));
  CHECK_FALSE(email_date_believed(parsed("Fri, 31 Dec 9999 23:59:59 +0700"), april, pulled));
  CHECK_FALSE(email_date_believed(parsed("Mon, 01 Jan 0000 00:00:00 +0000"), april, pulled));
}

TEST_CASE("the pull's verdict: Kiriman keeps a believed Date, any other is a warning naming the email and the pull time counts") {
  const std::string file = "balasan.eml › Kinerja-2023-TW2-Sekretariat.xlsx";
  const EmailDateVerdict good = judge_email_date("Fri, 07 Jul 2023 09:15:00 +0700", 2023, 2, 0, pulled_at, pulled, file);
  CHECK(good.sent_at == "2023-07-07 09:15:00 +0700");
  CHECK_FALSE(good.warning.has_value());

  const EmailDateVerdict bogus = judge_email_date("Mon, 01 Jan 0000 00:00:00 +9999", 2023, 2, 0, pulled_at, pulled, file);
  CHECK(bogus.sent_at.empty());
  REQUIRE(bogus.warning.has_value());
  CHECK(bogus.warning->severity == Severity::warning);
  CHECK(bogus.warning->file == file);
  CHECK(bogus.warning->message ==
        "Tanggal surel \"Mon, 01 Jan 0000 00:00:00 +9999\" tidak sah (bukan tanggal surel yang dapat dibaca, atau zona "
        "waktunya di luar ±14:00); waktu tarik dipakai sebagai tanggal diterima.");

  const EmailDateVerdict future = judge_email_date("Fri, 31 Dec 9999 23:59:59 +0700", 2023, 2, 0, pulled_at, pulled, file);
  CHECK(future.sent_at.empty());
  REQUIRE(future.warning.has_value());
  CHECK(future.warning->message ==
        "Tanggal surel \"Fri, 31 Dec 9999 23:59:59 +0700\" di luar rentang 1 April 2023 (awal TW II 2023) sampai waktu "
        "tarik 2023-07-12 09:30:05; waktu tarik dipakai sebagai tanggal diterima.");

  const EmailDateVerdict year_zero = judge_email_date("Mon, 01 Jan 0000 00:00:00 +0000", 2023, 2, 0, pulled_at, pulled, file);
  CHECK(year_zero.sent_at.empty());
  CHECK(year_zero.warning.has_value());

  // A monthly form's period is its month.
  const EmailDateVerdict july = judge_email_date("Mon, 31 Jul 2023 10:00:00 +0700", 2023, 3, 8, pulled_at, pulled, file);
  CHECK(july.sent_at.empty());
  REQUIRE(july.warning.has_value());
  CHECK(july.warning->message ==
        "Tanggal surel \"Mon, 31 Jul 2023 10:00:00 +0700\" di luar rentang 1 Agustus 2023 (awal Agustus 2023) sampai "
        "waktu tarik 2023-07-12 09:30:05; waktu tarik dipakai sebagai tanggal diterima.");

  // No Date header: nothing to say. No period (a rejected file): only the pull bounds it.
  const EmailDateVerdict none = judge_email_date("", 2023, 2, 0, pulled_at, pulled, file);
  CHECK(none.sent_at.empty());
  CHECK_FALSE(none.warning.has_value());
  CHECK(judge_email_date("Fri, 07 Jul 2023 09:15:00 +0700", 0, 0, 0, pulled_at, pulled, file).sent_at ==
        "2023-07-07 09:15:00 +0700");
  const EmailDateVerdict unknown = judge_email_date("Fri, 31 Dec 9999 23:59:59 +0700", 0, 0, 0, pulled_at, pulled, file);
  REQUIRE(unknown.warning.has_value());
  CHECK(unknown.warning->message == "Tanggal surel \"Fri, 31 Dec 9999 23:59:59 +0700\" sesudah waktu tarik "
                                    "2023-07-12 09:30:05; waktu tarik dipakai sebagai tanggal diterima.");
  // A header with a line break is shown on one line.
  const EmailDateVerdict broken = judge_email_date("x\nBcc: y", 2023, 2, 0, pulled_at, pulled, file);
  REQUIRE(broken.warning.has_value());
  CHECK(broken.warning->message.starts_with("Tanggal surel \"x↵Bcc: y\" tidak sah"));
}

TEST_CASE("emails are read oldest first: by their Date, the pull's moment for one unreadable or later") {
  // 5 Jul 2023 09:12:30 +0700 = 02:12:30 UTC; 1688515200 is 2023-07-05 00:00:00 UTC.
  const long long pulled = 1688515200 + 10 * 86400;  // 15 Jul 2023 00:00 UTC
  CHECK(email_order_seconds("Wed, 5 Jul 2023 09:12:30 +0700", pulled) == 1688515200 + 2 * 3600 + 12 * 60 + 30);
  CHECK(email_order_seconds("Mon, 01 Jan 0000 00:00:00 +9999", pulled) == pulled);  // no date
  CHECK(email_order_seconds("", pulled) == pulled);
  CHECK(email_order_seconds("Fri, 31 Dec 9999 23:59:59 +0000", pulled) == pulled);  // after the pull
}
