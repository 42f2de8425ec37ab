// Careless and hostile submissions, each a real file built here: a hidden sheet that lies, a
// sheet claiming a million rows, an .xlsx cut inside a row, values near the largest double,
// thousands of junk rows, the master pulled into itself, files that are no spreadsheet. The
// master changes exactly as intended, and the other files of a pull still go in.
#include <doctest/doctest.h>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <org/kinerja/XEngine.hpp>

#include <signal.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iterator>
#include <thread>

#include "core/actuals.hpp"
#include "office/child_process.hpp"
#include "office/file_url.hpp"
#include "office/profile.hpp"
#include "pull_fixture.hpp"
#include "unobase/grid_io.hpp"

using namespace kinerja;
using namespace kinerja::test;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr const char* sekretariat_form = "Kinerja-2023-TW2-Sekretariat";

std::size_t lines_of(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

// The office's peak resident memory (VmHWM) in MiB.
double office_peak_mib(int pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::atof(line.c_str() + 6) / 1024.0;
  }
  return -1;
}

}  // namespace

TEST_CASE("a hidden first sheet with a Kode/Realisasi table is never read: the visible form is") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto filled = dir.path / "isi.xlsx";
  fill_xlsx_form(forms / (std::string(sekretariat_form) + ".xlsx"), filled, {{"SEK-01", "100", ""}, {"SEK-03", "90", ""}});
  const auto inbox = dir.path / "masuk";
  std::filesystem::create_directories(inbox);
  // Built as in Excel: a first sheet "Data" with lying values, hidden; the form active.
  python("import openpyxl, sys\n"
         "book = openpyxl.load_workbook(sys.argv[1])\n"
         "data = book.create_sheet('Data', 0)\n"
         "data.append(['Kode', 'Realisasi'])\n"
         "data.append(['SEK-01', 5])\n"
         "data.append(['SEK-03', 5])\n"
         "data.sheet_state = 'hidden'\n"
         "book.active = book.worksheets.index(book['Formulir'])\n"
         "book.save(sys.argv[2])\n",
         {filled.string(), (inbox / "sekretariat.xlsx").string()});
  const CliRun run = pull_tw2(master, {inbox.string()});
  CAPTURE(run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.err.find("sekretariat.xlsx: Data: Peringatan: Lembar tersembunyi \"Data\" juga berisi tabel Kode dan "
                     "Realisasi: tidak dibaca.") != std::string::npos);
  CHECK(tw2(master, "SEK-01") == 100.0);
  CHECK(tw2(master, "SEK-03") == 90.0);

  // The only table is on a hidden sheet: rejected, said so, and nothing changes.
  python("import openpyxl, sys\n"
         "book = openpyxl.load_workbook(sys.argv[1])\n"
         "book.create_sheet('Catatan', 0)\n"
         "book.active = 0\n"
         "book['Formulir'].sheet_state = 'hidden'\n"
         "book.save(sys.argv[2])\n",
         {filled.string(), (dir.path / "tersembunyi.xlsx").string()});
  const CliRun hidden = pull_tw2(master, {(dir.path / "tersembunyi.xlsx").string()});
  CAPTURE(hidden.err);
  CHECK(hidden.exit_code == 3);
  CHECK(hidden.err.find("tersembunyi.xlsx: Formulir: Galat: Tabel Kode dan Realisasi hanya ada di lembar tersembunyi "
                        "\"Formulir\"") != std::string::npos);
  CHECK(hidden.out.find("1 berkas: 0 diterima, 0 sebagian, 1 ditolak; 0 nilai masuk") != std::string::npos);
  CHECK(tw2(master, "SEK-01") == 100.0);
}

TEST_CASE("a 9 KB .xlsx whose extra sheet claims A1:AMJ1048576 is read within bounds, the office stays small") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto inbox = dir.path / "masuk";
  std::filesystem::create_directories(inbox);
  fill_xlsx_form(forms / (std::string(sekretariat_form) + ".xlsx"), dir.path / "isi.xlsx", {{"SEK-01", "100", ""}});
  python("import openpyxl, sys\n"
         "book = openpyxl.load_workbook(sys.argv[1])\n"
         "extra = book.create_sheet('Lampiran')\n"
         "extra['A1'] = 'awal'\n"
         "extra['AMJ1048576'] = 'akhir'\n"
         "book.save(sys.argv[2])\n",
         {(dir.path / "isi.xlsx").string(), (inbox / "1-lebar.xlsx").string()});
  CHECK(std::filesystem::file_size(inbox / "1-lebar.xlsx") < 64 * 1024);
  fill_ods_form(forms / "Kinerja-2023-TW2-Bidang-Perlindungan-Masyarakat.ods", inbox / "2-baik.ods",
                {{"LINMAS-01", "3", ""}});

  // Through the engine in this test's own office, so that its peak memory can be read.
  Reference<org::kinerja::XEngine> engine(office_session().create("org.kinerja.Engine"), UNO_QUERY_THROW);
  css::uno::Sequence<rtl::OUString> inputs(1);
  inputs.getArray()[0] = ou(office::file_url(inbox));
  const org::kinerja::OperationResult result = engine->pull(ou(office::file_url(master)), inputs, 2);
  CAPTURE(utf8(result.Summary));
  CHECK(result.Success);
  CHECK(utf8(result.Summary).find("2 berkas: 2 diterima") == 0);
  const double peak = office_peak_mib(office_session().pid());
  MESSAGE("office peak memory (VmHWM) after the pull: " << peak << " MiB");
  CHECK(peak > 0);
  CHECK(peak < 1024);
  CHECK(tw2(master, "SEK-01") == 100.0);
  CHECK(tw2(master, "LINMAS-01") == 3.0);
}

TEST_CASE("an .xlsx whose sheet is cut inside a row is rejected with the part named, the earlier values stay") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto form = forms / (std::string(sekretariat_form) + ".xlsx");
  fill_xlsx_form(form, dir.path / "pertama.xlsx", {{"SEK-01", "80", ""}, {"SEK-03", "70", ""}});
  REQUIRE(pull_tw2(master, {(dir.path / "pertama.xlsx").string()}).exit_code == 0);
  REQUIRE(tw2(master, "SEK-03") == 70.0);

  // The second sending, damaged: the Formulir sheet's XML ends inside the row of SEK-02.
  fill_xlsx_form(form, dir.path / "kedua.xlsx", {{"SEK-01", "95", ""}, {"SEK-03", "96.2", ""}});
  python("import sys, zipfile\n"
         "src = zipfile.ZipFile(sys.argv[1])\n"
         "book = src.read('xl/workbook.xml').decode()\n"
         "rels = src.read('xl/_rels/workbook.xml.rels').decode()\n"
         "import re\n"
         "rid = re.search(r'<sheet [^>]*name=\"Formulir\"[^>]*r:id=\"([^\"]+)\"', book).group(1)\n"
         "target = re.search(r'Id=\"' + rid + r'\"[^>]*Target=\"([^\"]+)\"|Target=\"([^\"]+)\"[^>]*Id=\"' + rid + '\"', rels)\n"
         "path = 'xl/' + (target.group(1) or target.group(2)).lstrip('/').replace('xl/', '')\n"
         "out = zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)\n"
         "for item in src.infolist():\n"
         "    data = src.read(item.filename)\n"
         "    if item.filename == path:\n"
         "        text = data.decode()\n"
         "        cut = text.index('<row r=\"11\"') + 40\n"
         "        data = text[:cut].encode()\n"
         "    out.writestr(item, data)\n"
         "out.close()\n",
         {(dir.path / "kedua.xlsx").string(), (dir.path / "rusak.xlsx").string()});
  const CliRun run = pull_tw2(master, {(dir.path / "rusak.xlsx").string()});
  CAPTURE(run.err);
  CAPTURE(run.out);
  CHECK(run.exit_code == 3);
  CHECK(run.out.find("1 berkas: 0 diterima, 0 sebagian, 1 ditolak; 0 nilai masuk") != std::string::npos);
  // Refused before the office reads it, the cut part named.
  CHECK(contains(run.err, "rusak.xlsx: Galat: Berkas rusak: bagian xl/worksheets/"));
  CHECK(contains(run.err, ".xml tidak utuh: terpotong"));
  // Nothing of the damaged file went in: the first sending's values stand.
  CHECK(tw2(master, "SEK-01") == 80.0);
  CHECK(tw2(master, "SEK-03") == 70.0);
  const core::Grid log = sheet_of(master, "Kiriman");
  CHECK(log.text(log.row_count() - 1, 1) == "rusak.xlsx");
  CHECK(log.text(log.row_count() - 1, 6) == "Ditolak");
}

TEST_CASE("realisasi 1e308 and -1e308 are rejected, and no report ever prints inf") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  fill_ods_form(forms / (std::string(sekretariat_form) + ".ods"), dir.path / "besar.ods",
                {{"SEK-01", "1e308", ""}, {"SEK-02", "-1e308", ""}, {"SEK-03", "90", ""}});
  const CliRun run = pull_tw2(master, {(dir.path / "besar.ods").string()});
  CHECK(run.exit_code == 3);
  CHECK(run.err.find("besar.ods: Formulir!G10: Galat: Nilai terlalu besar") != std::string::npos);
  CHECK(run.err.find("besar.ods: Formulir!G11: Galat: Nilai terlalu besar") != std::string::npos);
  CHECK_FALSE(tw2(master, "SEK-01").has_value());
  CHECK_FALSE(tw2(master, "SEK-02").has_value());
  CHECK(tw2(master, "SEK-03") == 90.0);

  const CliRun report = run_cli({"report", "--master", master.string(), "--period", "tw2"});
  CHECK(report.exit_code == 0);
  const core::Grid laporan = sheet_of(master, "Laporan TW II");
  for (int r = 0; r < laporan.row_count(); ++r) {
    for (int c = 0; c < laporan.column_count(); ++c) {
      CAPTURE(laporan.address(r, c));
      CHECK(laporan.text(r, c).find("inf") == std::string::npos);
    }
  }
}

TEST_CASE("thousands of junk rows: the problems of one file are capped, stderr and Masalah stay small") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  fill_xlsx_form(forms / (std::string(sekretariat_form) + ".xlsx"), dir.path / "isi.xlsx", {{"SEK-01", "100", ""}});
  python("import openpyxl, sys\n"
         "book = openpyxl.load_workbook(sys.argv[1])\n"
         "sheet = book['Formulir']\n"
         "sheet.protection.sheet = False\n"
         "for r in range(40, 3040):\n"
         "    sheet.cell(row=r, column=1).value = 'SAMPAH-%d' % r\n"
         "    sheet.cell(row=r, column=7).value = r\n"
         "book.save(sys.argv[2])\n",
         {(dir.path / "isi.xlsx").string(), (dir.path / "sampah.xlsx").string()});
  const std::size_t problems_before = static_cast<std::size_t>(sheet_of(master, "Masalah").row_count());
  const CliRun run = pull_tw2(master, {(dir.path / "sampah.xlsx").string()});
  CHECK(run.exit_code == 3);
  CHECK(lines_of(run.err) <= core::submission_max_problems + 2);
  CHECK(run.err.find("masalah lain pada berkas ini") != std::string::npos);
  CHECK(run.err.find("hanya 2000 baris dan 64 kolom pertama yang dibaca") != std::string::npos);
  CHECK(run.out.find("1 sebagian") != std::string::npos);
  CHECK(static_cast<std::size_t>(sheet_of(master, "Masalah").row_count()) - problems_before <=
        core::submission_max_problems);
  CHECK(tw2(master, "SEK-01") == 100.0);  // the form's own rows still count
}

TEST_CASE("the master pulled into itself is no submission, files that are no spreadsheet are named") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto copy = dir.path / "salinan-buku-induk.ods";
  std::filesystem::copy_file(master, copy);
  const CliRun self = pull_tw2(master, {master.string(), copy.string()});
  CHECK(self.exit_code == 3);
  CHECK(self.err.find("buku-induk.ods: Galat: Berkas ini buku induk Kinerja, bukan formulir bidang.") !=
        std::string::npos);
  CHECK(self.err.find("salinan-buku-induk.ods: Galat: Berkas ini buku induk Kinerja, bukan formulir bidang.") !=
        std::string::npos);
  CHECK(self.out.find("2 berkas: 0 diterima, 0 sebagian, 2 ditolak; 0 nilai masuk") != std::string::npos);
  CHECK(master_actuals(master).empty());

  const auto forms = make_forms(master, dir.path, 2);
  const auto inbox = dir.path / "masuk";
  std::filesystem::create_directories(inbox);
  fill_ods_form(forms / (std::string(sekretariat_form) + ".ods"), inbox / "sekretariat.ods", {{"SEK-01", "100", ""}});
  std::ofstream(inbox / "catatan.txt") << "kiriman menyusul\n";
  std::ofstream(inbox / "foto.jpg") << "\xff\xd8\xff";
  const CliRun run = pull_tw2(master, {inbox.string()});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("1 berkas: 1 diterima") != std::string::npos);
  CHECK(run.out.find("Tidak dibaca (bukan lembar kerja, CSV atau surel): catatan.txt, foto.jpg.") != std::string::npos);
  CHECK(run.err.find("foto.jpg: Peringatan: Tidak dibaca: bukan lembar kerja") != std::string::npos);
  CHECK(tw2(master, "SEK-01") == 100.0);
}

TEST_CASE("outputs never replace a file without being told: forms, the report's PDF, the copy to share") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto sent = dir.path / "kirim";
  REQUIRE(run_cli({"forms", "--master", master.string(), "--quarter", "2", "--out", sent.string(), "--format", "ods"})
              .exit_code == 0);
  // A bidang's filled form came back into the same folder, under its own name.
  const auto returned = sent / (std::string(sekretariat_form) + ".ods");
  fill_ods_form(returned, dir.path / "isi.ods", {{"SEK-01", "100", ""}});
  std::filesystem::copy_file(dir.path / "isi.ods", returned, std::filesystem::copy_options::overwrite_existing);
  const std::string filled = file_sha256(returned);

  const CliRun again = run_cli({"forms", "--master", master.string(), "--quarter", "2", "--out", sent.string(),
                                "--format", "ods"});
  CHECK(again.exit_code == 1);
  CHECK(again.err.find("Formulir tidak dibuat: 4 berkas sudah ada di folder itu") != std::string::npos);
  CHECK(file_sha256(returned) == filled);

  {  // The menu, headless: refuses without Overwrite; with Overwrite=true it replaces.
    Workbook book = Workbook::load(master);
    const css::beans::PropertyValue refused_arguments[] = {
        argument("Quarter", css::uno::Any(sal_Int32(2))), argument("OutputDirUrl", css::uno::Any(ou(office::file_url(sent)))),
        argument("Format", css::uno::Any(ou("ods")))};
    const auto refused = dispatch(book, "org.kinerja:MakeForms", css::uno::Sequence<css::beans::PropertyValue>(refused_arguments, 3));
    CHECK(refused.State == css::frame::DispatchResultState::FAILURE);
    CHECK(message_of(refused).find(say("sudah ada di folder itu", "in that folder already")) != std::string::npos);
    CHECK(file_sha256(returned) == filled);
  }

  const CliRun forced = run_cli({"forms", "--master", master.string(), "--quarter", "2", "--out", sent.string(),
                                 "--format", "ods", "--force"});
  CHECK(forced.exit_code == 0);
  CHECK(file_sha256(returned) != filled);

  // The PDF must be a .pdf, and an existing one is kept unless --force.
  const auto other = dir.path / "lain.ods";
  std::filesystem::copy_file(master, other);
  const std::string other_hash = file_sha256(other);
  const CliRun onto_ods = run_cli({"report", "--master", master.string(), "--period", "tw2", "--pdf", other.string()});
  CHECK(onto_ods.exit_code == 2);
  CHECK(onto_ods.err.find("--pdf harus berakhiran .pdf") != std::string::npos);
  const auto pdf = dir.path / "laporan.pdf";
  std::ofstream(pdf) << "laporan lama";
  const CliRun onto_pdf = run_cli({"report", "--master", master.string(), "--period", "tw2", "--pdf", pdf.string()});
  CHECK(onto_pdf.exit_code == 1);
  CHECK(onto_pdf.err.find("laporan.pdf sudah ada: Kinerja tidak menimpanya") != std::string::npos);
  CHECK(std::filesystem::file_size(pdf) == std::string("laporan lama").size());
  CHECK(run_cli({"report", "--master", master.string(), "--period", "tw2", "--pdf", pdf.string(), "--force"})
            .exit_code == 0);
  CHECK(pdf_text(pdf).find("LAPORAN KINERJA TRIWULAN II TAHUN 2023") != std::string::npos);

  // The copy to share is never written over another master, nor over the master itself.
  const CliRun onto_master = run_cli({"share", "--master", master.string(), "--out", other.string()});
  CHECK(onto_master.exit_code == 1);
  CHECK(onto_master.err.find("lain.ods sudah ada") != std::string::npos);
  CHECK(file_sha256(other) == other_hash);
  const CliRun onto_itself = run_cli({"share", "--master", master.string(), "--out", master.string(), "--force"});
  CHECK(onto_itself.exit_code == 1);
  CHECK(onto_itself.err.find("adalah buku induk itu sendiri") != std::string::npos);
}

TEST_CASE("the master is replaced safely: its mode kept, a symlink written through, a planted name ignored, a .bak") {
  TempDir dir;
  const auto real = make_master(dir.path, "asli.ods");
  const auto forms = make_forms(real, dir.path, 2);
  fill_ods_form(forms / (std::string(sekretariat_form) + ".ods"), dir.path / "isi.ods", {{"SEK-01", "100", ""}});
  std::filesystem::permissions(real, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::replace);
  // The officer works through a symlink; someone planted the old temporary names as symlinks.
  const auto master = dir.path / "buku-induk.ods";
  std::filesystem::create_symlink(real, master);
  const auto victim = dir.path / "korban.txt";
  std::ofstream(victim) << "jangan ditimpa";
  for (const char* planted : {".~kinerja-buku-induk.ods", ".~kinerja-asli.ods", ".~kinerja-salinan.ods"}) {
    std::filesystem::create_symlink(victim, dir.path / planted);
  }
  const std::string before = file_sha256(real);

  const CliRun run = pull_tw2(master, {(dir.path / "isi.ods").string()});
  CHECK(run.exit_code == 0);
  CHECK(std::filesystem::is_symlink(master));                 // still a symlink...
  CHECK(std::filesystem::read_symlink(master) == real);       // ...to the same file,
  CHECK(tw2(real, "SEK-01") == 100.0);                        // which holds the pull
  CHECK((std::filesystem::status(real).permissions() & std::filesystem::perms::all) ==
        (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
  CHECK(file_sha256(dir.path / "asli.ods.bak") == before);    // the previous master
  std::ifstream in(victim);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text == "jangan ditimpa");
  for (const auto& entry : std::filesystem::directory_iterator(dir.path)) {  // no temporary left
    const bool temporary = entry.path().filename().string().find(".~kinerja-") != std::string::npos;
    CHECK((!temporary || std::filesystem::is_symlink(entry.path())));
  }

  // The copy to share, next to the planted names, leaves the victim alone too.
  CHECK(run_cli({"share", "--master", master.string(), "--out", (dir.path / "bagikan.xlsx").string()}).exit_code == 0);
  std::ifstream again(victim);
  std::string after((std::istreambuf_iterator<char>(again)), std::istreambuf_iterator<char>());
  CHECK(after == "jangan ditimpa");
}

namespace {

// The profile folders of a process (their kinerja-owner.pid names it).
std::vector<std::filesystem::path> profiles_of(int pid) {
  std::vector<std::filesystem::path> found;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::temp_directory_path())) {
    if (entry.path().filename().string().rfind("kinerja-profile-", 0) != 0) continue;
    std::ifstream in(entry.path() / "kinerja-owner.pid");
    int owner = 0;
    if (in >> owner && owner == pid) found.push_back(entry.path());
  }
  return found;
}

}  // namespace

TEST_CASE("an interrupted pull cleans up after itself, a stale lock is cleared, a live one is named") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto inbox = dir.path / "masuk";
  std::filesystem::create_directories(inbox);
  fill_ods_form(forms / (std::string(sekretariat_form) + ".ods"), inbox / "00.ods", {{"SEK-01", "100", ""}});
  for (int i = 1; i < 40; ++i) {  // enough files for the pull to be caught in the middle
    std::filesystem::copy_file(inbox / "00.ods", inbox / (std::to_string(100 + i) + ".ods"));
  }
  const auto lock = dir.path / ".~lock.buku-induk.ods#";
  const std::string master_before = file_sha256(master);

  // SIGTERM while the master is open in the command's office (its lock file shows it).
  office::ChildProcess cli(KINERJA_TEST_CLI, {"pull", "--master", master.string(), "--quarter", "2", inbox.string()},
                           dir.path / "cli.log");
  bool caught = false;
  for (int i = 0; i < 3000 && !cli.poll(); ++i) {
    if (std::filesystem::exists(lock)) {
      ::kill(cli.pid(), SIGTERM);
      caught = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  REQUIRE(caught);
  const std::optional<int> code = cli.wait_for(std::chrono::seconds(30));
  REQUIRE(code.has_value());
  CHECK(code == 128 + SIGTERM);  // ended by the signal, as a caller expects
  std::ifstream log_in(dir.path / "cli.log");
  const std::string log((std::istreambuf_iterator<char>(log_in)), std::istreambuf_iterator<char>());
  // One sentence: interrupted, and what became of the master (the office is killed before it
  // stores, almost always); none of the words of the office's vanished bridge.
  const bool unchanged = file_sha256(master) == master_before;
  CHECK(log == std::string("kinerja: dihentikan (sinyal 15, SIGTERM); buku induk buku-induk.ods ") +
                   (unchanged ? "tidak berubah" : "sudah tersimpan (isi sebelumnya: buku-induk.ods.bak)") +
                   "; LibreOffice sementara dan profilnya sudah dibersihkan.\n");
  CHECK(profiles_of(cli.pid()).empty());  // its profile is gone
  // Its office was killed holding the master: the lock it left is stale and cleared by the next command.
  const CliRun after = pull_tw2(master, {(inbox / "00.ods").string()});
  CAPTURE(after.err);
  CHECK(after.exit_code == 0);
  CHECK(tw2(master, "SEK-01") == 100.0);
  CHECK_FALSE(std::filesystem::exists(lock));

  // A lock of a Kinerja run that ended (its profile folder gone), written as the office writes it.
  std::ofstream(lock) << ",root,vm,03.12.2026 09:07,file:///tmp/kinerja-profile-sudahselesai;";
  CHECK(pull_tw2(master, {(inbox / "00.ods").string()}).exit_code == 0);
  CHECK_FALSE(std::filesystem::exists(lock));

  // An empty lock: an office ended between creating it and writing its holder. Cleared.
  std::ofstream(lock).close();
  CHECK(pull_tw2(master, {(inbox / "00.ods").string()}).exit_code == 0);
  CHECK_FALSE(std::filesystem::exists(lock));

  // A live holder: the master open for editing in this test's office. Named, nothing done.
  {
    Workbook open_here = Workbook::load(master);
    REQUIRE(std::filesystem::exists(lock));
    const CliRun refused = pull_tw2(master, {(inbox / "00.ods").string()});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("kinerja: buku-induk.ods sedang dibuka oleh ") == 0);
    CHECK(refused.err.find(" sejak ") != std::string::npos);
  }

  // A profile left by a process that no longer runs is removed by the next session.
  office::ChildProcess finished("/bin/true", {}, dir.path / "true.log");
  REQUIRE(finished.wait_for(std::chrono::seconds(10)).has_value());
  const std::filesystem::path stale = office::make_temp_dir("kinerja-profile");
  std::ofstream(stale / "kinerja-owner.pid") << finished.pid() << "\n";
  CHECK(run_cli({"info"}).exit_code == 0);
  CHECK_FALSE(std::filesystem::exists(stale));
}

TEST_CASE("a new master or an output whose name another office holds is refused by name, not by a store error") {
  TempDir dir;
  // A desktop office that was killed while it had buku-induk-baru.ods open left its lock.
  std::ofstream(dir.path / ".~lock.buku-induk-baru.ods#") << ",Ani,pc-perencanaan,04.12.2026 22:13,file:///home/ani/.config/libreoffice/4;";
  const CliRun init = run_cli({"init", "--agreement", std::string(KINERJA_SAMPLES_DIR) + "/perjanjian-kinerja-2023.csv",
                               "--year", "2023", "--out", (dir.path / "buku-induk-baru.ods").string()});
  CHECK(init.exit_code == 1);
  CHECK(init.err.find("buku-induk-baru.ods sedang dibuka oleh Ani") != std::string::npos);
  CHECK(init.err.find("impl_store") == std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.path / "buku-induk-baru.ods"));

  const auto master = make_master(dir.path);
  std::ofstream(dir.path / ".~lock.salinan.xlsx#") << ",Ani,pc-perencanaan,04.12.2026 22:13,file:///home/ani/.config/libreoffice/4;";
  const CliRun share = run_cli({"share", "--master", master.string(), "--out", (dir.path / "salinan.xlsx").string()});
  CHECK(share.exit_code == 1);
  CHECK(share.err.find("salinan.xlsx sedang dibuka oleh Ani") != std::string::npos);
}

TEST_CASE("a pulled value typed over by hand keeps no false provenance: the next pull records the edit") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  fill_ods_form(forms / (std::string(sekretariat_form) + ".ods"), dir.path / "sek.ods", {{"SEK-01", "80", ""}});
  REQUIRE(pull_tw2(master, {(dir.path / "sek.ods").string()}).exit_code == 0);
  {  // The officer types 95 over the bidang's 80 in Realisasi and saves.
    Workbook book = Workbook::load(master);
    Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
    unobase::sheet_named(document, "Realisasi")->getCellByPosition(4, 1)->setValue(95);
    book.store_as(master, "calc8");
  }
  fill_ods_form(forms / "Kinerja-2023-TW2-Bidang-Perlindungan-Masyarakat.ods", dir.path / "linmas.ods",
                {{"LINMAS-01", "3", ""}});
  const CliRun run = pull_tw2(master, {(dir.path / "linmas.ods").string()});
  CHECK(run.exit_code == 0);
  CHECK(run.err.find("buku-induk.ods: Realisasi!E2: Peringatan: Baris Realisasi SEK-01 TW II 2023 diubah atau diisi "
                     "tangan setelah ditarik dari sek.ods") != std::string::npos);
  const auto records = master_actuals(master);
  const auto sek = std::find_if(records.begin(), records.end(), [](const auto& r) { return r.code == "SEK-01"; });
  REQUIRE(sek != records.end());
  CHECK(sek->actual == 95);
  CHECK(sek->source_file == "Isian tangan di buku induk (semula sek.ods)");
  CHECK(sek->source_sha256.empty());
  const core::Grid problems = sheet_of(master, "Masalah");
  bool logged = false;
  for (int r = 1; r < problems.row_count(); ++r) logged = logged || problems.text(r, 4).find("diubah atau diisi tangan") != std::string::npos;
  CHECK(logged);
}
