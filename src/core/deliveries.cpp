#include "core/deliveries.hpp"

#include <map>
#include <set>
#include <tuple>

#include "core/master_layout.hpp"
#include "core/period.hpp"
#include "core/pull_log.hpp"
#include "core/received_email_date.hpp"
#include "core/text.hpp"

namespace kinerja::core {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int number_at(std::string_view text, std::size_t at, std::size_t length) {
  int value = 0;
  for (std::size_t i = at; i < at + length; ++i) value = value * 10 + (text[i] - '0');
  return value;
}

}  // namespace

std::string_view label_of(Delivery delivery) {
  switch (delivery) {
    case Delivery::not_due: return "Belum jatuh tempo";
    case Delivery::on_time: return "Tepat waktu";
    case Delivery::late: return "Terlambat";
    case Delivery::missing: return "Belum mengirim";
  }
  return {};
}

std::optional<Date> date_of_timestamp(std::string_view text) {
  text = trim(text);
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (!is_digit(text[i])) return std::nullopt;
  }
  const Date date{number_at(text, 0, 4), number_at(text, 5, 2), number_at(text, 8, 2)};
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return std::nullopt;
  if (text.size() > 10 && text[10] != ' ' && text[10] != 'T') return std::nullopt;
  return date;
}

std::vector<EmailReceipt> email_receipts(const Grid& log) {
  namespace column = master_layout::submission_column;
  std::vector<EmailReceipt> receipts;
  for (int row = 1; row < log.row_count(); ++row) {
    const auto* year = std::get_if<Number>(&log.at(row, column::year));
    const auto* quarter = std::get_if<Number>(&log.at(row, column::quarter));
    const auto sent = parse_timestamp_text(log.text(row, column::sent_at));
    const auto pulled = parse_timestamp_text(log.text(row, column::pulled_at));
    const std::string division = log.text(row, column::division);
    if (!year || !quarter || !sent || !pulled || division.empty()) continue;
    if (log.text(row, column::verdict) == label_of(Verdict::rejected)) continue;
    const auto* month = std::get_if<Number>(&log.at(row, column::month));
    const EmailReceipt receipt{division, static_cast<int>(year->value), static_cast<int>(quarter->value), sent->day,
                               month ? static_cast<int>(month->value) : 0};
    // The Date rule again, for rows written before it or typed in: from the first day of the
    // row's period to its Waktu Tarik, a local time of unknown offset taken at its latest
    // (UTC-14:00), so that no Date the pull believed is doubted here.
    const long long latest_pull = utc_seconds(*pulled) + email_max_offset_minutes * 60;
    if (!email_date_believed(*sent, period_start(receipt.year, receipt.quarter, receipt.month), latest_pull)) continue;
    receipts.push_back(receipt);
  }
  return receipts;
}

std::vector<SentForm> sent_forms(const Grid& sheet) {
  std::vector<SentForm> sent;
  for (int row = 1; row < sheet.row_count() && !sheet.row_is_empty(row); ++row) {  // the table, not the list below
    const auto on = parse_indonesian_date(sheet.text(row, 2));
    if (!on || sheet.text(row, 0).empty()) continue;
    const std::string label = fold(sheet.text(row, 1));
    if (const int month = month_of(label); month > 0) {
      sent.push_back({sheet.text(row, 0), quarter_of_month(month), *on, month});
      continue;
    }
    const auto period = parse_period(label);
    if (!period) continue;
    const QuarterRange quarters = quarters_of(*period);
    if (quarters.first != quarters.last) continue;  // only a quarter's row is a form sent
    sent.push_back({sheet.text(row, 0), quarters.first, *on});
  }
  return sent;
}

std::vector<DeliveryStatus> delivery_statuses(const Agreement& agreement, const std::vector<ActualRecord>& actuals,
                                              const MasterInfo& info, const Date& today,
                                              const std::vector<EmailReceipt>& receipts,
                                              const std::vector<SentForm>& sent,
                                              const std::vector<ActualRecord>& monthly) {
  // The first value each bidang's period received, and whether any had no pull time. A period
  // is (quarter, 0) or (quarter, month).
  struct Received {
    bool any = false;
    std::optional<long> first;  // days since 1970
  };
  using Key = std::tuple<std::string, int, int>;
  std::map<Key, Received> received;
  const auto note = [&](const Key& key, std::optional<Date> on) {
    Received& entry = received[key];
    entry.any = true;
    if (on) {
      const long day = days_from_civil(*on);
      if (!entry.first || day < *entry.first) entry.first = day;
    }
  };
  std::set<int> months_in_use;
  for (const auto* records : {&actuals, &monthly}) {
    for (const ActualRecord& r : *records) {
      if (r.year != info.year) continue;  // a row with only a kendala was sent too
      if (r.month > 0) months_in_use.insert(r.month);
      note({fold(r.division), r.quarter, r.month}, date_of_timestamp(r.pulled_at));
    }
  }
  for (const EmailReceipt& receipt : receipts) {
    if (receipt.year == info.year) note({fold(receipt.division), receipt.quarter, receipt.month}, receipt.on);
  }
  std::map<Key, long> first_sent;
  for (const SentForm& form : sent) {
    const long day = days_from_civil(form.on);
    auto [at, added] = first_sent.try_emplace({fold(form.division), form.quarter, form.month}, day);
    if (!added && day < at->second) at->second = day;
    if (form.month > 0) months_in_use.insert(form.month);
  }
  const long now = days_from_civil(today);
  std::vector<DeliveryStatus> out;
  const auto judge = [&](const std::string& division, int quarter, int month) {
    DeliveryStatus status;
    status.division = division;
    status.quarter = quarter;
    status.month = month;
    status.due = add_days(month > 0 ? month_end(info.year, month) : quarter_end(info.year, quarter), info.due_days);
    const long due = days_from_civil(status.due);
    if (const auto went = first_sent.find({fold(division), quarter, month}); went != first_sent.end()) {
      status.sent_on = civil_from_days(went->second);
    }
    const auto found = received.find({fold(division), quarter, month});
    if (found != received.end() && found->second.any) {
      status.received = true;
      if (found->second.first) status.received_on = civil_from_days(*found->second.first);
      status.state = found->second.first && *found->second.first > due ? Delivery::late : Delivery::on_time;
    } else {
      status.state = now > due ? Delivery::missing : Delivery::not_due;
    }
    out.push_back(status);
  };
  for (const std::string& division : agreement.divisions()) {
    for (int quarter = 1; quarter <= 4; ++quarter) judge(division, quarter, 0);
    for (int month : months_in_use) judge(division, quarter_of_month(month), month);
  }
  return out;
}

namespace {

std::string period_label(const DeliveryStatus& status) {
  return status.month > 0 ? std::string(month_name(status.month)) : "TW " + std::string(roman(status.quarter));
}

}  // namespace

std::string reminder_text(const DeliveryStatus& status, const MasterInfo& info) {
  const std::string period = period_label(status) + " " + std::to_string(info.year);
  return "Yth. " + status.division + ", " +
         (status.month > 0 ? "laporan progres bulanan " : "formulir realisasi kinerja ") + period +
         " belum kami terima (batas kirim " +
         indonesian_date(status.due) + "). Mohon diisi dan dikirim kembali lewat surel. Terima kasih. " + info.agency;
}

Grid delivery_grid(const std::vector<DeliveryStatus>& statuses, const MasterInfo& info, const Date& today) {
  std::vector<std::vector<Cell>> rows;
  rows.push_back(master_layout::header_cells(master_layout::deliveries));
  for (const DeliveryStatus& s : statuses) {
    rows.push_back({s.division, period_label(s),
                    s.sent_on ? Cell(indonesian_date(*s.sent_on)) : Cell(Empty{}), indonesian_date(s.due),
                    s.received_on ? Cell(indonesian_date(*s.received_on))
                                  : s.received ? Cell(std::string("ya (tanggal tidak tercatat)")) : Cell(Empty{}),
                    std::string(label_of(s.state)),
                    s.state == Delivery::missing ? Cell(reminder_text(s, info)) : Cell(Empty{})});
  }
  std::vector<std::vector<Cell>> missing;
  for (const DeliveryStatus& s : statuses) {
    if (s.state != Delivery::missing) continue;
    // The table's columns where they mean the same (Dikirim, Batas Kirim, Status, Pengingat).
    missing.push_back({s.division, period_label(s),
                       s.sent_on ? Cell(indonesian_date(*s.sent_on)) : Cell(Empty{}), indonesian_date(s.due),
                       Number{static_cast<double>(days_from_civil(today) - days_from_civil(s.due))},
                       std::string(label_of(s.state)), reminder_text(s, info)});
  }
  if (!missing.empty()) {
    rows.emplace_back();
    rows.push_back({"Belum Mengirim per " + indonesian_date(today)});
    rows.push_back({std::string("Bidang"), std::string("Periode"), std::string("Dikirim"), std::string("Batas Kirim"),
                    std::string("Terlambat (hari)"), std::string("Status"), std::string("Pengingat")});
    rows.insert(rows.end(), missing.begin(), missing.end());
  }
  return Grid(std::string(master_layout::deliveries), std::move(rows));
}

}  // namespace kinerja::core
