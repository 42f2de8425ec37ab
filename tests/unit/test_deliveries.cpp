// Status Kiriman: each bidang's quarter on time, late, missing or not due, judged on a given
// day against the due date (the quarter's end plus Batas Kirim), on records written here.
#include <doctest/doctest.h>

#include "core/deliveries.hpp"
#include "core/master_layout.hpp"
#include "small_agreement.hpp"

using namespace kinerja::core;

namespace {

ActualRecord pulled(const char* code, const char* division, int quarter, const char* at, const char* obstacle = "") {
  ActualRecord r = kinerja::test::record(code, division, 2023, quarter, 5, std::nullopt, obstacle);
  r.pulled_at = at;
  return r;
}

MasterInfo info() {
  MasterInfo i;
  i.agency = "Satpol PP Kabupaten Contoh";
  i.year = 2023;
  i.due_days = 10;  // TW I due 10 April, TW II 10 July, TW III 10 October, TW IV 10 January 2024
  return i;
}

}  // namespace

TEST_CASE("a bidang's quarter is on time, late, missing or not due yet") {
  const std::vector<ActualRecord> records = {
      pulled("A-01", "Bidang A", 1, "2023-04-05 09:00:00"),                  // 5 April: on time
      pulled("A-02", "Bidang A", 1, "2023-04-12 08:00:00"),                  // a later file: the first counts
      pulled("A-01", "Bidang A", 2, "2023-07-15 10:30:00"),                  // 15 July: 5 days late
      pulled("B-01", "Bidang B", 1, ""),                                     // typed by hand: received, no date
      pulled("A-01", "Bidang A", 4, "2022-12-30 10:00:00", "data menyusul")};  // only a kendala: sent
  const std::vector<DeliveryStatus> s = delivery_statuses(kinerja::test::small_agreement(), records, info(), {2023, 10, 20});
  REQUIRE(s.size() == 8);  // 2 bidang x 4 quarters
  CHECK(s[0].state == Delivery::on_time);
  REQUIRE(s[0].received_on.has_value());
  CHECK(s[0].received_on->day == 5);
  CHECK(s[1].state == Delivery::late);
  CHECK(s[1].due.month == 7);
  CHECK(s[1].due.day == 10);
  CHECK(s[2].state == Delivery::missing);  // TW III due 10 October, 20 October now
  CHECK(s[3].state == Delivery::on_time);  // TW IV sent (a kendala only), before its due date
  CHECK(s[4].division == "Bidang B");
  CHECK(s[4].state == Delivery::on_time);
  CHECK_FALSE(s[4].received_on);
  CHECK(s[5].state == Delivery::missing);
  // 10 October itself is still in time.
  CHECK(delivery_statuses(kinerja::test::small_agreement(), records, info(), {2023, 10, 10})[2].state == Delivery::not_due);
}

TEST_CASE("the Status Kiriman sheet, with a reminder for every bidang that has not sent") {
  const std::vector<ActualRecord> records = {pulled("A-01", "Bidang A", 1, "2023-04-05 09:00:00")};
  const std::vector<DeliveryStatus> s = delivery_statuses(kinerja::test::small_agreement(), records, info(), {2023, 7, 20});
  const Grid grid = delivery_grid(s, info(), {2023, 7, 20});
  CHECK(grid.sheet() == "Status Kiriman");
  CHECK(grid.text(0, 6) == "Pengingat");
  CHECK(grid.text(1, 3) == "10 April 2023");
  CHECK(grid.text(1, 4) == "5 April 2023");
  CHECK(grid.text(1, 5) == "Tepat waktu");
  CHECK(grid.text(2, 5) == "Belum mengirim");  // Bidang A, TW II
  CHECK(grid.text(2, 6) ==
        "Yth. Bidang A, formulir realisasi kinerja TW II 2023 belum kami terima (batas kirim 10 Juli 2023). Mohon "
        "diisi dan dikirim kembali lewat surel. Terima kasih. Satpol PP Kabupaten Contoh");
  CHECK(grid.text(3, 5) == "Belum jatuh tempo");
  CHECK(grid.text(3, 6).empty());
  // The Belum Mengirim list after the table: Bidang A's TW II (10 July) and Bidang B's TW I
  // (10 April) and TW II, on 20 July 10, 101 and 10 days late.
  CHECK(grid.row_is_empty(9));
  CHECK(grid.text(10, 0) == "Belum Mengirim per 20 Juli 2023");
  CHECK(grid.text(11, 4) == "Terlambat (hari)");
  REQUIRE(grid.row_count() == 12 + 3);
  CHECK(grid.text(12, 0) == "Bidang A");
  CHECK(grid.text(12, 1) == "TW II");
  CHECK(grid.text(12, 3) == "10 Juli 2023");
  CHECK(grid.text(12, 4) == "10");
  CHECK(grid.text(12, 5) == "Belum mengirim");
  CHECK(grid.text(13, 0) == "Bidang B");
  CHECK(grid.text(13, 1) == "TW I");
  CHECK(grid.text(13, 4) == "101");  // 20 days of April, 31 of May, 30 of June, 20 of July
  CHECK(grid.text(14, 4) == "10");
  CHECK(grid.text(13, 6).starts_with("Yth. Bidang B, formulir realisasi kinerja TW I 2023"));
}

TEST_CASE("a pull time as Realisasi writes it") {
  CHECK(date_of_timestamp("2023-07-10 09:00:00")->month == 7);
  CHECK(date_of_timestamp(" 2023-07-10")->day == 10);
  CHECK_FALSE(date_of_timestamp(""));
  CHECK_FALSE(date_of_timestamp("10/07/2023"));
  CHECK_FALSE(date_of_timestamp("2023-13-10 09:00"));
  CHECK_FALSE(date_of_timestamp("2023-07-10x"));
}

TEST_CASE("an emailed submission counts from its email's date, the Kiriman log gives the receipts") {
  // Kiriman: Waktu Tarik | Berkas | SHA-256 | Bidang | Tahun | Triwulan | Hasil | ... | Pengirim | Tanggal Surel
  const auto row = [](const char* division, double quarter, const char* verdict, const char* sent_at) {
    return std::vector<Cell>{std::string("2023-07-15 10:00:00"), std::string("surel.eml › f.xlsx"), std::string("ab"),
                             std::string(division), Number{2023}, Number{quarter}, std::string(verdict), Number{3},
                             Number{0}, std::string(), std::string("Ani <ani@contoh.go.id>"), std::string(sent_at)};
  };
  const Grid log("Kiriman", {{std::string("Waktu Tarik")},
                             row("Bidang A", 2, "Diterima", "2023-07-08 16:40:00 +0700"),
                             row("Bidang B", 2, "Ditolak", "2023-07-01 08:00:00 +0700"),  // rejected: no receipt
                             row("Bidang B", 3, "Diterima", ""),                           // not by email
                             row("Bidang B", 1, "Sebagian", "2023-04-11 07:00:00 +0800")});
  const std::vector<EmailReceipt> receipts = email_receipts(log);
  REQUIRE(receipts.size() == 2);
  CHECK(receipts[0].division == "Bidang A");
  CHECK(receipts[0].quarter == 2);
  CHECK(receipts[0].on.day == 8);
  CHECK(receipts[1].quarter == 1);
  CHECK(receipts[1].on.day == 11);

  // Bidang A's TW II was pulled on 15 July (after the 10 July deadline) but emailed on 8 July.
  const std::vector<ActualRecord> records = {pulled("A-01", "Bidang A", 2, "2023-07-15 10:00:00"),
                                             pulled("B-01", "Bidang B", 1, "2023-04-12 09:00:00")};
  const std::vector<DeliveryStatus> s =
      delivery_statuses(kinerja::test::small_agreement(), records, info(), {2023, 7, 20}, receipts);
  CHECK(s[1].state == Delivery::on_time);
  REQUIRE(s[1].received_on.has_value());
  CHECK(s[1].received_on->day == 8);
  CHECK(s[4].state == Delivery::late);  // emailed 11 April, the day after its deadline
  REQUIRE(s[4].received_on.has_value());
  CHECK(s[4].received_on->day == 11);
  // Without the receipts the pull's time is all there is.
  CHECK(delivery_statuses(kinerja::test::small_agreement(), records, info(), {2023, 7, 20})[1].state == Delivery::late);
}

TEST_CASE("a Tanggal Surel outside its period or after its Waktu Tarik is no receipt, as the pull would have judged it") {
  const auto row = [](double quarter, const char* sent_at) {
    return std::vector<Cell>{std::string("2023-07-15 10:00:00"), std::string("surel.eml › f.xlsx"), std::string("ab"),
                             std::string("Bidang A"), Number{2023}, Number{quarter}, std::string("Diterima"), Number{3},
                             Number{0}, std::string(), std::string("a@contoh.go.id"), std::string(sent_at)};
  };
  const Grid log("Kiriman", {{std::string("Waktu Tarik")},
                             row(2, "2000-01-01 00:00:00 +0000"),   // year 0000 as an older reading took it
                             row(2, "9999-12-31 23:59:59 +0700"),
                             row(2, "2023-03-31 23:00:00 +0700"),   // before TW II
                             row(2, "2023-07-16 09:00:00 +0700"),   // 02:00 UTC on the 16th: after any pull at 10:00 on the 15th
                             row(2, "2023-07-15 20:00:00 +0700"),   // 13:00 UTC: before a pull at 10:00 UTC-12:00
                             row(2, "2023-04-01 00:00:00 +0700")}); // TW II's first day
  const std::vector<EmailReceipt> receipts = email_receipts(log);
  REQUIRE(receipts.size() == 2);
  CHECK(receipts[0].on.day == 15);
  CHECK(receipts[1].on.month == 4);
  CHECK(receipts[1].on.day == 1);
}

TEST_CASE("an Indonesian date reads back, anything else does not") {
  CHECK(parse_indonesian_date("7 Juli 2023")->month == 7);
  CHECK(parse_indonesian_date(" 31 desember 2023 ")->day == 31);
  CHECK_FALSE(parse_indonesian_date("31 Juni 2023"));  // June has 30 days
  CHECK_FALSE(parse_indonesian_date("29 Februari 2023"));
  CHECK(parse_indonesian_date("29 Februari 2024")->day == 29);
  CHECK_FALSE(parse_indonesian_date("7 July 2023"));
  CHECK_FALSE(parse_indonesian_date("7 Juli 2023 pagi"));
  CHECK_FALSE(parse_indonesian_date(""));
}

TEST_CASE("the forms sent by email are kept by the sheet and shown, the first sending counts") {
  const Grid sheet("Status Kiriman", {master_layout::header_cells(master_layout::deliveries),
                                      {std::string("Bidang A"), std::string("TW II"), std::string("3 Juli 2023")},
                                      {std::string("Bidang A"), std::string("TW II"), std::string("1 Juli 2023")},
                                      {std::string("Bidang B"), std::string("TW II"), std::string()},
                                      {std::string("Bidang B"), std::string("Tahunan"), std::string("1 Juli 2023")},
                                      {std::string("Bidang B"), std::string("TW I"), std::string("kemarin")}});
  const std::vector<SentForm> sent = sent_forms(sheet);
  REQUIRE(sent.size() == 2);
  CHECK(sent[0].division == "Bidang A");
  CHECK(sent[0].quarter == 2);
  CHECK(sent[0].on.day == 3);
  const std::vector<DeliveryStatus> s =
      delivery_statuses(kinerja::test::small_agreement(), {}, info(), {2023, 7, 5}, {}, sent);
  REQUIRE(s[1].sent_on.has_value());
  CHECK(s[1].sent_on->day == 1);
  CHECK_FALSE(s[0].sent_on);
  const Grid grid = delivery_grid(s, info(), {2023, 7, 5});
  CHECK(grid.text(0, 2) == "Dikirim");
  CHECK(grid.row_count() == 1 + 8 + 3 + 2);  // both TW I are missing: an empty row, title, header, two rows
  CHECK(sent_forms(grid).size() == 1);   // the list is never read as sent forms
  CHECK(grid.text(2, 2) == "1 Juli 2023");
  CHECK(grid.text(2, 5) == "Belum jatuh tempo");
}

TEST_CASE("the months some bidang reported monthly are periods too, each due after its month's end") {
  // July and August are in use. Bidang A: July pulled 5 August (due 10 August: on time), no
  // August. Bidang B: no July, August pulled 15 September (due 10 September: late), but emailed
  // on 8 September. Judged on 20 September.
  ActualRecord a_july = pulled("A-01", "Bidang A", 3, "2023-08-05 09:00:00");
  a_july.month = 7;
  ActualRecord b_august = pulled("B-01", "Bidang B", 3, "2023-09-15 09:00:00");
  b_august.month = 8;
  const std::vector<DeliveryStatus> s =
      delivery_statuses(kinerja::test::small_agreement(), {}, info(), {2023, 9, 20}, {}, {}, {a_july, b_august});
  REQUIRE(s.size() == 12);  // 2 bidang x (4 quarters + 2 months)
  CHECK(s[4].month == 7);
  CHECK(s[4].due.month == 8);
  CHECK(s[4].due.day == 10);
  CHECK(s[4].state == Delivery::on_time);
  CHECK(s[5].month == 8);
  CHECK(s[5].state == Delivery::missing);
  CHECK(s[10].division == "Bidang B");
  CHECK(s[10].state == Delivery::missing);  // July
  CHECK(s[11].state == Delivery::late);     // August, pulled 15 September
  CHECK(reminder_text(s[5], info()) ==
        "Yth. Bidang A, laporan progres bulanan Agustus 2023 belum kami terima (batas kirim 10 September 2023). Mohon "
        "diisi dan dikirim kembali lewat surel. Terima kasih. Satpol PP Kabupaten Contoh");

  const std::vector<EmailReceipt> emailed = {{"Bidang B", 2023, 3, {2023, 9, 8}, 8}};
  CHECK(delivery_statuses(kinerja::test::small_agreement(), {}, info(), {2023, 9, 20}, emailed, {}, {a_july, b_august})[11]
            .state == Delivery::on_time);
  const Grid grid = delivery_grid(s, info(), {2023, 9, 20});
  CHECK(grid.text(0, 1) == "Periode");
  CHECK(grid.text(5, 1) == "Juli");
  CHECK(grid.text(6, 1) == "Agustus");
  CHECK(grid.text(6, 3) == "10 September 2023");
}

TEST_CASE("a monthly form sent makes its month a period, and its day sent is read back from the sheet") {
  // Nobody has reported monthly yet; on 3 August Bidang A was sent its July form.
  const std::vector<SentForm> sent = {{"Bidang A", 3, {2023, 8, 3}, 7}};
  const std::vector<DeliveryStatus> s =
      delivery_statuses(kinerja::test::small_agreement(), {}, info(), {2023, 8, 5}, {}, sent);
  REQUIRE(s.size() == 10);  // 2 bidang x (4 quarters + July)
  CHECK(s[4].month == 7);
  REQUIRE(s[4].sent_on.has_value());
  CHECK(s[4].sent_on->day == 3);
  CHECK(s[4].state == Delivery::not_due);  // due 10 August
  CHECK_FALSE(s[9].sent_on);               // Bidang B's July: not sent
  const std::vector<SentForm> back = sent_forms(delivery_grid(s, info(), {2023, 8, 5}));
  REQUIRE(back.size() == 1);
  CHECK(back[0].month == 7);
  CHECK(back[0].quarter == 3);
  CHECK(back[0].on.day == 3);
}
