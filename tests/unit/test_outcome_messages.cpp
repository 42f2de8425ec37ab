// What the engine and the menu say, in both languages: every sentence exists in Indonesian and
// in English, and the two say the same figures. The expected sentences are written out here.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/outcome_messages.hpp"
#include "core/problem.hpp"

using namespace kinerja::core;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Words that give away an Indonesian sentence; none may appear in the English one.
bool sounds_indonesian(const std::string& text) {
  for (const char* word : {" dan ", " tidak ", " dibuat", " diisi", "berkas", " galat", "Belum", "bidang", " tahun "}) {
    if (has(text, word)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the pull's summary counts files and values in both languages") {
  PullTally tally;
  tally.count(Verdict::accepted);
  tally.count(Verdict::accepted);
  tally.count(Verdict::partial);
  tally.count(Verdict::rejected);
  MergeOutcome merged;
  merged.added = 5;
  merged.replaced = 1;
  merged.unchanged = 2;
  merged.changes = {"A-01 TW II 2023: 10 -> 12"};
  const Message summary = outcome::pull_done(tally, merged, 3);
  CHECK(summary.id ==
        "4 berkas: 2 diterima, 1 sebagian, 1 ditolak; 6 nilai masuk (5 baru, 1 diganti), 2 tidak berubah; "
        "3 masalah.\nDiganti: A-01 TW II 2023: 10 -> 12");
  CHECK(summary.en ==
        "4 files: 2 accepted, 1 in part, 1 rejected; 6 values in (5 new, 1 replaced), 2 unchanged; "
        "3 problems.\nReplaced: A-01 TW II 2023: 10 -> 12");
  const Message skipped = outcome::pull_done(tally, MergeOutcome{}, 2, {"catatan.txt", "foto.jpg"});
  CHECK(skipped.id ==
        "4 berkas: 2 diterima, 1 sebagian, 1 ditolak; 0 nilai masuk (0 baru, 0 diganti), 0 tidak berubah; "
        "2 masalah.\nTidak dibaca (bukan lembar kerja, CSV atau surel): catatan.txt, foto.jpg.");
  CHECK(has(skipped.en, "\nNot read (no spreadsheet, CSV or email): catatan.txt, foto.jpg."));
}

TEST_CASE("the report's summary names the sheet, the average and who has not reported") {
  const std::vector<UnreportedQuarter> missing = {{3, {}, true}, {4, {"Linmas", "Sekretariat"}, false}};
  const Message year = outcome::report_filled(Period::year, 2023, 14, 95.256, "Sangat Baik", missing);
  CHECK(year.id ==
        "LAPORAN KINERJA TAHUNAN 2023 diisi: 14 indikator, rata-rata capaian 95,26 % (Sangat Baik). Tabel Bab III "
        "LKjIP di lembar Laporan Tahunan Bab III. Belum lapor: TW III (semua bidang); TW IV (Linmas, Sekretariat).");
  CHECK(year.en ==
        "Report filled on the sheet Laporan Tahunan (the year 2023): 14 indicators, average achievement 95.26 % "
        "(Sangat Baik). The LKjIP chapter III tables are on the sheet Laporan Tahunan Bab III. Not reported yet: TW III "
        "(every division); TW IV (Linmas, Sekretariat).");
  const Message quarter = outcome::report_filled(Period::tw2, 2023, 3, std::nullopt, "", {});
  CHECK(quarter.id == "LAPORAN KINERJA TRIWULAN II TAHUN 2023 diisi: 3 indikator.");
  CHECK(quarter.en == "Report filled on the sheet Laporan TW II (TW II 2023): 3 indicators.");
}

TEST_CASE("the forms' summary names the quarter, the formats and the folder") {
  const Message made = outcome::forms_made(4, outcome::period_named({2, 0}, 2023), {"ods", "xlsx"}, "/home/staf/formulir");
  CHECK(made.id == "4 formulir bidang dibuat untuk TW II 2023 (.ods dan .xlsx) di folder /home/staf/formulir.");
  CHECK(made.en == "4 division forms made for TW II 2023 (.ods and .xlsx) in the folder /home/staf/formulir.");
  const Message exist = outcome::forms_exist({"a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"});
  CHECK(has(exist.id, "4 berkas sudah ada di folder itu (a.xlsx, b.xlsx, c.xlsx, ...)"));
  CHECK(has(exist.en, "4 files are in that folder already (a.xlsx, b.xlsx, c.xlsx, ...)"));
}

TEST_CASE("taking earlier years names the years, the files and the problems") {
  const Message taken = outcome::history_taken(26, {2021, 2022}, 2, 1);
  CHECK(taken.id == "Riwayat diambil: 26 baris indikator dari tahun 2021 dan 2022 (2 berkas) ke lembar Riwayat; 1 masalah.");
  CHECK(taken.en == "Earlier years taken: 26 indicator rows of 2021 and 2022 (2 files) on the Riwayat sheet; 1 problem.");
  CHECK(outcome::history_none(1).en ==
        "No earlier years were taken: none of the 1 file gave any (see the problems). The Riwayat sheet is unchanged.");
}

TEST_CASE("flagging counts the same three things in both languages") {
  const Message flagged = outcome::targets_flagged(Period::to_tw2, 2023, {2, 1, 3});
  CHECK(flagged.id ==
        "s.d. TW II 2023: 2 tidak tercapai, 1 belum lapor, 3 di belakang jadwal rencana aksi; daftar per bidang "
        "di lembar Disposisi.");
  CHECK(flagged.en ==
        "up to TW II 2023: 2 missed, 1 not reported, 3 behind the action plan's schedule; the list per division "
        "is on the Disposisi sheet.");
}

TEST_CASE("a missing report points to the menu command that fills it, by its title") {
  CHECK(outcome::no_report(Period::s1).id == "Belum ada Laporan Semester I: isi dulu lewat Kinerja > Isi Laporan Semester.");
  CHECK(outcome::no_report(Period::s1).en ==
        "There is no sheet Laporan Semester I yet: fill it first with Kinerja > Fill the Semester Report.");
  CHECK(has(outcome::no_report(Period::year).en, "Fill the Annual Report"));
  CHECK(has(outcome::no_report(std::nullopt).id, "Isi Laporan Triwulan"));
}

TEST_CASE("every outcome exists in both languages and the English one is English") {
  const std::vector<UnreportedQuarter> missing = {{1, {"Linmas"}, false}};
  PullTally tally;
  tally.count(Verdict::rejected);
  const std::vector<Message> all = {
      outcome::unreported(missing),
      outcome::master_invalid_year(1800),
      outcome::master_not_made(),
      outcome::master_not_made(2, "pk.csv"),
      outcome::master_made_empty(2024),
      outcome::master_made(14, 4, 2023),
      outcome::forms_not_made(1, "induk.ods"),
      outcome::forms_no_such_quarter(5),
      outcome::forms_no_such_month(13),
      outcome::forms_exist({"a.ods"}),
      outcome::forms_made(4, outcome::period_named({1, 0}, 2023), {"xlsx"}, "/tmp"),
      outcome::forms_made(4, outcome::period_named({0, 7}, 2023), {"xlsx"}, "/tmp"),
      outcome::pull_not_done(1, "induk.ods"),
      outcome::pull_done(tally, MergeOutcome{}, 1, {"foto.jpg"}),
      outcome::history_not_taken("induk.ods"),
      outcome::history_none(2),
      outcome::history_taken(14, {2021, 2022}, 2, 3),
      outcome::emails_not_made("induk.ods"),
      outcome::emails_made(4, outcome::period_named({2, 0}, 2023), 1, "/tmp/surel"),
      outcome::emails_opened(4, outcome::period_named({2, 0}, 2023), 1, true, "/tmp/formulir"),
      outcome::emails_not_opened("induk.ods"),
      outcome::no_mail_program("No mail client configured"),
      outcome::forms_ready_in(outcome::period_named({3, 0}, 2023), "/tmp/f"),
      outcome::e81_not_made("induk.ods"),
      outcome::e81_made(2, 2023, 14, 92.5, "Sangat Tinggi", "/tmp/e81-TW2-2023.xlsx"),
      outcome::recap_not_computed("induk.ods"),
      outcome::recap_computed(14, 10),
      outcome::targets_not_flagged("induk.ods"),
      outcome::targets_flagged(Period::year, 2023, {}),
      outcome::report_not_filled("induk.ods"),
      outcome::report_filled(Period::s2, 2023, 1, 80.0, "Baik", missing),
      outcome::no_report(Period::tw3),
      outcome::pdf_exported(Period::tw1, "/tmp/laporan-TW1-2023.pdf"),
      outcome::share_copy_made({"Rekap", "Disposisi"}, false),
      outcome::share_copy_made({"Rekap"}, true),
      outcome::share_copy_made({}, false),
      outcome::unknown_period(),
      outcome::no_quarter(7),
      outcome::no_format("pdf"),
      outcome::needs_argument({"Buat Formulir Bidang", "Make Division Forms"}, "OutputDirUrl"),
      outcome::cancelled(),
      outcome::more_problems(3),
  };
  for (const Message& message : all) {
    CAPTURE(message.id);
    CAPTURE(message.en);
    CHECK_FALSE(message.id.empty());
    CHECK_FALSE(message.en.empty());
    CHECK(message.id != message.en);
    CHECK_FALSE(sounds_indonesian(message.en));
    CHECK(message.in(Language::indonesian) == message.id);
    CHECK(message.in(Language::english) == message.en);
  }
}

TEST_CASE("a problem's label follows the language, its sentence stays as the Masalah sheet keeps it") {
  const Problem problem{Severity::error, "Realisasi bukan angka.", "Formulir!F10", "linmas.xlsx"};
  CHECK(describe(problem) == "linmas.xlsx: Formulir!F10: Galat: Realisasi bukan angka.");
  CHECK(describe(problem, Language::english) == "linmas.xlsx: Formulir!F10: Error: Realisasi bukan angka.");
  CHECK(std::string(label_of(Severity::warning, Language::english)) == "Warning");
}

TEST_CASE("decimals are written the way each language writes them") {
  CHECK(decimal_in(Language::indonesian, 92.5) == "92,5");
  CHECK(decimal_in(Language::english, 92.5) == "92.5");
  CHECK(decimal_in(Language::english, 96.6666667) == "96.67");
}

TEST_CASE("the sending command says how many messages opened, what it made first and what it noted") {
  CHECK(outcome::emails_opened(3, outcome::period_named({2, 0}, 2023), 0, false, "/tmp/f").id ==
        "3 pesan surel formulir TW II 2023 dibuka di program surel, siap diperiksa dan dikirim. Tanggal kirim dicatat "
        "di Status Kiriman.");
  CHECK(outcome::emails_opened(1, outcome::period_named({4, 0}, 2023), 1, true, "/tmp/f").en ==
        "1 email message with the TW IV 2023 forms opened in the mail program, ready to check and send. The forms were "
        "made first in the folder /tmp/f. 1 without a recipient: fill in Kontak Bidang on Pengaturan. The day sent is "
        "noted on Status Kiriman.");
  CHECK(has(outcome::no_mail_program("x").id, "Alat > Opsi > Internet > Surel"));
  // LibreOffice appends the source location to its exception's words: not for the officer.
  CHECK(outcome::no_mail_program("No mail client configured at ./shell/source/cmdmail/cmdmailsuppl.cxx:259").en ==
        "The mail program could not be opened (No mail client configured). Set one in Tools > Options > Internet > "
        "Email, or make .eml messages with kinerja forms --eml.");
}

TEST_CASE("a month is named in both languages") {
  CHECK(outcome::period_named({0, 8}, 2023).id == "Agustus 2023");
  CHECK(outcome::period_named({0, 8}, 2023).en == "August 2023");
  CHECK(outcome::forms_made(2, outcome::period_named({0, 12}, 2023), {"xlsx"}, "/f").en ==
        "2 division forms made for December 2023 (.xlsx) in the folder /f.");
}
