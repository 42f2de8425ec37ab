// Forms damaged in one part of their package, as a cut download or a broken disk leaves them:
// each refused by name before the office reads it (the office would read what it could and
// say nothing: a cut styles part turns 93,8 % into 0,938), with the master's values unchanged;
// the same form whole goes in with its percent.
#include <doctest/doctest.h>

#include <filesystem>

#include "pull_fixture.hpp"

using namespace kinerja;
using namespace kinerja::test;

namespace {

namespace fs = std::filesystem;

constexpr const char* sekretariat_form = "Kinerja-2023-TW2-Sekretariat";

// A copy of `package` with one part damaged: "cut" keeps its first half, "drop" leaves it out,
// "flip" changes one byte of its stored data (so its CRC no longer matches). Every other part
// is copied as it was, in its order and with its compression.
void damage(const fs::path& package, const fs::path& out, const std::string& part, const std::string& how) {
  python(R"(import sys, zipfile
src, out, part, how = sys.argv[1:5]
z = zipfile.ZipFile(src)
with zipfile.ZipFile(out, 'w') as o:
    for info in z.infolist():
        data = z.read(info.filename)
        copy = zipfile.ZipInfo(info.filename, info.date_time)
        copy.compress_type = info.compress_type
        if info.filename == part:
            if how == 'drop':
                continue
            if how == 'cut':
                data = data[: len(data) // 2]
            if how == 'flip':
                copy.compress_type = zipfile.ZIP_STORED
        o.writestr(copy, data)
if how == 'flip':
    raw = bytearray(open(out, 'rb').read())
    info = zipfile.ZipFile(out).getinfo(part)
    at = info.header_offset + 30 + len(info.filename.encode()) + info.file_size // 2
    raw[at] ^= 0x20
    open(out, 'wb').write(bytes(raw))
)",
         {package.string(), out.string(), part, how});
}

struct Damage {
  fs::path source;   // the whole form
  std::string file;  // the damaged copy's name
  std::string part;
  std::string how;
  std::string says;  // what the refusal says after "Berkas rusak: "
};

}  // namespace

TEST_CASE("a form damaged in any part is refused by name before the office reads it, the whole one goes in") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  // SEK-01 is a percent indicator: "Excel" keeps 93,8 % as 0.938 formatted as percent.
  const auto xlsx = dir.path / "isi.xlsx";
  fill_xlsx_form(forms / (std::string(sekretariat_form) + ".xlsx"), xlsx, {{"SEK-01", "93.8", "kurang personel"}});
  const auto ods = dir.path / "isi.ods";
  fill_ods_form(forms / (std::string(sekretariat_form) + ".ods"), ods, {{"SEK-01", "93.8", "kurang personel"}});

  // openpyxl writes its texts inline; LibreOffice's own .xlsx form keeps them in sharedStrings.
  const auto office_xlsx = forms / (std::string(sekretariat_form) + ".xlsx");
  const std::vector<Damage> damages = {
      {xlsx, "gaya-terpotong.xlsx", "xl/styles.xml", "cut", "bagian xl/styles.xml tidak utuh: terpotong"},
      {office_xlsx, "teks-terpotong.xlsx", "xl/sharedStrings.xml", "cut",
       "bagian xl/sharedStrings.xml tidak utuh: terpotong"},
      {xlsx, "buku-terpotong.xlsx", "xl/workbook.xml", "cut", "bagian xl/workbook.xml tidak utuh: terpotong"},
      {xlsx, "tanpa-gaya.xlsx", "xl/styles.xml", "drop",
       "bagian xl/styles.xml yang disebut xl/_rels/workbook.xml.rels tidak ada"},
      {xlsx, "bita-berubah.xlsx", "xl/worksheets/sheet1.xml", "flip",
       "bagian xl/worksheets/sheet1.xml isinya tidak cocok dengan CRC-nya (rusak)"},
      {ods, "isi-terpotong.ods", "content.xml", "cut", "bagian content.xml tidak utuh: terpotong"},
      {ods, "meta-terpotong.ods", "meta.xml", "cut", "bagian meta.xml tidak utuh: terpotong"},
      {ods, "tanpa-gaya.ods", "styles.xml", "drop", "bagian styles.xml yang disebut META-INF/manifest.xml tidak ada"},
  };
  std::vector<std::string> inputs;
  for (const Damage& d : damages) {
    damage(d.source, dir.path / d.file, d.part, d.how);
    inputs.push_back((dir.path / d.file).string());
  }
  const CliRun run = pull_tw2(master, inputs);
  CAPTURE(run.err);
  CHECK(run.exit_code == 3);
  CHECK(contains(run.out, "8 berkas: 0 diterima, 0 sebagian, 8 ditolak; 0 nilai masuk"));
  for (const Damage& d : damages) {
    CAPTURE(d.file);
    CHECK(contains(run.err, d.file + ": Galat: Berkas rusak: " + d.says));
  }
  CHECK(contains(run.err, ". Minta bidang menyimpan ulang formulirnya lalu mengirimnya lagi.\n"));
  CHECK(master_actuals(master).empty());

  // The same forms whole: 93,8 % as 93.8, from either format.
  const CliRun whole = pull_tw2(master, {xlsx.string()});
  CAPTURE(whole.err);
  CHECK(whole.exit_code == 0);
  CHECK(tw2(master, "SEK-01") == 93.8);
  CHECK(pull_tw2(master, {ods.string()}).exit_code == 0);
  CHECK(tw2(master, "SEK-01") == 93.8);
}

TEST_CASE("a number cell that holds no number is refused by its cell, not read as 0 or as empty") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  // LibreOffice stores a NaN value as office:value="NaN" and reads it back as 0; openpyxl writes
  // a NaN as an empty <v>, which the office reads as an empty cell. SEK-01's Realisasi is G10.
  const auto ods = dir.path / "nan.ods";
  fill_ods_form(forms / (std::string(sekretariat_form) + ".ods"), ods, {{"SEK-01", "nan", ""}, {"SEK-03", "40", ""}});
  const auto xlsx = dir.path / "nan.xlsx";
  fill_xlsx_form(forms / (std::string(sekretariat_form) + ".xlsx"), xlsx, {{"SEK-01", "nan", ""}, {"SEK-03", "40", ""}});
  const auto whole = dir.path / "utuh.ods";
  fill_ods_form(forms / "Kinerja-2023-TW2-Bidang-Perlindungan-Masyarakat.ods", whole, {{"LINMAS-01", "3", ""}});

  const CliRun run = pull_tw2(master, {ods.string(), xlsx.string(), whole.string()});
  CAPTURE(run.err);
  CHECK(run.exit_code == 3);
  CHECK(contains(run.err, "nan.ods: Galat: Berkas rusak: sel Formulir!G10 bertipe angka tetapi berisi \"NaN\", bukan "
                          "angka. Minta bidang menyimpan ulang formulirnya lalu mengirimnya lagi.\n"));
  CHECK(contains(run.err, "nan.xlsx: Galat: Berkas rusak: sel G10 pada bagian xl/worksheets/sheet"));
  CHECK(contains(run.err, ".xml bertipe angka tetapi tanpa nilai."));
  CHECK(contains(run.out, "3 berkas: 1 diterima, 0 sebagian, 2 ditolak"));
  // Nothing of the refused files, not even their good rows; the whole file goes in.
  CHECK_FALSE(tw2(master, "SEK-01").has_value());
  CHECK_FALSE(tw2(master, "SEK-03").has_value());
  CHECK(tw2(master, "LINMAS-01") == 3.0);
}
