// Whether each bidang sent its form in time (docs/rules.md "Deadlines"): per bidang and quarter
// of the master's year, the due date (the quarter's end plus the Batas Kirim setting), when its
// first value came in (the pull's time, as Realisasi records it), and the verdict; for the
// bidang that have not sent, a reminder to paste into an email.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actuals.hpp"
#include "core/agreement.hpp"
#include "core/dates.hpp"
#include "core/grid.hpp"
#include "core/master_settings.hpp"

namespace kinerja::core {

enum class Delivery { not_due, on_time, late, missing };

// "Belum jatuh tempo", "Tepat waktu", "Terlambat", "Belum mengirim".
std::string_view label_of(Delivery delivery);

struct DeliveryStatus {
  std::string division;
  int quarter = 0;
  int month = 0;  // a monthly progress report's month; 0 for the quarter's form
  Date due;
  bool received = false;
  std::optional<Date> received_on;  // empty for a value typed by hand (no pull time)
  std::optional<Date> sent_on;      // when the form went out by email (Kirim Formulir lewat Surel)
  Delivery state = Delivery::not_due;
};

// "2023-07-10 09:00:00" (a Waktu Tarik) -> 10 Juli 2023; nullopt for anything else.
std::optional<Date> date_of_timestamp(std::string_view text);

// A submission that came by email, as the Kiriman log keeps it: the day of its Date header.
struct EmailReceipt {
  std::string division;
  int year = 0;
  int quarter = 0;
  Date on;
  int month = 0;  // a monthly form's
};

// The receipts of the Kiriman log (its header row first): the rows not rejected that name a
// bidang, a year, a quarter and a Tanggal Surel the Date rule believes (core/received_email_date.hpp:
// from the first day of the row's period to its Waktu Tarik).
std::vector<EmailReceipt> email_receipts(const Grid& submissions_log);

// A form sent to a bidang by email: the day it went out.
struct SentForm {
  std::string division;
  int quarter = 0;
  Date on;
  int month = 0;  // a monthly form's (its month is then a period of the sheet)
};

// The sent dates a Status Kiriman sheet keeps (its Dikirim column), so that refilling the sheet
// never loses them.
std::vector<SentForm> sent_forms(const Grid& deliveries_sheet);

// Every bidang of the agreement (its order) x every quarter of the master's year, then every
// month of the year some bidang reported on a monthly form (`monthly`: the Bulanan records) or
// was sent one, due
// the Batas Kirim days after the month's end; judged on `today`: received (the earliest of its
// values' pull times and its emails' dates) on or before the due date: on time; after it:
// late; nothing received and the due date passed: missing; else not due yet.
std::vector<DeliveryStatus> delivery_statuses(const Agreement& agreement, const std::vector<ActualRecord>& actuals,
                                              const MasterInfo& info, const Date& today,
                                              const std::vector<EmailReceipt>& receipts = {},
                                              const std::vector<SentForm>& sent = {},
                                              const std::vector<ActualRecord>& monthly = {});

// The reminder for a bidang that has not sent: who, which form, since when it is due.
std::string reminder_text(const DeliveryStatus& status, const MasterInfo& info);

// The Status Kiriman sheet: Bidang | Periode (TW II, or Juli for a month) | Dikirim | Batas Kirim | Diterima | Status | Pengingat,
// then, after an empty row, the Belum Mengirim list of `today`: the bidang whose quarter is past
// due and not received, in the same columns, how many days late where the table has Diterima.
Grid delivery_grid(const std::vector<DeliveryStatus>& statuses, const MasterInfo& info, const Date& today);

}  // namespace kinerja::core
