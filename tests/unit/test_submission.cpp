// Reading a bidang's submission (core::read_submission) and the verdict and log rows of a
// pull, on sheets written here cell by cell.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/checksum.hpp"
#include "core/form.hpp"
#include "core/master_layout.hpp"
#include "core/pull_log.hpp"
#include "core/submission.hpp"
#include "small_agreement.hpp"

using namespace kinerja::core;

namespace {

Cell t(const char* text) { return std::string(text); }
Cell n(double value, NumberKind kind = NumberKind::general) { return Number{value, kind}; }

const SubmissionSource source{"kiriman-a.xlsx", "ab12", "2023-07-10 09:00:00"};

struct Fixture {
  Agreement agreement = kinerja::test::small_agreement();
  AgreementIndex index{agreement};

  SubmissionReading read(const std::vector<Grid>& sheets, int expected_quarter = 0) const {
    return read_submission(sheets, SubmissionContext{index, 2023, expected_quarter}, source);
  }
  SubmissionReading read_sheets(const std::vector<SubmittedSheet>& sheets) const {
    return read_submission(sheets, SubmissionContext{index, 2023, 0}, source);
  }
};

// The identity block a form of Bidang A carries.
Grid identity(const std::string& division, int year, int quarter) {
  FormIdentity id;
  id.division = division;
  id.year = year;
  id.quarter = quarter;
  id.checksum = indicator_list_checksum({"A-01", "A-02"});
  return identity_grid(id);
}

// A plain table: Kode | Indikator | Realisasi | Kendala, one row per (code, value, obstacle).
Grid table(std::vector<std::vector<Cell>> rows) {
  rows.insert(rows.begin(), {t("Kode"), t("Indikator"), t("Realisasi"), t("Kendala")});
  return Grid("Formulir", std::move(rows));
}

const ActualRecord* record_of(const SubmissionReading& reading, const std::string& code) {
  const auto found = std::find_if(reading.records.begin(), reading.records.end(),
                                  [&](const ActualRecord& r) { return r.code == code; });
  return found == reading.records.end() ? nullptr : &*found;
}

bool mentions(const std::vector<Problem>& problems, const std::string& text) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const Problem& p) { return p.message.find(text) != std::string::npos; });
}

}  // namespace

TEST_CASE("a form with its identity block: bidang, year and quarter from the identity, provenance per cell") {
  const Fixture f;
  const SubmissionReading r = f.read({table({{t("A-01"), t("Patroli"), n(12), t("hujan")},
                                             {t("A-02"), t("Ketertiban"), t("85%"), Cell(Empty{})}}),
                                      identity("Bidang A", 2023, 2)});
  CHECK(r.usable);
  CHECK(r.identified);
  CHECK(r.division == "Bidang A");
  CHECK(r.year == 2023);
  CHECK(r.quarter == 2);
  CHECK(r.rejected_rows == 0);
  REQUIRE(r.records.size() == 2);
  const ActualRecord* a1 = record_of(r, "A-01");
  REQUIRE(a1 != nullptr);
  CHECK(a1->division == "Bidang A");
  CHECK(a1->quarter == 2);
  CHECK(a1->year == 2023);
  CHECK(a1->actual == 12);
  CHECK(a1->obstacle == "hujan");
  CHECK(a1->source_file == "kiriman-a.xlsx");
  CHECK(a1->source_sha256 == "ab12");
  CHECK(a1->source_cell == "Formulir!C2");  // the Realisasi cell of row 2
  CHECK(a1->pulled_at == "2023-07-10 09:00:00");
  CHECK(record_of(r, "A-02")->actual == 85);  // "85%" in a percent indicator
  CHECK(record_of(r, "A-02")->source_cell == "Formulir!C3");
  CHECK(submission_verdict(r) == Verdict::accepted);
}

TEST_CASE("a submission for another year or another quarter is rejected as a whole") {
  const Fixture f;
  const Grid rows = table({{t("A-01"), t("Patroli"), n(12), Cell(Empty{})}, {t("A-02"), t("Ketertiban"), Cell(Empty{}), Cell(Empty{})}});
  const SubmissionReading other_year = f.read({rows, identity("Bidang A", 2022, 2)});
  CHECK_FALSE(other_year.usable);
  CHECK(mentions(other_year.problems, "tahun 2022"));
  CHECK(submission_verdict(other_year) == Verdict::rejected);

  const SubmissionReading other_quarter = f.read({rows, identity("Bidang A", 2023, 2)}, 3);
  CHECK_FALSE(other_quarter.usable);
  CHECK(mentions(other_quarter.problems, "TW II, yang ditarik TW III"));

  const SubmissionReading asked_quarter = f.read({rows, identity("Bidang A", 2023, 3)}, 3);
  CHECK(asked_quarter.usable);
  CHECK(asked_quarter.records.size() == 1);
}

TEST_CASE("a foreign bidang: an unknown one rejects the file, another bidang's indicator its row") {
  const Fixture f;
  const SubmissionReading unknown =
      f.read({table({{t("A-01"), t("Patroli"), n(12), Cell(Empty{})}}), identity("Bidang Z", 2023, 2)});
  CHECK_FALSE(unknown.usable);
  CHECK(mentions(unknown.problems, "Bidang \"Bidang Z\" tidak ada"));

  const SubmissionReading foreign = f.read({table({{t("A-01"), t("Patroli"), n(12), Cell(Empty{})},
                                                   {t("A-02"), t("Ketertiban"), Cell(Empty{}), Cell(Empty{})},
                                                   {t("B-01"), t("Kasus"), n(4), Cell(Empty{})}}),
                                            identity("Bidang A", 2023, 2)});
  CHECK(foreign.usable);
  CHECK(foreign.rejected_rows == 1);
  REQUIRE(foreign.records.size() == 1);
  CHECK(foreign.records[0].code == "A-01");
  CHECK(mentions(foreign.problems, "B-01 milik Bidang B, bukan Bidang A"));
  const auto where = std::find_if(foreign.problems.begin(), foreign.problems.end(),
                                  [](const Problem& p) { return p.message.find("B-01 milik") != std::string::npos; });
  REQUIRE(where != foreign.problems.end());
  CHECK(where->where == "Formulir!A4");
  CHECK(where->file == "kiriman-a.xlsx");
  CHECK(submission_verdict(foreign) == Verdict::partial);
}

TEST_CASE("a sheet the bidang rebuilt: moved columns, a header block, rows in another order") {
  const Fixture f;
  // No identity sheet. Labels above the table; Realisasi first, Kode last; B-01 before A-01.
  const Grid rebuilt("Data TW2", {{t("Bidang"), Cell(Empty{}), t("Bidang B")},
                                  {t("Tahun"), n(2023)},
                                  {t("Triwulan"), t("TW II")},
                                  {},
                                  {t("realisasi"), t("kendala"), t("KODE")},
                                  {n(4), t("saksi tidak hadir"), t("B-01")}});
  const SubmissionReading r = f.read({rebuilt});
  CHECK(r.usable);
  CHECK_FALSE(r.identified);
  CHECK(r.division == "Bidang B");
  CHECK(r.quarter == 2);
  REQUIRE(r.records.size() == 1);
  CHECK(r.records[0].code == "B-01");
  CHECK(r.records[0].actual == 4);
  CHECK(r.records[0].obstacle == "saksi tidak hadir");
  CHECK(r.records[0].source_cell == "'Data TW2'!A6");

  // Rows sorted another way than the agreement: each value stays with its code.
  const SubmissionReading sorted = f.read({table({{t("A-02"), t("Ketertiban"), n(0.9, NumberKind::percent), Cell(Empty{})},
                                                  {t("A-01"), t("Patroli"), t("1.250"), Cell(Empty{})}}),
                                           identity("Bidang A", 2023, 1)});
  REQUIRE(sorted.records.size() == 2);
  CHECK(record_of(sorted, "A-02")->actual.value_or(NAN) == doctest::Approx(90));  // a percent cell holding 0.9
  CHECK(record_of(sorted, "A-01")->actual == 1250);                               // dots group thousands...
  CHECK(mentions(sorted.problems, "1.250"));                                      // ...with a warning
  CHECK(submission_verdict(sorted) == Verdict::accepted);
}

TEST_CASE("bad rows are rejected one by one, empty realisasi is not reported, not zero") {
  const Fixture f;
  const SubmissionReading r = f.read({table({{t("A-01"), t("Patroli"), t("dua belas"), Cell(Empty{})},
                                             {t("A-02"), t("Ketertiban"), Cell(Empty{}), Cell(Empty{})},
                                             {t("X-99"), t("?"), n(3), Cell(Empty{})},
                                             {Cell(Empty{}), Cell(Empty{}), n(7), Cell(Empty{})}}),
                                      identity("Bidang A", 2023, 2)});
  CHECK(r.rejected_rows == 3);  // text, unknown code, value without a code
  CHECK(r.records.empty());     // A-02 empty: not reported, no record
  CHECK_FALSE(r.usable);        // nothing usable and rows rejected
  CHECK(mentions(r.problems, "\"dua belas\" bukan angka"));
  CHECK(mentions(r.problems, "\"X-99\" tidak ada"));
  CHECK(mentions(r.problems, "tanpa kode indikator"));
  CHECK(submission_verdict(r) == Verdict::rejected);

  const SubmissionReading twice = f.read({table({{t("A-01"), t("Patroli"), n(1), Cell(Empty{})},
                                                 {t("A-02"), t("Ketertiban"), Cell(Empty{}), Cell(Empty{})},
                                                 {t("a-01"), t("Patroli"), n(2), Cell(Empty{})}}),
                                          identity("Bidang A", 2023, 2)});
  REQUIRE(twice.records.size() == 1);
  CHECK(twice.records[0].actual == 1);  // the first row is used
  CHECK(twice.rejected_rows == 1);
}

TEST_CASE("a workbook without a Kode/Realisasi table is no form") {
  const Fixture f;
  const SubmissionReading r = f.read({Grid("Sheet1", {{t("Nama"), t("Alamat")}, {t("Budi"), t("Paringin")}})});
  CHECK_FALSE(r.usable);
  CHECK(mentions(r.problems, "Tidak ada tabel dengan kolom Kode dan Realisasi"));
}

TEST_CASE("hostile and damaged workbooks: hidden sheets, the master itself, missing rows, too many problems") {
  const Fixture f;
  const Grid visible = table({{t("A-01"), t("Patroli"), n(12), Cell(Empty{})},
                              {t("A-02"), t("Ketertiban"), n(85), Cell(Empty{})}});
  Grid decoy("Data", {{t("Kode"), t("Realisasi")}, {t("A-01"), n(999)}, {t("A-02"), n(1)}});

  // A hidden FIRST sheet with a Kode/Realisasi table: never read; the visible form is.
  const SubmissionReading r = f.read_sheets({{decoy, true, false}, {visible, false, false},
                                             {identity("Bidang A", 2023, 2), false, false}});
  CHECK(r.usable);
  REQUIRE(r.records.size() == 2);
  CHECK(record_of(r, "A-01")->actual == 12);
  CHECK(record_of(r, "A-01")->source_cell == "Formulir!C2");
  CHECK(mentions(r.problems, "Lembar tersembunyi \"Data\" juga berisi tabel"));

  // The only table is hidden: rejected, and said so.
  const SubmissionReading only_hidden = f.read_sheets({{decoy, true, false}, {identity("Bidang A", 2023, 2), false, false}});
  CHECK_FALSE(only_hidden.usable);
  CHECK(mentions(only_hidden.problems, "hanya ada di lembar tersembunyi \"Data\""));

  // The form sheet wins over another visible table with more columns.
  Grid wide("Lain", {{t("Kode"), t("Realisasi"), t("Kendala"), t("Bukti Dukung"), t("Tindak Lanjut")},
                     {t("A-01"), n(7)}, {t("A-02"), n(7)}});
  const SubmissionReading form_first = f.read({wide, visible, identity("Bidang A", 2023, 2)});
  CHECK(record_of(form_first, "A-01")->actual == 12);

  // A sheet larger than any form: the bounded part is read, with a warning.
  const SubmissionReading cut = f.read_sheets({{visible, false, true}, {identity("Bidang A", 2023, 2), false, false}});
  CHECK(cut.usable);
  CHECK(mentions(cut.problems, "lebih besar dari formulir mana pun: hanya 2000 baris dan 64 kolom"));

  // The master pulled into itself is no form.
  const SubmissionReading master = f.read({Grid("Petunjuk", {}), Grid("Pengaturan", {}), Grid("PK", {}),
                                           Grid("Realisasi", {{t("Bidang"), t("Tahun"), t("Triwulan"), t("Kode"), t("Realisasi")}}),
                                           Grid("Jejak SOP", {})});
  CHECK_FALSE(master.usable);
  CHECK(mentions(master.problems, "buku induk Kinerja, bukan formulir bidang"));

  // A form whose identity lists but whose table lost A-02 (cut short): rejected.
  const SubmissionReading damaged =
      f.read({table({{t("A-01"), t("Patroli"), n(12), Cell(Empty{})}}), identity("Bidang A", 2023, 2)});
  CHECK_FALSE(damaged.usable);
  CHECK(damaged.records.empty());
  CHECK(mentions(damaged.problems, "tidak lengkap: 1 dari 2 indikator tidak ada di lembar \"Formulir\" (A-02)"));

  // A million junk rows would be a million problems: at most 50 are kept, the rest counted.
  std::vector<std::vector<Cell>> junk = {{t("A-01"), t("Patroli"), n(1), Cell(Empty{})},
                                         {t("A-02"), t("Ketertiban"), n(2), Cell(Empty{})}};
  for (int i = 0; i < 500; ++i) junk.push_back({t("ZZ"), Cell(Empty{}), n(i), Cell(Empty{})});
  const SubmissionReading flood = f.read({table(junk), identity("Bidang A", 2023, 2)});
  CHECK(flood.rejected_rows == 500);
  REQUIRE(flood.problems.size() == submission_max_problems);
  CHECK(flood.problems.back().message == "... dan 451 masalah lain pada berkas ini (tidak dicatat satu per satu).");
  CHECK(flood.records.size() == 2);
}

TEST_CASE("values worth a second look: negative, far above the target, too large to be finite") {
  const Fixture f;
  const SubmissionReading r = f.read({table({{t("A-01"), t("Patroli"), n(-3), Cell(Empty{})},
                                             {t("A-02"), t("Ketertiban"), n(801), Cell(Empty{})}}),
                                      identity("Bidang A", 2023, 2)});
  CHECK(r.usable);
  CHECK(r.records.size() == 2);  // warnings only: the values are what the bidang reported
  CHECK(mentions(r.problems, "Realisasi A-01 negatif (-3 kali)"));
  CHECK(mentions(r.problems, "Realisasi A-02 801 lebih dari 10 kali target TW II (80)"));
  const SubmissionReading ok = f.read({table({{t("A-01"), t("Patroli"), n(100), Cell(Empty{})},
                                              {t("A-02"), t("Ketertiban"), n(800), Cell(Empty{})}}),
                                       identity("Bidang A", 2023, 2)});
  CHECK(ok.problems.empty());  // 10x the target exactly is still plausible

  const SubmissionReading huge = f.read({table({{t("A-01"), t("Patroli"), n(1e308), Cell(Empty{})},
                                                {t("A-02"), t("Ketertiban"), n(1e307, NumberKind::percent), Cell(Empty{})}}),
                                         identity("Bidang A", 2023, 2)});
  CHECK(huge.rejected_rows == 2);  // 1e308 and 1e309 %: neither is a possible figure
  CHECK(huge.records.empty());
  CHECK_FALSE(huge.usable);
  CHECK(mentions(huge.problems, "Nilai terlalu besar"));
}

TEST_CASE("quarters as people write them") {
  CHECK(parse_quarter("2") == 2);
  CHECK(parse_quarter("II") == 2);
  CHECK(parse_quarter("TW III") == 3);
  CHECK(parse_quarter("Triwulan 4") == 4);
  CHECK(parse_quarter("tw1") == 1);
  CHECK(parse_quarter("V") == 0);
  CHECK(parse_quarter("") == 0);
}

TEST_CASE("verdicts, the Kiriman and Masalah rows, and the summary of a pull") {
  CHECK(label_of(Verdict::accepted) == "Diterima");
  CHECK(label_of(Verdict::partial) == "Sebagian");
  CHECK(label_of(Verdict::rejected) == "Ditolak");

  SubmissionReading partial;
  partial.division = "Bidang A";
  partial.year = 2023;
  partial.quarter = 2;
  partial.records.resize(3);
  partial.rejected_rows = 1;
  const std::vector<Cell> row = submission_log_row(partial, source, "catatan");
  REQUIRE(row.size() == master_layout::headers(master_layout::submissions).size());
  CHECK(std::get<std::string>(row[0]) == "2023-07-10 09:00:00");
  CHECK(std::get<std::string>(row[1]) == "kiriman-a.xlsx");
  CHECK(std::get<std::string>(row[2]) == "ab12");
  CHECK(std::get<std::string>(row[3]) == "Bidang A");
  CHECK(std::get<Number>(row[4]).value == 2023);
  CHECK(std::get<Number>(row[5]).value == 2);
  CHECK(std::get<std::string>(row[6]) == "Sebagian");
  CHECK(std::get<Number>(row[7]).value == 3);
  CHECK(std::get<Number>(row[8]).value == 1);
  CHECK(std::get<std::string>(row[master_layout::submission_column::note]) == "catatan");

  const SubmissionReading unreadable = unreadable_submission("rusak.xlsx", "Berkas tidak dapat dibaca: rusak");
  CHECK(submission_verdict(unreadable) == Verdict::rejected);
  const std::vector<Cell> rejected = submission_log_row(unreadable, {"rusak.xlsx", "", "t"});
  CHECK(std::holds_alternative<Empty>(rejected[4]));  // no year known
  CHECK(std::get<std::string>(rejected[6]) == "Ditolak");
  CHECK(std::get<Number>(rejected[7]).value == 0);
  REQUIRE(unreadable.problems.size() == 1);
  CHECK(unreadable.problems[0].file == "rusak.xlsx");

  const std::vector<Cell> problem = problem_log_row({Severity::warning, "Pesan.", "Formulir!G10", "a.ods"}, "t0");
  REQUIRE(problem.size() == master_layout::headers(master_layout::problems).size());
  CHECK(std::get<std::string>(problem[0]) == "t0");
  CHECK(std::get<std::string>(problem[1]) == "a.ods");
  CHECK(std::get<std::string>(problem[2]) == "Formulir!G10");
  CHECK(std::get<std::string>(problem[3]) == "Peringatan");
  CHECK(std::get<std::string>(problem[4]) == "Pesan.");

  MergeOutcome merged;
  merged.changes = {"A-01 TW II 2023: 10 -> 12"};
  CHECK(replaced_note(merged) == "Diganti: A-01 TW II 2023: 10 -> 12");
  const Problem skipped = skipped_file_problem("foto.jpg");
  CHECK(skipped.severity == Severity::warning);
  CHECK(skipped.file == "foto.jpg");
  CHECK(replaced_note(MergeOutcome{}).empty());
}

TEST_CASE("the Realisasi Anggaran column: a number with its own cell, text or a negative amount rejects the row") {
  const Fixture f;
  const auto budget_table = [](std::vector<std::vector<Cell>> rows) {
    rows.insert(rows.begin(), {t("Kode"), t("Realisasi"), t("Realisasi Anggaran (Rp)"), t("Kendala")});
    return Grid("Formulir", std::move(rows));
  };
  const SubmissionReading r =
      f.read({budget_table({{t("A-01"), n(12), t("125.000.000"), Cell(Empty{})},
                            {t("A-02"), Cell(Empty{}), n(5000000), t("data menyusul")}}),
              identity("Bidang A", 2023, 2)});
  CHECK(r.rejected_rows == 0);
  REQUIRE(r.records.size() == 2);
  const ActualRecord* a1 = record_of(r, "A-01");
  REQUIRE(a1 != nullptr);
  CHECK(a1->spent == 125000000);  // "125.000.000" typed the Indonesian way
  CHECK(a1->spent_cell == "Formulir!C2");
  CHECK(a1->source_cell == "Formulir!B2");
  const ActualRecord* a2 = record_of(r, "A-02");
  REQUIRE(a2 != nullptr);
  CHECK_FALSE(a2->actual);  // a budget without a realisasi is kept, the realisasi stays not reported
  CHECK(a2->spent == 5000000);

  const SubmissionReading bad = f.read({budget_table({{t("A-01"), n(12), t("satu juta"), Cell(Empty{})},
                                                      {t("A-02"), n(3), n(-5), Cell(Empty{})}}),
                                        identity("Bidang A", 2023, 2)});
  CHECK(bad.records.empty());
  CHECK(bad.rejected_rows == 2);
  REQUIRE(bad.problems.size() >= 2);
  CHECK(bad.problems[0].where == "Formulir!C2");
  CHECK(bad.problems[0].file == "kiriman-a.xlsx");
  CHECK(bad.problems[0].message.rfind("Realisasi anggaran: ", 0) == 0);
  CHECK(mentions(bad.problems, "Baris A-01 tidak diambil."));
  CHECK(mentions(bad.problems, "Realisasi anggaran A-02 negatif (Rp -5): baris tidak diambil."));

  // A version 1 form, without the column, reads as before: no budget, no problem.
  const SubmissionReading old = f.read({table({{t("A-01"), t("Patroli"), n(12), Cell(Empty{})},
                                               {t("A-02"), t("Ketertiban"), n(80), Cell(Empty{})}}),
                                        identity("Bidang A", 2023, 2)});
  REQUIRE(old.records.size() == 2);
  CHECK_FALSE(old.records[0].spent);
  CHECK(old.problems.empty());
}

TEST_CASE("a monthly progress form: records of its month with progres fisik, a bad percentage rejects the row") {
  const Fixture f;
  FormIdentity id{"Bidang A", 2023, 3, "2", indicator_list_checksum({"A-01", "A-02"}), 8};
  const Grid sheet("Formulir", {{t("Kode"), t("Indikator"), t("Realisasi Bulan Ini"), t("Realisasi Anggaran (Rp)"),
                                 t("Permasalahan"), t("Progres Fisik (%)")},
                                {t("A-01"), t("Patroli"), n(4), n(1500000), t("hujan"), n(35)},
                                {t("A-02"), t("Ketertiban"), n(78), Cell(Empty{}), Cell(Empty{}), n(120)}});
  const SubmissionReading r = f.read({sheet, identity_grid(id)}, 3);
  CHECK(r.usable);
  CHECK(r.month == 8);
  CHECK(r.quarter == 3);
  REQUIRE(r.records.size() == 1);
  const ActualRecord& a1 = r.records[0];
  CHECK(a1.month == 8);
  CHECK(a1.quarter == 3);
  CHECK(a1.actual == 4.0);
  CHECK(a1.spent == 1500000.0);
  CHECK(a1.physical == 35.0);
  CHECK(a1.obstacle == "hujan");
  CHECK(r.rejected_rows == 1);
  CHECK(mentions(r.problems, "Progres fisik A-02 120% di luar 0 sampai 100: baris tidak diambil."));

  // Pulled as TW II: August belongs to TW III.
  const SubmissionReading wrong = f.read({sheet, identity_grid(id)}, 2);
  CHECK_FALSE(wrong.usable);
  CHECK(mentions(wrong.problems, "Kiriman untuk Agustus (TW III), yang ditarik TW II."));
}

TEST_CASE("a monthly form without its identity sheet: the month from the header block") {
  const Fixture f;
  const Grid sheet("Formulir", {{t("Bidang"), t("Bidang A")},
                                {t("Tahun"), n(2023)},
                                {t("Bulan"), t("Juli 2023")},
                                {},
                                {t("Kode"), t("Realisasi Bulan Ini"), t("Progres Fisik (%)")},
                                {t("A-01"), n(3), n(20)}});
  const SubmissionReading r = f.read({sheet});
  CHECK(r.month == 7);
  CHECK(r.quarter == 3);
  REQUIRE(r.records.size() == 1);
  CHECK(r.records[0].month == 7);
  CHECK(r.records[0].physical == 20.0);
}

TEST_CASE("a kendala with a soft line break from Excel is stored with a plain line break, and the cell is named") {
  const Fixture f;
  // Row 2: "Personel kurang<U+000B>diajukan tambahan" in Kendala, column D.
  const SubmissionReading r = f.read({table({{t("A-01"), t("Patroli"), n(12), t("Personel kurang\x0B" "diajukan tambahan")},
                                             {t("A-02"), t("Ketertiban"), n(80), t("baris satu\r\nbaris dua")}}),
                                      identity("Bidang A", 2023, 2)});
  REQUIRE(r.records.size() == 2);
  const ActualRecord* a1 = record_of(r, "A-01");
  REQUIRE(a1 != nullptr);
  CHECK(a1->obstacle == "Personel kurang\ndiajukan tambahan");
  const ActualRecord* a2 = record_of(r, "A-02");
  REQUIRE(a2 != nullptr);
  CHECK(a2->obstacle == "baris satu\nbaris dua");
  int warnings = 0;
  for (const Problem& p : r.problems) {
    if (p.message.find("karakter kendali") == std::string::npos) continue;
    ++warnings;
    CHECK(p.severity == Severity::warning);
    CHECK(p.where == "Formulir!D2");
    CHECK(p.file == "kiriman-a.xlsx");
    CHECK(p.message.starts_with("Kendala memuat karakter kendali"));
  }
  CHECK(warnings == 1);  // a Windows line end is a line end, not a warning
}
