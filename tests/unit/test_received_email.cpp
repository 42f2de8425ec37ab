// Saved emails the bidang send back: sender, date and spreadsheet attachments read from
// messages written here by hand the way common mail programs write them; hostile ones
// (too large, nested too deep, garbage) refused or read without harm; attachment names made safe.
#include <doctest/doctest.h>

#include <string>

#include "core/received_email.hpp"
#include "email/module_entry.hpp"
#include "email/read_email.hpp"

using namespace kinerja::core;
using kinerja::email::read_email;

namespace {

std::string crlf(std::string text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

ReceivedEmail email_of(const std::string& text) {
  const EmailReading reading = read_email(text);
  REQUIRE_MESSAGE(reading.email.has_value(), reading.error);
  return *reading.email;
}

// base64("foobar") = "Zm9vYmFy" (RFC 4648's vector).
const std::string thunderbird_reply = crlf(R"(Message-ID: <1@contoh.go.id>
Date: Wed, 5 Jul 2023 09:12:30 +0700
MIME-Version: 1.0
From: =?UTF-8?B?QnVkaSBTYW50b3Nv?= <budi@contoh.go.id>
To: perencanaan@contoh.go.id
Subject: Re: Formulir realisasi kinerja TW II 2023
Content-Type: multipart/mixed;
 boundary="------------A1B2C3"

This is a multi-part message in MIME format.
--------------A1B2C3
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Terlampir formulir kami.

--------------A1B2C3
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;
 name="Kinerja-2023-TW2-Sekretariat.xlsx"
Content-Disposition: attachment;
 filename="Kinerja-2023-TW2-Sekretariat.xlsx"
Content-Transfer-Encoding: base64

Zm9vYmFy

--------------A1B2C3--
)");

}  // namespace

TEST_CASE("a reply with its form attached: sender, date in its own offset, subject and the attachment's bytes") {
  const ReceivedEmail email = email_of(thunderbird_reply);
  CHECK(email.sender_name == "Budi Santoso");  // "QnVkaSBTYW50b3Nv" is base64 of it
  CHECK(email.sender_address == "budi@contoh.go.id");
  CHECK(sender_text(email) == "Budi Santoso <budi@contoh.go.id>");
  CHECK(email.date_text == "Wed, 5 Jul 2023 09:12:30 +0700");
  REQUIRE(email.date.has_value());
  CHECK(email.date->day.year == 2023);
  CHECK(email.date->day.month == 7);
  CHECK(email.date->day.day == 5);
  CHECK(timestamp_text(*email.date) == "2023-07-05 09:12:30 +0700");
  CHECK(email.subject == "Re: Formulir realisasi kinerja TW II 2023");
  REQUIRE(email.spreadsheets.size() == 1);
  CHECK(email.spreadsheets[0].name == "Kinerja-2023-TW2-Sekretariat.xlsx");
  CHECK(email.spreadsheets[0].bytes == "foobar");
  CHECK(email.other_attachments.empty());
}

TEST_CASE("the date stays the sender's calendar day: late evening west of UTC is not the next day") {
  const ReceivedEmail email = email_of(crlf("From: a@b.c\nDate: Mon, 10 Jul 2023 23:30:00 -0500\nSubject: x\n\nisi\n"));
  REQUIRE(email.date.has_value());
  CHECK(email.date->day.day == 10);
  CHECK(timestamp_text(*email.date) == "2023-07-10 23:30:00 -0500");
  CHECK(email.sender_name.empty());
  CHECK(sender_text(email) == "a@b.c");
  CHECK(email.spreadsheets.empty());
}

TEST_CASE("a Date GMime would take for another (year 0000 as 2000, offset +9999 as +0000) is no date, kept as written") {
  const ReceivedEmail bogus = email_of(crlf("From: a@b.c\nDate: Mon, 01 Jan 0000 00:00:00 +9999\nSubject: x\n\nisi\n"));
  CHECK(bogus.date_text == "Mon, 01 Jan 0000 00:00:00 +9999");
  CHECK_FALSE(bogus.date.has_value());
  const ReceivedEmail far = email_of(crlf("From: a@b.c\nDate: Fri, 31 Dec 9999 23:59:59 +0700\nSubject: x\n\nisi\n"));
  REQUIRE(far.date.has_value());  // a date, which the pull will not believe
  CHECK(far.date->day.year == 9999);
  const ReceivedEmail folded = email_of(crlf("From: a@b.c\nDate: Wed, 5 Jul 2023\n 09:12:30 +0700 (WIB)\nSubject: x\n\nisi\n"));
  REQUIRE(folded.date.has_value());
  CHECK(timestamp_text(*folded.date) == "2023-07-05 09:12:30 +0700");
}

TEST_CASE("an RFC 2231 file name and a quoted-printable attachment, a forwarded message's form too") {
  const std::string text = crlf(R"(From: Ani <ani@contoh.go.id>
Date: Thu, 6 Jul 2023 10:00:00 +0800
Subject: Fwd: formulir
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/plain

Diteruskan.
--outer
Content-Type: application/vnd.oasis.opendocument.spreadsheet
Content-Disposition: attachment; filename*=UTF-8''Formulir%20TW%20II.ods
Content-Transfer-Encoding: quoted-printable

a=3Db
--outer
Content-Type: message/rfc822

From: Budi <budi@contoh.go.id>
Subject: formulir
Content-Type: multipart/mixed; boundary="inner"

--inner
Content-Type: application/octet-stream; name="bidang.csv"
Content-Disposition: attachment; filename="bidang.csv"
Content-Transfer-Encoding: base64

Zm9v
--inner--
--outer
Content-Type: image/jpeg; name="foto.jpg"
Content-Disposition: attachment; filename="foto.jpg"
Content-Transfer-Encoding: base64

/9j/
--outer--
)");
  const ReceivedEmail email = email_of(text);
  CHECK(email.sender_address == "ani@contoh.go.id");
  REQUIRE(email.date.has_value());
  CHECK(timestamp_text(*email.date) == "2023-07-06 10:00:00 +0800");
  REQUIRE(email.spreadsheets.size() == 2);
  CHECK(email.spreadsheets[0].name == "Formulir TW II.ods");
  CHECK(email.spreadsheets[0].bytes == "a=b");
  CHECK(email.spreadsheets[1].name == "bidang.csv");
  CHECK(email.spreadsheets[1].bytes == "foo");
  REQUIRE(email.other_attachments.size() == 1);
  CHECK(email.other_attachments[0] == "foto.jpg");
}

TEST_CASE("a message without attachments, one without a Date and mere bytes read as a message with none") {
  const ReceivedEmail plain = email_of(crlf("From: a@b.c\nSubject: lupa\n\nFormulirnya menyusul.\n"));
  CHECK(plain.spreadsheets.empty());
  CHECK(plain.other_attachments.empty());
  CHECK_FALSE(plain.date.has_value());
  CHECK(plain.date_text.empty());
  const EmailReading garbage = read_email(std::string("\x00\xff\x01PK\x03\x04 not a mail \r\n\r\n--", 26));
  if (garbage.email) {
    CHECK(garbage.email->spreadsheets.empty());
  } else {
    CHECK_FALSE(garbage.error.empty());
  }
}

TEST_CASE("hostile messages: too large is refused before parsing, nested too deep once parsed") {
  const EmailReading large = read_email(std::string(email_max_bytes + 1, 'a'));
  CHECK_FALSE(large.email.has_value());
  CHECK(large.error == "Surel lebih dari 32 MiB: tidak dibaca.");

  std::string nested = "From: a@b.c\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n";
  for (int i = 1; i <= 100; ++i) {
    nested += "--b" + std::to_string(i - 1) + "\r\nContent-Type: multipart/mixed; boundary=\"b" + std::to_string(i) +
              "\"\r\n\r\n";
  }
  const EmailReading deep = read_email(nested);
  CHECK_FALSE(deep.email.has_value());
  CHECK(deep.error.find("bersarang terlalu dalam") != std::string::npos);
}

TEST_CASE("at most twenty spreadsheets are taken from one message, the rest counted") {
  std::string text = "From: a@b.c\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n";
  for (int i = 0; i < 23; ++i) {
    text += "--x\r\nContent-Disposition: attachment; filename=\"f" + std::to_string(i) +
            ".xlsx\"\r\nContent-Transfer-Encoding: base64\r\n\r\nZm9v\r\n";
  }
  text += "--x--\r\n";
  const ReceivedEmail email = email_of(text);
  CHECK(email.spreadsheets.size() == 20);
  CHECK(email.spreadsheets_left_out == 3);
}

TEST_CASE("attachment names become safe file names") {
  CHECK(safe_file_name("Kinerja-2023-TW2-Sekretariat.xlsx", 1) == "Kinerja-2023-TW2-Sekretariat.xlsx");
  CHECK(safe_file_name("../../etc/passwd.xlsx", 1) == "passwd.xlsx");
  CHECK(safe_file_name("..\\..\\boot.ini.csv", 1) == "boot.ini.csv");
  CHECK(safe_file_name(".tersembunyi.ods", 1) == "tersembunyi.ods");
  CHECK(safe_file_name("a:b?*\"<>|.xlsx", 1) == "a_b______.xlsx");
  CHECK(safe_file_name("Formulir TW II.ods", 1) == "Formulir TW II.ods");
  CHECK(safe_file_name("", 3) == "lampiran-3");
  CHECK(safe_file_name("...", 4) == "lampiran-4");
  CHECK(safe_file_name("dir/", 5) == "lampiran-5");
  const std::string long_name = std::string(200, 'x') + ".xlsx";
  const std::string safe = safe_file_name(long_name, 1);
  CHECK(safe.size() == 120);
  CHECK(safe.ends_with(".xlsx"));
}

namespace {

// A message `levels` forwarded messages deep (each part's Content-Type `type`), a spreadsheet
// at the bottom: base64 "Zm9v" is "foo".
std::string forwarded(int levels, const std::string& type) {
  std::string text = "From: a@b.c\r\nSubject: x\r\n";
  for (int i = 0; i < levels; ++i) text += "Content-Type: " + type + "\r\n\r\n";
  return text + "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"f.xlsx\"\r\n"
                "Content-Transfer-Encoding: base64\r\n\r\nZm9v\r\n";
}

}  // namespace

TEST_CASE("nesting is the parts' own, message/news and message/rfc822 alike, never words in a body") {
  // A body that says multipart forty times, even as a header line would, is one text part.
  std::string words = "From: a@b.c\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\n"
                      "Content-Type: text/plain\r\n\r\n";
  for (int i = 0; i < 40; ++i) words += "multipart multipart/mixed message/rfc822\r\nContent-Type: multipart/mixed\r\n";
  words += "--x\r\nContent-Disposition: attachment; filename=\"f.xlsx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           "Zm9v\r\n--x--\r\n";
  const ReceivedEmail talkative = email_of(words);
  REQUIRE(talkative.spreadsheets.size() == 1);
  CHECK(talkative.spreadsheets[0].bytes == "foo");

  // 32 forwarded messages, one in another, are read to the bottom; 33 or 40 are too deep.
  for (const char* type : {"message/news", "message/rfc822", "MESSAGE/Global"}) {
    CAPTURE(type);
    const ReceivedEmail deepest = email_of(forwarded(32, type));
    REQUIRE(deepest.spreadsheets.size() == 1);
    CHECK(deepest.spreadsheets[0].name == "f.xlsx");
    for (int levels : {33, 40}) {
      const EmailReading deep = read_email(forwarded(levels, type));
      CHECK_FALSE(deep.email.has_value());
      CHECK(deep.error == "Surel bersarang terlalu dalam (lebih dari 32 bagian multipart atau pesan terusan "
                          "bertumpuk): tidak dibaca.");
    }
  }
  // Thousands of levels: GMime stops building at its own limit, the walk refuses.
  CHECK(read_email(forwarded(5000, "message/rfc822")).error.starts_with("Surel bersarang terlalu dalam"));
}

TEST_CASE("attachment names in a message: ten listed, the rest counted, each name shown within 120 bytes") {
  CHECK(attachment_list({}).empty());
  CHECK(attachment_list({"a.jpg"}) == "a.jpg");
  CHECK(attachment_list({"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"}) == "1, 2, 3, 4, 5, 6, 7, 8, 9, 10");
  CHECK(attachment_list({"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"}) ==
        "1, 2, 3, 4, 5, 6, 7, 8, 9, 10 dan 2 lampiran lain");

  CHECK(shown_file_name("foto.jpg") == "foto.jpg");
  CHECK(shown_file_name("a\nb.jpg") == "a↵b.jpg");
  const std::string shown = shown_file_name(std::string(200, 'x') + ".xlsx");
  CHECK(shown.size() == 120);
  CHECK(shown == std::string(58, 'x') + "…" + std::string(54, 'x') + ".xlsx");

  // A message of 10,000 photos: each name taken, the list of them short.
  std::string text = "From: a@b.c\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n";
  for (int i = 0; i < 10000; ++i) {
    text += "--x\r\nContent-Disposition: attachment; filename=\"foto-" + std::to_string(i) +
            ".jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/\r\n";
  }
  text += "--x\r\nContent-Disposition: attachment; filename=\"" + std::string(40000, 'n') + ".jpg\"\r\n\r\nx\r\n--x--\r\n";
  const ReceivedEmail photos = email_of(text);
  REQUIRE(photos.other_attachments.size() == 10001);
  CHECK(photos.other_attachments.back().size() == 120);
  CHECK(attachment_list(photos.other_attachments) ==
        "foto-0.jpg, foto-1.jpg, foto-2.jpg, foto-3.jpg, foto-4.jpg, foto-5.jpg, foto-6.jpg, foto-7.jpg, foto-8.jpg, "
        "foto-9.jpg dan 9991 lampiran lain");
}

TEST_CASE("an attachment whose base64 is cut or has stray characters is damaged, named, and never decoded") {
  const auto message = [](const std::string& encoded, const std::string& encoding) {
    return "From: a@b.c\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\n"
           "Terlampir.\r\n--x\r\nContent-Disposition: attachment; filename=\"Formulir TW II.xlsx\"\r\n"
           "Content-Transfer-Encoding: " + encoding + "\r\n\r\n" + encoded + "\r\n--x--\r\n";
  };
  const std::string expected =
      "Lampiran Formulir TW II.xlsx rusak (pengodean base64 tidak utuh): minta bidang mengirim ulang berkasnya.";
  for (const std::string& broken : {std::string("UEsDBBQABgAI\r\nAAAAIQ"), std::string("UEsDBBQA*gAI"),
                                    std::string("UEsDBBQABgAI\r\nAA=A")}) {
    CAPTURE(broken);
    const ReceivedEmail email = email_of(message(broken, "base64"));
    REQUIRE(email.spreadsheets.size() == 1);
    CHECK(email.spreadsheets[0].name == "Formulir TW II.xlsx");
    CHECK(email.spreadsheets[0].damage == expected);
    CHECK(email.spreadsheets[0].bytes.empty());
  }
  // Whole base64 ("UEsDBBQA" is the bytes PK\3\4\24\0), and quoted-printable, read as before.
  const ReceivedEmail whole = email_of(message("UEsDBBQA", "BASE64"));
  REQUIRE(whole.spreadsheets.size() == 1);
  CHECK(whole.spreadsheets[0].damage.empty());
  CHECK(whole.spreadsheets[0].bytes == std::string("PK\x03\x04\x14\x00", 6));
  const ReceivedEmail printable = email_of(message("a=3Db", "quoted-printable"));
  CHECK(printable.spreadsheets[0].damage.empty());
  CHECK(printable.spreadsheets[0].bytes == "a=b");
}

TEST_CASE("the email module is used only when it was built from the same sources") {
  CHECK(kinerja::email::module_fits(kinerja::email::module_abi, sizeof(EmailReading)));
  CHECK_FALSE(kinerja::email::module_fits(kinerja::email::module_abi + 1, sizeof(EmailReading)));
  CHECK_FALSE(kinerja::email::module_fits(kinerja::email::module_abi, sizeof(EmailReading) + 8));
  CHECK_FALSE(kinerja::email::module_fits(0, 0));  // a module without the entry
}
