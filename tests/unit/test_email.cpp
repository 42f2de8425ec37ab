// The .eml messages that send the forms: base64 by the RFC 4648 vectors, the message's
// headers and parts, the form's message built from Pengaturan's contact.
#include <doctest/doctest.h>

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
  CHECK(has(eml, "Subject: =?UTF-8?B?" + base64("Formulir TW II – Sekretariat") + "?=\r\n"));
  CHECK(has(eml, "Date: Mon, 10 Jul 2023 08:00:00 +0700\r\n"));
  CHECK(has(eml, "Content-Type: multipart/mixed; boundary=\"=_kinerja_part_=\"\r\n"));
  CHECK(has(eml, "\r\n" + base64("Yth. Ani,\r\nTerima kasih.") + "\r\n"));
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
