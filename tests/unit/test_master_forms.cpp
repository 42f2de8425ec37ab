#include <doctest/doctest.h>

#include "core/checksum.hpp"
#include "core/dates.hpp"
#include "core/form.hpp"
#include "core/master_layout.hpp"
#include "core/master_settings.hpp"
#include "core/numbers.hpp"
#include "core/sop.hpp"
#include "csv_fixture.hpp"

using namespace kinerja::core;

TEST_CASE("Indonesian dates and quarter deadlines") {
  CHECK(indonesian_date({2023, 1, 3}) == "3 Januari 2023");
  CHECK(indonesian_date({2023, 12, 31}) == "31 Desember 2023");
  CHECK(indonesian_date(add_days(quarter_end(2023, 2), 10)) == "10 Juli 2023");
  CHECK(indonesian_date(add_days(quarter_end(2023, 4), 10)) == "10 Januari 2024");
  CHECK(indonesian_date(add_days({2024, 2, 28}, 1)) == "29 Februari 2024");
  CHECK(spreadsheet_serial({1899, 12, 30}) == 0);
  CHECK(spreadsheet_serial({2023, 1, 3}) == 44929);  // as Calc shows DATE(2023;1;3)
  CHECK(indonesian_date(from_spreadsheet_serial(44929.75)) == "3 Januari 2023");
}

TEST_CASE("numbers and durations for Indonesian readers") {
  CHECK(indonesian_decimal(97.4999) == "97,5");
  CHECK(indonesian_decimal(100) == "100");
  CHECK(indonesian_decimal(2.0 / 3, 1) == "0,7");
  CHECK(duration_text(2.345) == "2,35 detik");
  CHECK(duration_text(12.34) == "12,3 detik");
  CHECK(duration_text(125) == "2 menit 5 detik");
  CHECK(rupiah(125000000) == "125.000.000");
  CHECK(rupiah(999) == "999");
  CHECK(rupiah(1000) == "1.000");
  CHECK(rupiah(1250.5) == "1.250,50");
  CHECK(rupiah(-5) == "-5");
  CHECK(rupiah(0.004) == "0");
}

TEST_CASE("the checksum of an indicator list is stable and order-sensitive") {
  CHECK(fnv1a_hex("") == "cbf29ce484222325");
  CHECK(fnv1a_hex("a") == "af63dc4c8601ec8c");
  CHECK(indicator_list_checksum({"sek-01", "SEK-02"}) == indicator_list_checksum({"SEK-01", "SEK-02"}));
  CHECK(indicator_list_checksum({"SEK-02", "SEK-01"}) != indicator_list_checksum({"SEK-01", "SEK-02"}));
}

TEST_CASE("Pengaturan round trip, and edits by hand") {
  MasterSettings settings;
  settings.info = {"Satpol PP Kabupaten Balangan", 2023, "Paringin", "Budi", "1970", "Kepala Satuan", 14, 3};
  settings.rules.negative_method = NegativeMethod::ratio;
  settings.rules.cap = 120;
  settings.rules.missed_threshold = 95;
  settings.rules.efficiency_margin = 7.5;
  settings.contacts = {{"Sekretariat", "Ani", "ani@satpolpp.contoh.go.id"}, {"Bidang Linmas", "", ""}};
  const SettingsReading back = read_settings(settings_grid(settings));
  CHECK(back.problems.empty());
  CHECK(back.settings.info.agency == "Satpol PP Kabupaten Balangan");
  CHECK(back.settings.info.year == 2023);
  CHECK(back.settings.info.place == "Paringin");
  CHECK(back.settings.info.signatory_nip == "1970");
  CHECK(back.settings.info.due_days == 14);
  CHECK(back.settings.info.current_quarter == 3);
  CHECK(back.settings.rules.negative_method == NegativeMethod::ratio);
  CHECK(back.settings.rules.cap == 120);
  CHECK(back.settings.rules.missed_threshold == 95);
  CHECK(back.settings.rules.efficiency_margin == 7.5);
  REQUIRE(back.settings.contacts.size() == 2);
  CHECK(contact_of(back.settings, "SEKRETARIAT")->email == "ani@satpolpp.contoh.go.id");
  CHECK(contact_of(back.settings, "Bidang Linmas")->email.empty());
  CHECK(contact_of(back.settings, "Bidang Lain") == nullptr);
  CHECK(read_settings(settings_grid(MasterSettings{})).settings.rules.efficiency_margin == 5);  // the default
  CHECK(back.settings.rules.rating_scale.bands().size() == 5);
  CHECK(back.settings.rules.rating_scale.rate(80) == "Tinggi");

  // Staff relabel the scale and type a bad year.
  const Grid edited("Pengaturan", {{std::string("Tahun"), std::string("dua ribu")},
                                   {std::string("Metode Indikator Negatif"), std::string("Selisih")},
                                   {std::string("Batas Efisiensi (poin capaian - serapan)"), Number{-1}},
                                   {std::string("Batas Bawah (%)"), std::string("Predikat")},
                                   {Number{85}, std::string("Sangat Baik")},
                                   {Number{0}, std::string("Kurang")}});
  const SettingsReading r = read_settings(edited);
  REQUIRE(r.problems.size() == 3);  // "dua ribu" is no number, and no year; a negative margin
  CHECK(r.problems[1].where == "Pengaturan!B1");
  CHECK(r.problems[2].where == "Pengaturan!B3");
  CHECK(r.settings.rules.efficiency_margin == 5);  // the bad margin is not taken
  CHECK(r.settings.rules.rating_scale.rate(90) == "Sangat Baik");
  CHECK(r.settings.rules.negative_method == NegativeMethod::difference);
}

TEST_CASE("the quarter the commands work on") {
  MasterInfo info;
  info.year = 2023;
  CHECK(working_quarter(info, {2023, 7, 5}) == 2);    // July: TW II has just ended
  CHECK(working_quarter(info, {2023, 6, 30}) == 1);
  CHECK(working_quarter(info, {2023, 2, 10}) == 1);   // no quarter of 2023 over yet: TW I comes
  CHECK(working_quarter(info, {2024, 1, 8}) == 4);    // January: last year's TW IV
  CHECK(working_quarter(info, {2026, 12, 3}) == 4);   // 2023 is long over: TW IV, not TW III
  CHECK(working_quarter(info, {2022, 11, 20}) == 1);  // a master made ahead of its year
  info.year = 0;                                      // a master of no known year
  CHECK(working_quarter(info, {2024, 1, 8}) == 4);
  info.year = 2023;
  info.current_quarter = 3;
  CHECK(working_quarter(info, {2024, 1, 8}) == 3);    // the master says so
}

TEST_CASE("forms for every bidang of the sample, TW II") {
  MasterInfo info;
  info.agency = "Satpol PP";
  info.year = 2023;
  const std::vector<Form> forms = make_forms(kinerja::test::sample_agreement(), info, 2);
  REQUIRE(forms.size() == 4);
  CHECK(forms[0].identity.division == "Sekretariat");
  CHECK(forms[0].rows.size() == 3);
  CHECK(forms[1].rows.size() == 4);
  CHECK(forms[3].identity.division == "Bidang Perlindungan Masyarakat");
  CHECK(indonesian_date(forms[0].due) == "10 Juli 2023");
  CHECK(form_file_name(forms[3], "xlsx") == "Kinerja-2023-TW2-Bidang-Perlindungan-Masyarakat.xlsx");
  // SEK-03, kumulatif 20/45/70/95: TW II's own target is c(2) (last), to date 45.
  CHECK(forms[0].rows[2].code == "SEK-03");
  CHECK(forms[0].rows[2].target_quarter == 45);
  CHECK(forms[0].rows[2].target_to_date == 45);
  // SEK-02 has no TW II target.
  CHECK_FALSE(forms[0].rows[1].target_quarter);
  // LINMAS-01, sum per_tw 0/100/100/100: TW II 100, to date 100.
  CHECK(forms[3].rows[0].target_quarter == 100);
  CHECK(forms[3].rows[0].target_to_date == 100);
  // PPUD-02: 30 per quarter, 60 to date.
  CHECK(forms[1].rows[1].target_to_date == 60);

  const IdentityReading identity = read_identity(identity_grid(forms[2].identity));
  CHECK(identity.found);
  CHECK(identity.problems.empty());
  CHECK(identity.identity.division == forms[2].identity.division);
  CHECK(identity.identity.year == 2023);
  CHECK(identity.identity.quarter == 2);
  CHECK(identity.identity.checksum == forms[2].identity.checksum);
  CHECK_FALSE(read_identity(Grid("X", {{std::string("Jenis"), std::string("Lain")}})).found);
}

TEST_CASE("the master's sheets and the agreement table") {
  CHECK(master_layout::sheets().size() == 9);
  CHECK(master_layout::sheets().back() == "Jejak SOP");
  CHECK(master_layout::headers("Rekap").size() == 12);
  CHECK(master_layout::headers("PK").front() == "Kode");
  const Grid pk = agreement_grid(kinerja::test::sample_agreement());
  CHECK(pk.row_count() == 15);
  const AgreementReading again = read_agreement(pk);  // what the master writes, it reads back
  CHECK(again.problems.empty());
  CHECK(again.agreement.indicators.size() == 14);
  CHECK(again.agreement.indicators[2].target_kind == TargetKind::cumulative);
}

TEST_CASE("Kontak Bidang: an address that is none is named by its cell and left out") {
  MasterSettings settings;
  settings.info.year = 2023;
  settings.contacts = {{"Sekretariat", "Ani", "ani satpolpp"}, {"Bidang A", "Budi", "budi@contoh.go.id"}};
  const Grid grid = settings_grid(settings);
  const SettingsReading r = read_settings(grid);
  REQUIRE(r.problems.size() == 1);
  // Rows: the title and 12 settings (13), a blank, the scale's title and header, 5 bands, a
  // blank, the contacts' title and header: Sekretariat on row 25.
  CHECK(r.problems[0].where == "Pengaturan!C25");
  CHECK(r.problems[0].message.starts_with("Surel \"ani satpolpp\" untuk Sekretariat bukan alamat surel yang dapat dipakai: "
                                          "tulis satu alamat seperti nama@contoh.go.id"));
  CHECK(r.settings.contacts[0].email.empty());
  CHECK(r.settings.contacts[1].email == "budi@contoh.go.id");
}
