// The .eml messages that send the forms: base64 by the RFC 4648 vectors, the message's
// headers and parts, the form's message built from Pengaturan's contact.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/email.hpp"

using namespace kinerja::core;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("base64 gives the RFC 4648 test vectors") {
  CHECK(base64("") == "");
  CHECK(base64("f") == "Zg==");
  CHECK(base64("fo") == "Zm8=");
  CHECK(base64("foo") == "Zm9v");
  CHECK(base64("foob") == "Zm9vYg==");
  CHECK(base64("fooba") == "Zm9vYmE=");
  CHECK(base64("foobar") == "Zm9vYmFy");
  CHECK(base64(std::string("\xff\x00\x01", 3)) == "/wAB");
}

TEST_CASE("a message with its headers, a UTF-8 body and an attachment, CRLF throughout") {
  Email email;
  email.from_name = "Satpol PP";
  email.to_name = "Ani";
  email.to_address = "ani@contoh.go.id";
  email.subject = "Formulir TW II – Sekretariat";  // an en dash: not ASCII
  email.body = "Yth. Ani,\nTerima kasih.";
  email.date = {2023, 7, 10};  // a Monday
  email.attachments.push_back({"Kinerja-2023-TW2-Sekretariat.xlsx", "application/octet-stream", "foobar"});
  const std::string eml = eml_text(email);
  CHECK(has(eml, "To: \"Ani\" <ani@contoh.go.id>\r\n"));
  CHECK_FALSE(has(eml, "From:"));  // no sender address: the mail program fills it in
  // The subject in base64, made with `printf 'Formulir TW II \xe2\x80\x93 Sekretariat' | base64`.
  CHECK(has(eml, "Subject: =?UTF-8?B?Rm9ybXVsaXIgVFcgSUkg4oCTIFNla3JldGFyaWF0?=\r\n"));
  CHECK(has(eml, "Date: Mon, 10 Jul 2023 08:00:00 +0700\r\n"));
  CHECK(has(eml, "Content-Type: multipart/mixed; boundary=\"=_kinerja_part_=\"\r\n"));
  // The body with CRLF line ends in base64, made with `printf 'Yth. Ani,\r\nTerima kasih.' | base64`.
  CHECK(has(eml, "\r\nWXRoLiBBbmksDQpUZXJpbWEga2FzaWgu\r\n"));
  CHECK(has(eml, "Content-Disposition: attachment; filename=\"Kinerja-2023-TW2-Sekretariat.xlsx\"\r\n\r\nZm9vYmFy\r\n"));
  CHECK(eml.size() >= 22);
  CHECK(eml.substr(eml.size() - 22) == "--=_kinerja_part_=--\r\n");
  // Long attachments in lines of 76.
  email.attachments[0].bytes = std::string(300, 'x');
  const std::string long_eml = eml_text(email);
  const std::string part_start = "filename=\"Kinerja-2023-TW2-Sekretariat.xlsx\"\r\n\r\n";
  const std::size_t start = long_eml.find(part_start) + part_start.size();
  CHECK(long_eml.find("\r\n", start) - start == 76);
}

TEST_CASE("the form's message: to the bidang's contact, the period and the deadline said") {
  Form form;
  form.identity = {"Sekretariat", 2023, 2, {}, {}};
  form.due = {2023, 7, 10};
  MasterSettings settings;
  settings.info.agency = "Satpol PP Kabupaten Contoh";
  settings.contacts = {{"Sekretariat", "Ani Lestari", "ani@contoh.go.id"}};
  const Email email = form_email(form, settings, {"f.xlsx", "application/octet-stream", "x"}, {2023, 7, 1});
  CHECK(email.to_address == "ani@contoh.go.id");
  CHECK(email.subject == "Formulir Realisasi Kinerja TW II 2023 - Sekretariat (batas kirim 10 Juli 2023)");
  CHECK(email.body.rfind("Yth. Ani Lestari,\n\nBersama ini kami kirimkan formulir realisasi kinerja TW II 2023", 0) == 0);
  CHECK(has(email.body, "paling lambat 10 Juli 2023."));
  CHECK(form_email_file_name(form) == "Kinerja-2023-TW2-Sekretariat.eml");
  // Without a contact: no recipient, greeted by the bidang's name.
  const Email nobody = form_email(form, MasterSettings{}, {"f.xlsx", "application/octet-stream", "x"}, {2023, 7, 1});
  CHECK(nobody.to_address.empty());
  CHECK(nobody.body.rfind("Yth. Sekretariat,", 0) == 0);
}

namespace {

Email message_to(const std::string& name, const std::string& address) {
  Email email;
  email.to_name = name;
  email.to_address = address;
  email.subject = "Formulir";
  email.body = "Isi.";
  email.date = {2023, 7, 10};
  return email;
}

// The header lines of a message (up to the first empty line), each as written.
std::vector<std::string> header_lines(const std::string& eml) {
  std::vector<std::string> lines;
  for (std::size_t start = 0;;) {
    const std::size_t end = eml.find("\r\n", start);
    if (end == std::string::npos || end == start) return lines;
    lines.push_back(eml.substr(start, end - start));
    start = end + 2;
  }
}

}  // namespace

TEST_CASE("a display name can end no header and add no address: quoted with escapes, or encoded words") {
  // Quotes, a comma and angle brackets stay inside the quoted name.
  CHECK(has(eml_text(message_to("Ani \"Bu\" Lestari, <Kabid>", "ani@contoh.go.id")),
            "To: \"Ani \\\"Bu\\\" Lestari, <Kabid>\" <ani@contoh.go.id>\r\n"));
  CHECK(has(eml_text(message_to("C:\\Ani", "ani@contoh.go.id")), "To: \"C:\\\\Ani\" <ani@contoh.go.id>\r\n"));
  // A line break makes the name an encoded word: base64 of "Ani\nBcc: spy@evil.example"
  // (`printf 'Ani\nBcc: spy@evil.example' | base64`).
  const std::string bcc = eml_text(message_to("Ani\nBcc: spy@evil.example", "ani@contoh.go.id"));
  CHECK(has(bcc, "To: =?UTF-8?B?QW5pCkJjYzogc3B5QGV2aWwuZXhhbXBsZQ==?= <ani@contoh.go.id>\r\n"));
  for (const std::string& line : header_lines(bcc)) CHECK_FALSE(line.starts_with("Bcc"));
  CHECK_FALSE(has(bcc, "\nBcc"));
  // Text a decoder would take for an encoded word is encoded itself: base64 of "=?x?= Ani"
  // (`printf '=?x?= Ani' | base64`).
  CHECK(has(eml_text(message_to("=?x?= Ani", "ani@contoh.go.id")), "To: =?UTF-8?B?PT94Pz0gQW5p?= <ani@contoh.go.id>\r\n"));
  // A long name: words of whole characters, each on a folded line of its own (100 x "é" is 200
  // bytes: 4 words of 22 characters, then 12).
  std::string long_name;
  for (int i = 0; i < 100; ++i) long_name += "\xC3\xA9";
  const std::vector<std::string> lines = header_lines(eml_text(message_to(long_name, "ani@contoh.go.id")));
  REQUIRE(lines.size() >= 5);
  CHECK(lines[0].starts_with("To: =?UTF-8?B?"));
  for (int i = 1; i <= 4; ++i) CHECK(lines[static_cast<std::size_t>(i)].starts_with(" =?UTF-8?B?"));
  CHECK(lines[4].ends_with("?= <ani@contoh.go.id>"));
  for (const std::string& line : lines) CHECK(line.size() <= 78);
}

TEST_CASE("a subject with a line break is encoded, an address outside the grammar gives no To at all") {
  Email email = message_to("Ani", "x'@y.z?attach=/etc/shadow&bcc=spy@evil.example");
  email.subject = "Dodi\r\nSubject: injected";
  email.attachments.push_back({"a\"b\r\n.xlsx", "application/octet-stream", "x"});
  const std::string eml = eml_text(email);
  CHECK_FALSE(has(eml, "To:"));
  CHECK_FALSE(has(eml, "shadow"));
  CHECK(has(eml, "Subject: =?UTF-8?B?RG9kaQ0KU3ViamVjdDogaW5qZWN0ZWQ=?=\r\n"));
  int subjects = 0;
  for (const std::string& line : header_lines(eml)) subjects += line.starts_with("Subject:") ? 1 : 0;
  CHECK(subjects == 1);
  CHECK(has(eml, "filename=\"a\\\"b__.xlsx\"\r\n"));
}

TEST_CASE("only plain mail for the mail service: a bad address or name is refused by its cell, the body keeps its lines") {
  const DivisionContact contact{"Sekretariat", "Ani", "x", "Pengaturan!B25", "Pengaturan!C25"};
  Email email = message_to("Ani", "x'@y.z?attach=/etc/shadow&bcc=spy@evil.example");
  const auto address = unsendable(email, "Sekretariat", &contact);
  REQUIRE(address.has_value());
  CHECK(address->severity == Severity::error);
  CHECK(address->where == "Pengaturan!C25");
  CHECK(address->message ==
        "Pesan untuk Sekretariat tidak dibuat: alamat surel kontaknya \"x'@y.z?attach=/etc/shadow&bcc=spy@evil.example\" "
        "bukan alamat surel yang dapat dipakai (misalnya nama@contoh.go.id). Perbaiki Kontak Bidang di lembar "
        "Pengaturan, lalu ulangi.");
  CHECK_FALSE(plain_mail(email).has_value());

  email = message_to("Ani',attachment='file:///etc/shadow\n", "ani@contoh.go.id");
  const auto name = unsendable(email, "Sekretariat", &contact);
  REQUIRE(name.has_value());
  CHECK(name->where == "Pengaturan!B25");
  CHECK(name->message == "Pesan untuk Sekretariat tidak dibuat: nama kontaknya berisi baris baru atau karakter kendali "
                         "lain. Perbaiki Kontak Bidang di lembar Pengaturan, lalu ulangi.");
  CHECK_FALSE(plain_mail(email).has_value());

  email = message_to("Ani", "ani@contoh.go.id");
  email.subject = "Formulir\nBcc: spy@evil.example";
  CHECK(unsendable(email, "Sekretariat", &contact).has_value());
  CHECK_FALSE(unsendable(email, "Sekretariat", &contact)->message.empty());
  email.subject = "Formulir";
  email.body = "Yth. Ani,\n\n\tTerima kasih.\r\n";
  CHECK(unsendable(email, "Sekretariat", nullptr).has_value());  // a CR is no line of text
  CHECK(unsendable(email, "Sekretariat", nullptr)->where.empty());

  // A contact Pengaturan's reading refused: its bidang gets no message, named by that cell.
  DivisionContact refused{"Sekretariat", "", "", "Pengaturan!B25", "Pengaturan!C25"};
  refused.refused = Problem{Severity::warning, "Surel \"x'@y\" untuk Sekretariat bukan alamat surel.", "Pengaturan!C25", {}};
  const auto skipped = unsendable(message_to("", ""), "Sekretariat", &refused);
  REQUIRE(skipped.has_value());
  CHECK(skipped->severity == Severity::error);
  CHECK(skipped->where == "Pengaturan!C25");
  CHECK(skipped->message == "Pesan untuk Sekretariat tidak dibuat: Surel \"x'@y\" untuk Sekretariat bukan alamat surel.");

  // A name of any printable characters goes: the mail service is handed the bare address only.
  // senddoc quotes the subject and body with ' for Thunderbird: an apostrophe goes as ’.
  email = message_to("Ani',attachment='file:///etc/shadow", "ani@contoh.go.id");
  email.subject = "Formulir - Ma'ruf";
  email.body = "Yth. Ani',attachment='file:///etc/shadow,\n\n\tTerima kasih.";
  CHECK_FALSE(unsendable(email, "Sekretariat", &contact).has_value());
  const auto plain = plain_mail(email);
  REQUIRE(plain.has_value());
  CHECK(plain->to_address == "ani@contoh.go.id");
  CHECK(plain->subject == "Formulir - Ma\xE2\x80\x99ruf");
  CHECK(plain->body == "Yth. Ani\xE2\x80\x99,attachment=\xE2\x80\x99" "file:///etc/shadow,\n\n\tTerima kasih.");
  // No recipient: the user picks one.
  CHECK(plain_mail(message_to("", ""))->to_address.empty());
}

TEST_CASE("base64 text is whole: the alphabet and line breaks, whole groups of four, padding only at the end") {
  CHECK(base64_intact(""));
  CHECK(base64_intact("Zm9vYmFy"));
  CHECK(base64_intact("Zm9v\r\nYmFy\r\n"));
  CHECK(base64_intact(" Zm9v Ym Fy\t"));
  CHECK(base64_intact("Zm8="));
  CHECK(base64_intact("Zg==\r\n"));
  CHECK_FALSE(base64_intact("Zm9vYg"));     // cut: six characters
  CHECK_FALSE(base64_intact("Zm9vY"));
  CHECK_FALSE(base64_intact("Zm9v*mFy"));   // a stray character
  CHECK_FALSE(base64_intact("Zm9v\xC3\xA9mFy"));
  CHECK_FALSE(base64_intact("Zg=a"));       // data after the padding
  CHECK_FALSE(base64_intact("Zg==Zm9v"));
  CHECK_FALSE(base64_intact("Z==="));       // three padding characters
  CHECK_FALSE(base64_intact("=Zm9"));
  CHECK_FALSE(base64_intact("Zm9vYmFy="));
}
