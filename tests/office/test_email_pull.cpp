// Submissions that arrive as saved emails (.eml): the forms the bidang filled (in LibreOffice
// and, through openpyxl, as Excel saves them) attached to messages written by Python's email
// library, pulled by the CLI and the menu; the sender and the email's date in Kiriman, the
// date deciding on time or late in Status Kiriman; emails without a form, with a file that is
// no form, or that are no email at all rejected by name with the master's values unchanged.
#include <doctest/doctest.h>

#include <com/sun/star/frame/DispatchResultState.hpp>
#include <signal.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "office/child_process.hpp"
#include "office_fixture.hpp"
#include "pull_fixture.hpp"

using namespace kinerja::test;
using namespace kinerja;
using css::beans::PropertyValue;
using css::uno::Any;
using css::uno::Sequence;

namespace {

namespace fs = std::filesystem;

// Writes `eml` with Python's email package: from, date, subject, and each file attached under
// its own name (an empty list: a message without attachments).
void write_email(const fs::path& eml, const std::string& from, const std::string& date,
                 const std::vector<fs::path>& attachments) {
  std::vector<std::string> arguments = {eml.string(), from, date};
  for (const fs::path& file : attachments) arguments.push_back(file.string());
  python(R"(import sys, mimetypes
from email.message import EmailMessage
out, sender, date, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
m = EmailMessage()
m['From'] = sender
m['To'] = 'perencanaan@satpolpp.contoh.go.id'
m['Subject'] = 'Re: Formulir realisasi kinerja TW II 2023'
m['Date'] = date
m.set_content('Terlampir formulir kami.\n')
for f in files:
    data = open(f, 'rb').read()
    m.add_attachment(data, maintype='application', subtype='octet-stream', filename=f.split('/')[-1])
open(out, 'wb').write(bytes(m))
)",
         arguments);
}

std::optional<double> tw2_of(const fs::path& master, const std::string& code) {
  for (const core::ActualRecord& r : master_actuals(master)) {
    if (r.code == code && r.quarter == 2) return r.actual;
  }
  return std::nullopt;
}

// The Kiriman row whose Berkas is `file`; -1 when none.
int log_row(const core::Grid& log, const std::string& file) {
  for (int r = 1; r < log.row_count(); ++r) {
    if (log.text(r, 1) == file) return r;
  }
  return -1;
}

// The Status Kiriman row of a bidang's quarter; -1 when none.
int delivery_row(const core::Grid& status, const std::string& division, const std::string& quarter) {
  for (int r = 1; r < status.row_count() && !status.row_is_empty(r); ++r) {
    if (status.text(r, 0) == division && status.text(r, 1) == quarter) return r;
  }
  return -1;
}

// The email `eml` with its Date header replaced by `date` as written (Python's email package
// will not write a date it cannot read).
void set_date_header(const fs::path& eml, const std::string& date) {
  std::string bytes;
  {
    std::ifstream in(eml, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  const std::size_t start = bytes.find("Date: ");
  REQUIRE(start != std::string::npos);
  const std::size_t end = bytes.find('\n', start);
  bytes.replace(start, end - start, "Date: " + date);
  std::ofstream(eml, std::ios::binary) << bytes;
}

// Today as the master writes it ("4 Desember 2026").
std::string today_in_indonesian() {
  static const char* months[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                 "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return std::to_string(local.tm_mday) + " " + months[local.tm_mon] + " " + std::to_string(local.tm_year + 1900);
}

constexpr const char* sekretariat = "Kinerja-2023-TW2-Sekretariat";
constexpr const char* linmas = "Kinerja-2023-TW2-Bidang-Perlindungan-Masyarakat";

}  // namespace

TEST_CASE("kinerja pull takes the forms attached to saved emails, with the sender and the email's date") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto filled = dir.path / "diisi";
  fs::create_directories(filled);
  fill_xlsx_form(forms / (std::string(sekretariat) + ".xlsx"), filled / (std::string(sekretariat) + ".xlsx"),
                 {{"SEK-01", "100", ""}, {"SEK-03", "42", "", "61000000"}});
  fill_ods_form(forms / (std::string(linmas) + ".ods"), filled / (std::string(linmas) + ".ods"),
                {{"LINMAS-01", "3", "cuaca buruk"}});
  const auto inbox = dir.path / "surel-masuk";
  fs::create_directories(inbox);
  // TW II is due 10 July 2023 (30 June + 10 days). Sekretariat wrote on 7 July, Linmas on 12 July.
  write_email(inbox / "balasan-sekretariat.eml", "Ani Lestari <ani@satpolpp.contoh.go.id>",
              "Fri, 07 Jul 2023 09:15:00 +0700", {filled / (std::string(sekretariat) + ".xlsx")});
  write_email(inbox / "balasan-linmas.eml", "budi@satpolpp.contoh.go.id", "Wed, 12 Jul 2023 16:05:30 +0700",
              {filled / (std::string(linmas) + ".ods")});

  const CliRun run = run_cli({"pull", "--master", master.string(), "--quarter", "2", inbox.string()});
  CAPTURE(run.out);
  CAPTURE(run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("2 berkas: 2 diterima") != std::string::npos);
  CHECK(tw2_of(master, "SEK-01") == 100.0);
  CHECK(tw2_of(master, "SEK-03") == 42.0);
  CHECK(tw2_of(master, "LINMAS-01") == 3.0);

  // Provenance: the email and its attachment, the attachment's own bytes' hash.
  const std::string sek_source = "balasan-sekretariat.eml › " + std::string(sekretariat) + ".xlsx";
  bool found = false;
  for (const core::ActualRecord& r : master_actuals(master)) {
    if (r.code != "SEK-03") continue;
    found = true;
    CHECK(r.source_file == sek_source);
    CHECK(r.source_sha256 == file_sha256(filled / (std::string(sekretariat) + ".xlsx")));
    CHECK(r.spent == 61000000.0);
  }
  CHECK(found);

  const core::Grid log = sheet_of(master, "Kiriman");
  CHECK(log.text(0, 10) == "Pengirim Surel");
  CHECK(log.text(0, 11) == "Tanggal Surel");
  const int sek = log_row(log, sek_source);
  REQUIRE(sek > 0);
  CHECK(log.text(sek, 3) == "Sekretariat");
  CHECK(log.text(sek, 6) == "Diterima");
  CHECK(log.text(sek, 10) == "Ani Lestari <ani@satpolpp.contoh.go.id>");
  CHECK(log.text(sek, 11) == "2023-07-07 09:15:00 +0700");
  const int lin = log_row(log, "balasan-linmas.eml › " + std::string(linmas) + ".ods");
  REQUIRE(lin > 0);
  CHECK(log.text(lin, 10) == "budi@satpolpp.contoh.go.id");
  CHECK(log.text(lin, 11) == "2023-07-12 16:05:30 +0700");

  // Pulled today (years after the deadline), judged by the emails' dates.
  const core::Grid status = sheet_of(master, "Status Kiriman");
  const int sek_tw2 = delivery_row(status, "Sekretariat", "TW II");
  REQUIRE(sek_tw2 > 0);
  CHECK(status.text(sek_tw2, 4) == "7 Juli 2023");
  CHECK(status.text(sek_tw2, 5) == "Tepat waktu");
  const int lin_tw2 = delivery_row(status, "Bidang Perlindungan Masyarakat", "TW II");
  REQUIRE(lin_tw2 > 0);
  CHECK(status.text(lin_tw2, 4) == "12 Juli 2023");
  CHECK(status.text(lin_tw2, 5) == "Terlambat");
}

TEST_CASE("emails without a form, with a file that is no form, or no email at all: each named, nothing changes") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto inbox = dir.path / "surel-masuk";
  fs::create_directories(inbox);
  write_email(inbox / "tanpa-lampiran.eml", "a@contoh.go.id", "Mon, 10 Jul 2023 08:00:00 +0700", {});
  { std::ofstream(dir.path / "foto.jpg", std::ios::binary) << "\xff\xd8\xff\xe0"; }
  write_email(inbox / "hanya-foto.eml", "b@contoh.go.id", "Mon, 10 Jul 2023 08:00:00 +0700", {dir.path / "foto.jpg"});
  { std::ofstream(dir.path / "catatan.xlsx", std::ios::binary) << "ini bukan lembar kerja"; }
  write_email(inbox / "bukan-formulir.eml", "c@contoh.go.id", "Mon, 10 Jul 2023 08:00:00 +0700",
              {dir.path / "catatan.xlsx"});
  { std::ofstream(inbox / "rusak.eml", std::ios::binary) << std::string("\x00\x01\x02garbage", 10); }
  const std::string before = file_sha256(master);

  const CliRun run = run_cli({"pull", "--master", master.string(), "--quarter", "2", inbox.string()});
  CAPTURE(run.out);
  CAPTURE(run.err);
  CHECK(run.exit_code == 3);
  CHECK(run.out.find("4 berkas: 0 diterima, 0 sebagian, 4 ditolak; 0 nilai masuk") != std::string::npos);
  CHECK(run.err.find("tanpa-lampiran.eml: Galat: Surel tanpa lampiran lembar kerja (.ods, .xlsx, .xls, .fods, .csv)") !=
        std::string::npos);
  CHECK(run.err.find("hanya-foto.eml: Galat: Surel tanpa lampiran lembar kerja (.ods, .xlsx, .xls, .fods, .csv): "
                     "tidak ada yang ditarik. Lampirannya: foto.jpg.") != std::string::npos);
  CHECK(run.err.find("bukan-formulir.eml › catatan.xlsx: Galat: Berkas catatan.xlsx tidak dapat dibuka") !=
        std::string::npos);
  CHECK(run.err.find("rusak.eml: Galat: Bukan surel (.eml) yang dapat dibaca.") != std::string::npos);
  CHECK(master_actuals(master).empty());
  // Each rejected email is logged with its sender, and none counts as received.
  const core::Grid log = sheet_of(master, "Kiriman");
  const int row = log_row(log, "hanya-foto.eml");
  REQUIRE(row > 0);
  CHECK(log.text(row, 6) == "Ditolak");
  CHECK(log.text(row, 10) == "b@contoh.go.id");
  const core::Grid status = sheet_of(master, "Status Kiriman");
  for (int r = 1; r < status.row_count() && !status.row_is_empty(r); ++r) CHECK(status.text(r, 4).empty());
  CHECK(before != file_sha256(master));  // the log and the problems were written, nothing else
}

TEST_CASE("menu: Tarik Kiriman dari Folder takes a saved email's form like any other file") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto inbox = dir.path / "surel-masuk";
  fs::create_directories(inbox);
  fill_xlsx_form(forms / (std::string(sekretariat) + ".xlsx"), dir.path / "isi.xlsx", {{"SEK-01", "95", ""}});
  write_email(inbox / "balasan.eml", "Ani <ani@contoh.go.id>", "Mon, 03 Jul 2023 10:00:00 +0700", {dir.path / "isi.xlsx"});
  Workbook book = Workbook::load(master);
  const PropertyValue arguments[] = {argument("InputUrls", url_of(inbox)), argument("Quarter", Any(sal_Int32(2)))};
  const auto event = dispatch(book, "org.kinerja:PullFolder", Sequence<PropertyValue>(arguments, 2));
  CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
  CHECK(contains(message_of(event), say("1 berkas: 1 diterima", "1 file: 1 accepted")));
  const core::Grid realisasi = sheet_grid(book, "Realisasi");
  REQUIRE(realisasi.row_count() == 2);
  CHECK(realisasi.text(1, 3) == "SEK-01");
  CHECK(realisasi.text(1, 4) == "95");
  CHECK(realisasi.text(1, 9) == "balasan.eml › isi.xlsx");
  const core::Grid log = sheet_grid(book, "Kiriman");
  CHECK(log.text(log.row_count() - 1, 10) == "Ani <ani@contoh.go.id>");
  CHECK(log.text(log.row_count() - 1, 11) == "2023-07-03 10:00:00 +0700");
}

TEST_CASE("without GMime on the computer an email is refused with what to install, the other files go in") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto inbox = dir.path / "masuk";
  fs::create_directories(inbox);
  fill_xlsx_form(forms / (std::string(sekretariat) + ".xlsx"), inbox / "sekretariat.xlsx", {{"SEK-01", "97", ""}});
  fill_xlsx_form(forms / (std::string(sekretariat) + ".xlsx"), dir.path / "lampiran.xlsx", {{"SEK-03", "40", ""}});
  write_email(inbox / "balasan.eml", "a@contoh.go.id", "Mon, 10 Jul 2023 08:00:00 +0700", {dir.path / "lampiran.xlsx"});
  // A profile of this test's own whose installed extension lacks the email library.
  const auto profile = dir.path / "profil";
  REQUIRE(run_cli({"prepare-profile", "--out", profile.string()}).exit_code == 0);
  int removed = 0;
  for (const auto& entry : fs::recursive_directory_iterator(profile)) {
    if (entry.path().filename() == "libkinerja-email.so") removed += fs::remove(entry.path()) ? 1 : 0;
  }
  REQUIRE(removed > 0);
  const CliRun run = run_cli({"pull", "--master", master.string(), "--quarter", "2", inbox.string()},
                             {"KINERJA_PROFILE=" + profile.string()});
  CAPTURE(run.err);
  CHECK(run.exit_code == 3);
  CHECK(contains(run.err, "balasan.eml: Galat: Surel tidak dapat dibaca di komputer ini: pustaka GMime (paket "
                          "libgmime-3.0-0) belum terpasang"));
  CHECK(tw2_of(master, "SEK-01") == 97.0);  // the spreadsheet beside it went in
  CHECK_FALSE(tw2_of(master, "SEK-03"));
}

TEST_CASE("an email's Date outside its quarter or after the pull is not believed: warned, the pull's day counts") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto inbox = dir.path / "surel-masuk";
  fs::create_directories(inbox);
  fill_xlsx_form(forms / (std::string(sekretariat) + ".xlsx"), dir.path / "sek.xlsx", {{"SEK-01", "100", ""}});
  fill_xlsx_form(forms / (std::string(linmas) + ".xlsx"), dir.path / "linmas.xlsx", {{"LINMAS-01", "3", ""}});
  // Year 0000 with an offset of +9999 (GMime reads it as 1 January 2000), and a date of year 9999.
  write_email(inbox / "tahun-nol.eml", "a@contoh.go.id", "Mon, 10 Jul 2023 08:00:00 +0700", {dir.path / "sek.xlsx"});
  set_date_header(inbox / "tahun-nol.eml", "Mon, 01 Jan 0000 00:00:00 +9999");
  write_email(inbox / "masa-depan.eml", "b@contoh.go.id", "Mon, 10 Jul 2023 08:00:00 +0700", {dir.path / "linmas.xlsx"});
  set_date_header(inbox / "masa-depan.eml", "Fri, 31 Dec 9999 23:59:59 +0700");

  const CliRun run = run_cli({"pull", "--master", master.string(), "--quarter", "2", inbox.string()});
  CAPTURE(run.out);
  CAPTURE(run.err);
  CHECK(run.exit_code == 0);
  CHECK(tw2_of(master, "SEK-01") == 100.0);  // the values go in: only the date is doubted
  CHECK(contains(run.err, "tahun-nol.eml › sek.xlsx: Peringatan: Tanggal surel \"Mon, 01 Jan 0000 00:00:00 +9999\" "
                          "tidak sah (bukan tanggal surel yang dapat dibaca, atau zona waktunya di luar ±14:00); waktu "
                          "tarik dipakai sebagai tanggal diterima."));
  CHECK(contains(run.err, "masa-depan.eml › linmas.xlsx: Peringatan: Tanggal surel \"Fri, 31 Dec 9999 23:59:59 +0700\" "
                          "di luar rentang 1 April 2023 (awal TW II 2023) sampai waktu tarik "));
  const core::Grid log = sheet_of(master, "Kiriman");
  const int sek = log_row(log, "tahun-nol.eml › sek.xlsx");
  REQUIRE(sek > 0);
  CHECK(log.text(sek, 11).empty());  // no Tanggal Surel kept
  const core::Grid problems = sheet_of(master, "Masalah");
  bool warned = false;
  for (int r = 1; r < problems.row_count(); ++r) warned = warned || contains(problems.text(r, 4), "Tanggal surel");
  CHECK(warned);

  // Received on the day of the pull, years after the 10 July 2023 deadline: late, not "1 Januari 2000, Tepat waktu".
  const core::Grid status = sheet_of(master, "Status Kiriman");
  for (const char* division : {"Sekretariat", "Bidang Perlindungan Masyarakat"}) {
    CAPTURE(division);
    const int row = delivery_row(status, division, "TW II");
    REQUIRE(row > 0);
    CHECK(status.text(row, 4) == today_in_indonesian());
    CHECK(status.text(row, 5) == "Terlambat");
  }
}

TEST_CASE("an email of 10,000 photos: its Masalah cell lists ten names and counts the rest") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto inbox = dir.path / "surel-masuk";
  fs::create_directories(inbox);
  {
    std::ofstream eml(inbox / "foto.eml", std::ios::binary);
    eml << "From: a@contoh.go.id\r\nDate: Mon, 10 Jul 2023 08:00:00 +0700\r\nSubject: foto\r\n"
           "Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n";
    for (int i = 0; i < 10000; ++i) {
      eml << "--x\r\nContent-Disposition: attachment; filename=\"foto-kegiatan-nomor-" << i
          << ".jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/\r\n";
    }
    eml << "--x--\r\n";
  }
  const CliRun run = run_cli({"pull", "--master", master.string(), "--quarter", "2", inbox.string()});
  CHECK(run.exit_code == 3);
  const std::string expected =
      "Surel tanpa lampiran lembar kerja (.ods, .xlsx, .xls, .fods, .csv): tidak ada yang ditarik. Lampirannya: "
      "foto-kegiatan-nomor-0.jpg, foto-kegiatan-nomor-1.jpg, foto-kegiatan-nomor-2.jpg, foto-kegiatan-nomor-3.jpg, "
      "foto-kegiatan-nomor-4.jpg, foto-kegiatan-nomor-5.jpg, foto-kegiatan-nomor-6.jpg, foto-kegiatan-nomor-7.jpg, "
      "foto-kegiatan-nomor-8.jpg, foto-kegiatan-nomor-9.jpg dan 9990 lampiran lain.";
  CHECK(contains(run.err, "foto.eml: Galat: " + expected));
  const core::Grid problems = sheet_of(master, "Masalah");
  int found = 0;
  for (int r = 1; r < problems.row_count(); ++r) {
    if (problems.text(r, 1) != "foto.eml") continue;
    ++found;
    CHECK(problems.text(r, 4) == expected);
  }
  CHECK(found == 1);
}

TEST_CASE("a form whose base64 lost a character on the way: named as damaged, to be sent again, nothing read") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto inbox = dir.path / "surel-masuk";
  fs::create_directories(inbox);
  fill_xlsx_form(forms / (std::string(sekretariat) + ".xlsx"), dir.path / "isi.xlsx", {{"SEK-01", "95", ""}});
  write_email(inbox / "rusak.eml", "Ani <ani@contoh.go.id>", "Mon, 10 Jul 2023 08:00:00 +0700", {dir.path / "isi.xlsx"});
  {  // one character of the attachment's base64 lost, a hundred characters in
    std::string bytes;
    {
      std::ifstream in(inbox / "rusak.eml", std::ios::binary);
      bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    const std::size_t name = bytes.find("filename=\"isi.xlsx\"");
    REQUIRE(name != std::string::npos);
    const std::size_t body = bytes.find("\n\n", name);
    REQUIRE(body != std::string::npos);
    bytes.erase(body + 2 + 100, 1);
    std::ofstream(inbox / "rusak.eml", std::ios::binary) << bytes;
  }
  const CliRun run = run_cli({"pull", "--master", master.string(), "--quarter", "2", inbox.string()});
  CAPTURE(run.err);
  CHECK(run.exit_code == 3);
  CHECK(contains(run.err, "rusak.eml › isi.xlsx: Galat: Lampiran isi.xlsx rusak (pengodean base64 tidak utuh): minta "
                          "bidang mengirim ulang berkasnya."));
  CHECK_FALSE(contains(run.err, "Tidak ada tabel"));
  CHECK(master_actuals(master).empty());
  const core::Grid log = sheet_of(master, "Kiriman");
  const int row = log_row(log, "rusak.eml › isi.xlsx");
  REQUIRE(row > 0);
  CHECK(log.text(row, 6) == "Ditolak");
}

TEST_CASE("emails attaching files of the same name each give their own values, and a bidang's newer sending wins") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  // Every form is attached as "formulir.xlsx", the name a bidang's Excel gives it.
  const auto sekretariat_first = dir.path / "sek-1" / "formulir.xlsx";
  const auto sekretariat_again = dir.path / "sek-2" / "formulir.xlsx";
  const auto perlindungan = dir.path / "linmas" / "formulir.xlsx";
  for (const auto& file : {sekretariat_first, sekretariat_again, perlindungan}) fs::create_directories(file.parent_path());
  fill_xlsx_form(forms / (std::string(sekretariat) + ".xlsx"), sekretariat_first, {{"SEK-01", "80", ""}, {"SEK-03", "40", ""}});
  fill_xlsx_form(forms / (std::string(sekretariat) + ".xlsx"), sekretariat_again, {{"SEK-01", "95", ""}, {"SEK-03", "44", ""}});
  fill_xlsx_form(forms / (std::string(linmas) + ".xlsx"), perlindungan, {{"LINMAS-01", "7", ""}});
  const auto inbox = dir.path / "surel-masuk";
  fs::create_directories(inbox);
  // The corrected resend is named so that it comes first by name: its date decides.
  write_email(inbox / "b-sekretariat.eml", "ani@contoh.go.id", "Mon, 03 Jul 2023 08:00:00 +0700", {sekretariat_first});
  write_email(inbox / "a-sekretariat-ralat.eml", "ani@contoh.go.id", "Wed, 05 Jul 2023 14:30:00 +0700", {sekretariat_again});
  write_email(inbox / "c-linmas.eml", "budi@contoh.go.id", "Tue, 04 Jul 2023 10:00:00 +0700", {perlindungan});

  const CliRun run = run_cli({"pull", "--master", master.string(), "--quarter", "2", inbox.string()});
  CAPTURE(run.out);
  CAPTURE(run.err);
  CHECK(run.exit_code == 0);
  CHECK(contains(run.out, "3 berkas: 3 diterima"));
  CHECK(tw2_of(master, "SEK-01") == 95.0);
  CHECK(tw2_of(master, "SEK-03") == 44.0);
  CHECK(tw2_of(master, "LINMAS-01") == 7.0);

  // Kiriman keeps every sending, each with its own bidang and the hash of its own bytes.
  const core::Grid log = sheet_of(master, "Kiriman");
  const struct {
    std::string name, division;
    fs::path file;
  } sendings[] = {{"b-sekretariat.eml › formulir.xlsx", "Sekretariat", sekretariat_first},
                  {"a-sekretariat-ralat.eml › formulir.xlsx", "Sekretariat", sekretariat_again},
                  {"c-linmas.eml › formulir.xlsx", "Bidang Perlindungan Masyarakat", perlindungan}};
  for (const auto& sending : sendings) {
    CAPTURE(sending.name);
    const int row = log_row(log, sending.name);
    REQUIRE(row > 0);
    CHECK(log.text(row, 3) == sending.division);
    CHECK(log.text(row, 2) == file_sha256(sending.file));
    CHECK(log.text(row, 6) == "Diterima");
  }
  // The values' provenance is the resend.
  for (const core::ActualRecord& r : master_actuals(master)) {
    if (r.code == "SEK-01") {
      CHECK(r.source_file == "a-sekretariat-ralat.eml › formulir.xlsx");
      CHECK(r.source_sha256 == file_sha256(sekretariat_again));
    }
  }
}

TEST_CASE("an email whose Date is not believed counts as sent at the pull: it is read after the dated ones") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto dated = dir.path / "a" / "formulir.xlsx";
  const auto undated = dir.path / "b" / "formulir.xlsx";
  for (const auto& file : {dated, undated}) fs::create_directories(file.parent_path());
  fill_xlsx_form(forms / (std::string(sekretariat) + ".xlsx"), dated, {{"SEK-01", "80", ""}});
  fill_xlsx_form(forms / (std::string(sekretariat) + ".xlsx"), undated, {{"SEK-01", "60", ""}});
  const auto inbox = dir.path / "surel-masuk";
  fs::create_directories(inbox);
  // First by name, and a year 0000 with an offset of +99:99: no date. It came when it was pulled.
  write_email(inbox / "a-tanpa-tanggal.eml", "ani@contoh.go.id", "Mon, 10 Jul 2023 08:00:00 +0700", {undated});
  set_date_header(inbox / "a-tanpa-tanggal.eml", "Mon, 01 Jan 0000 00:00:00 +9999");
  write_email(inbox / "b-sekretariat.eml", "ani@contoh.go.id", "Mon, 03 Jul 2023 08:00:00 +0700", {dated});

  const CliRun run = run_cli({"pull", "--master", master.string(), "--quarter", "2", inbox.string()});
  CAPTURE(run.err);
  CHECK(run.exit_code == 0);
  CHECK(contains(run.err, "a-tanpa-tanggal.eml › formulir.xlsx: Peringatan: Tanggal surel"));
  CHECK(tw2_of(master, "SEK-01") == 60.0);
}

namespace {

// The pulls' scratch folders (kinerja-surel-<pid>-...) in a temporary folder.
std::vector<fs::path> scratch_folders(const fs::path& temp) {
  std::vector<fs::path> found;
  for (const auto& entry : fs::directory_iterator(temp)) {
    if (entry.path().filename().string().starts_with("kinerja-surel-")) found.push_back(entry.path());
  }
  return found;
}

}  // namespace

TEST_CASE("no attachment is left behind: not by a pull killed in the middle, not by an office that died") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  fill_xlsx_form(forms / (std::string(sekretariat) + ".xlsx"), dir.path / "formulir.xlsx", {{"SEK-01", "90", ""}});
  const auto inbox = dir.path / "surel-masuk";
  fs::create_directories(inbox);
  for (int i = 10; i < 40; ++i) {  // enough emails for the pull to be caught with attachments out
    write_email(inbox / ("balasan-" + std::to_string(i) + ".eml"), "ani@contoh.go.id", "Mon, 03 Jul 2023 08:00:00 +0700",
                {dir.path / "formulir.xlsx"});
  }
  const auto temp = dir.path / "tmp";
  fs::create_directories(temp);

  // SIGTERM while the pull's office holds attachments in its scratch folder.
  office::ChildProcess cli("/usr/bin/env",
                           {"TMPDIR=" + temp.string(), KINERJA_TEST_CLI, "pull", "--master", master.string(), "--quarter",
                            "2", inbox.string()},
                           dir.path / "cli.log");
  bool caught = false;
  for (int i = 0; i < 6000 && !cli.poll(); ++i) {
    if (!scratch_folders(temp).empty()) {
      ::kill(cli.pid(), SIGTERM);
      caught = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  REQUIRE(caught);
  const std::optional<int> code = cli.wait_for(std::chrono::seconds(30));
  REQUIRE(code.has_value());
  CHECK(code == 128 + SIGTERM);
  CHECK(scratch_folders(temp).empty());

  // A folder an office left when it was killed some other way (its process gone): the next
  // pull that reads an email removes it; a folder of a running process stays.
  const fs::path abandoned = temp / "kinerja-surel-4194301-Ab12Cd";
  const fs::path running = temp / ("kinerja-surel-" + std::to_string(::getpid()) + "-Ef34Gh");
  for (const fs::path& folder : {abandoned, running}) {
    fs::create_directories(folder / "x");
    std::ofstream(folder / "x" / "formulir.xlsx") << "lampiran";
  }
  const CliRun after = run_cli({"pull", "--master", master.string(), "--quarter", "2", (inbox / "balasan-10.eml").string()},
                               {"TMPDIR=" + temp.string()});
  CAPTURE(after.err);
  CHECK(after.exit_code == 0);
  CHECK_FALSE(fs::exists(abandoned));
  CHECK(fs::exists(running));
  CHECK(scratch_folders(temp) == std::vector<fs::path>{running});
}
