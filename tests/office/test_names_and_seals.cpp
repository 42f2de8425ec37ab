// What a submission may carry besides its values: file names built to mislead (a right-to-left
// override, a line break), a symbolic link to a file elsewhere, and free text with the control
// characters Excel writes. Names are stored marked, links never followed, texts stored so that
// their seals hold in every format the master is kept in.
#include <doctest/doctest.h>

#include <filesystem>

#include "core/actuals.hpp"
#include "pull_fixture.hpp"

using namespace kinerja;
using namespace kinerja::test;

namespace {

namespace fs = std::filesystem;

constexpr const char* sekretariat_form = "Kinerja-2023-TW2-Sekretariat";
constexpr const char* replacement = "\xEF\xBF\xBD";  // U+FFFD

// The Kiriman rows' Berkas column.
std::vector<std::string> logged_files(const fs::path& master) {
  const core::Grid log = sheet_of(master, "Kiriman");
  std::vector<std::string> files;
  for (int r = 1; r < log.row_count(); ++r) {
    if (!log.row_is_empty(r)) files.push_back(log.text(r, 1));
  }
  return files;
}

}  // namespace

TEST_CASE("a symbolic link in a pulled folder is never followed, and said so") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto inbox = dir.path / "masuk";
  fs::create_directories(inbox);
  fill_ods_form(forms / (std::string(sekretariat_form) + ".ods"), inbox / "sekretariat.ods", {{"SEK-01", "90", ""}});
  // A whole form elsewhere on the computer, linked into the folder under a form's name.
  fill_ods_form(forms / (std::string(sekretariat_form) + ".ods"), dir.path / "di-luar.ods", {{"SEK-03", "40", ""}});
  fs::create_symlink(dir.path / "di-luar.ods", inbox / "tautan.ods");
  fs::create_symlink("/etc/passwd", inbox / "sandi.csv");

  const CliRun run = pull_tw2(master, {inbox.string()});
  CAPTURE(run.err);
  CHECK(run.exit_code == 0);
  CHECK(contains(run.out, "1 berkas: 1 diterima"));
  CHECK(contains(run.err, "tautan.ods: Peringatan: Tidak dibaca: tautan simbolik, bukan berkas. Bila memang kiriman, "
                          "salin berkas aslinya ke folder ini."));
  CHECK(contains(run.err, "sandi.csv: Peringatan: Tidak dibaca: tautan simbolik"));
  CHECK(tw2(master, "SEK-01") == 90.0);
  CHECK_FALSE(tw2(master, "SEK-03"));
  CHECK(logged_files(master) == std::vector<std::string>{"sekretariat.ods"});
}

TEST_CASE("file names with a right-to-left override or a line break are stored with the character marked") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto inbox = dir.path / "masuk";
  fs::create_directories(inbox);
  // "laporan<RLO>sdo.exe" shows as "laporanexe.ods" where the override works.
  const std::string misleading = "laporan\xE2\x80\xAEsdo.exe.ods";
  fill_ods_form(forms / (std::string(sekretariat_form) + ".ods"), inbox / misleading, {{"SEK-01", "90", ""}});
  fill_ods_form(forms / (std::string(sekretariat_form) + ".ods"), inbox / "dua\nbaris.ods", {{"SEK-03", "40", ""}});

  const CliRun run = pull_tw2(master, {inbox.string()});
  CAPTURE(run.err);
  CHECK(run.exit_code == 0);
  const std::string marked = std::string("laporan") + replacement + "sdo.exe.ods";
  const std::string one_line = std::string("dua") + replacement + "baris.ods";
  CHECK(logged_files(master) == std::vector<std::string>{one_line, marked});
  for (const core::ActualRecord& r : master_actuals(master)) {
    CHECK((r.source_file == marked || r.source_file == one_line));
  }
  CHECK(tw2(master, "SEK-01") == 90.0);
  CHECK(tw2(master, "SEK-03") == 40.0);
}

TEST_CASE("Excel's soft line break in a kendala becomes a line break with a warning, and the seals hold in .ods and .xlsx") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  // openpyxl refuses control characters: a marker is replaced by Excel's escape _x000B_ (a
  // vertical tab) in the sheet's XML afterwards, as Excel writes it. A text typed as "_x0041_"
  // Excel writes with its underscore escaped, _x005F_x0041_ (openpyxl writes it bare, which the
  // format reads as "A": LibreOffice 25.2 does, 7.4 did not).
  const auto marked = dir.path / "penanda.xlsx";
  fill_xlsx_form(forms / (std::string(sekretariat_form) + ".xlsx"), marked,
                 {{"SEK-01", "90", "Personel kurangLUNAKdiajukan tambahan"},
                  {"SEK-03", "40", "Tab\tdan  dua spasi, baris\nbaru, emoji \xF0\x9F\x93\x8B, teks _x0041_ apa adanya"}});
  const auto excel = dir.path / "excel.xlsx";
  python(R"(import sys, zipfile
src, out = sys.argv[1:3]
z = zipfile.ZipFile(src)
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as o:
    for name in z.namelist():
        data = z.read(name)
        if name.startswith('xl/worksheets/'):
            data = data.replace(b'LUNAK', b'_x000B_').replace(b'_x0041_', b'_x005F_x0041_')
        o.writestr(name, data)
)",
         {marked.string(), excel.string()});

  const CliRun run = pull_tw2(master, {excel.string()});
  CAPTURE(run.err);
  CHECK(run.exit_code == 0);
  for (const char* cell : {"I10", "I12"}) {
    CHECK(contains(run.err, "excel.xlsx: Formulir!" + std::string(cell) + ": Peringatan: Kendala memuat karakter kendali atau tak "
                            "tercetak (misalnya pemisah baris lunak dari Excel): pemisah baris disimpan sebagai baris baru "
                            "biasa, tab sebagai spasi, karakter lain dibuang."));
  }
  std::string second_text;
  for (const core::ActualRecord& r : master_actuals(master)) {  // master_actuals: every seal holds
    if (r.code == "SEK-01") CHECK(r.obstacle == "Personel kurang\ndiajukan tambahan");
    if (r.code == "SEK-03") second_text = r.obstacle;
  }
  // The tab a space (LibreOffice's .ods drops tabs), everything else as typed.
  CHECK(second_text == "Tab dan  dua spasi, baris\nbaru, emoji \xF0\x9F\x93\x8B, teks _x0041_ apa adanya");

  // The master kept as .xlsx and as .ods again: read back, every row's seal still holds.
  for (const auto& [name, filter] : {std::pair{"salinan.xlsx", "Calc MS Excel 2007 XML"}, std::pair{"salinan.ods", "calc8"}}) {
    CAPTURE(name);
    const auto copy = dir.path / name;
    {
      Workbook book = Workbook::load(master);
      book.store_as(copy, filter);
    }
    std::vector<core::Problem> problems;
    const std::vector<core::ActualRecord> records = core::read_actuals(sheet_of(copy, "Realisasi"), problems);
    for (const core::Problem& p : problems) CAPTURE(p.message);
    CHECK(problems.empty());
    CHECK(records.size() == 2);
  }
}
