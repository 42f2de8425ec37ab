// Refusals are sentences for an officer: Indonesian, naming the file and what to do; never
// LibreOffice's source paths, English or raw UNO text. Each expected message is written out here.
#include <doctest/doctest.h>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>

#include <dirent.h>
#include <signal.h>

#include <fstream>
#include <iterator>
#include <thread>

#include "office/child_process.hpp"
#include "office/file_url.hpp"
#include "pull_fixture.hpp"

using namespace kinerja;
using namespace kinerja::test;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

// Nothing of LibreOffice's raw words: no source location, none of its English.
void check_no_raw_words(const std::string& text) {
  CAPTURE(text);
  for (const char* raw : {".cxx", "at ./", "Unsupported URL", "type detection", "SfxBaseModel", "impl_store", "URP",
                          "bridge", "disposed", "the argument", "option '", "is invalid", "required but missing"}) {
    CAPTURE(raw);
    CHECK(text.find(raw) == std::string::npos);
  }
}

std::string text_of(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A copy of `file` stored by the office with a password to open, as .ods (Password) or .xlsx
// (EncryptionData: LibreOffice 7.4 stores an .xlsx given only a Password unencrypted).
void store_with_password(const std::filesystem::path& file, const std::filesystem::path& out, bool xlsx) {
  Workbook book = Workbook::load(file);
  css::beans::PropertyValue properties[2];
  properties[0].Name = "FilterName";
  properties[0].Value <<= ou(xlsx ? "Calc MS Excel 2007 XML" : "calc8");
  if (xlsx) {
    css::beans::NamedValue encryption[2];
    encryption[0].Name = "OOXPassword";
    encryption[0].Value <<= ou("rahasia");
    encryption[1].Name = "CryptoType";
    encryption[1].Value <<= ou("Standard");
    properties[1].Name = "EncryptionData";
    properties[1].Value <<= css::uno::Sequence<css::beans::NamedValue>(encryption, 2);
  } else {
    properties[1].Name = "Password";
    properties[1].Value <<= ou("rahasia");
  }
  Reference<css::frame::XStorable>(book.component(), UNO_QUERY_THROW)
      ->storeToURL(ou(office::file_url(out)), css::uno::Sequence<css::beans::PropertyValue>(properties, 2));
  REQUIRE(text_of(out).substr(0, 2) == (xlsx ? std::string("\xD0\xCF") : std::string("PK")));
}

}  // namespace

TEST_CASE("an encrypted .xlsx or .ods is refused as one: ask the bidang again without a password") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto inbox = dir.path / "masuk";
  std::filesystem::create_directories(inbox);
  fill_ods_form(forms / "Kinerja-2023-TW2-Sekretariat.ods", dir.path / "sek.ods", {{"SEK-01", "100", ""}});
  store_with_password(dir.path / "sek.ods", inbox / "sek-sandi.xlsx", true);
  store_with_password(dir.path / "sek.ods", inbox / "sek-sandi.ods", false);
  fill_ods_form(forms / "Kinerja-2023-TW2-Bidang-Perlindungan-Masyarakat.ods", inbox / "linmas.ods", {{"LINMAS-01", "3", ""}});

  const CliRun run = run_cli({"pull", "--master", master.string(), "--quarter", "2", inbox.string()});
  CAPTURE(run.err);
  CHECK(run.exit_code == 3);
  CHECK(run.err ==
        "sek-sandi.ods: Galat: Berkas sek-sandi.ods dilindungi sandi (terenkripsi): minta bidang mengirim ulang tanpa sandi.\n"
        "sek-sandi.xlsx: Galat: Berkas sek-sandi.xlsx dilindungi sandi (terenkripsi): minta bidang mengirim ulang tanpa "
        "sandi.\n");
  CHECK(run.out.find("3 berkas: 1 diterima, 0 sebagian, 2 ditolak") != std::string::npos);
  check_no_raw_words(run.err + run.out);
  CHECK(core::quarter_actuals(master_actuals(master), "LINMAS-01", 2023)[1] == 3.0);
  CHECK_FALSE(core::quarter_actuals(master_actuals(master), "SEK-01", 2023)[1].has_value());

  // A master saved with a password: the officer saves it again without one.
  const auto locked = dir.path / "buku-sandi.ods";
  store_with_password(master, locked, false);
  const CliRun rollup = run_cli({"rollup", "--master", locked.string()});
  CHECK(rollup.exit_code == 1);
  CHECK(rollup.err ==
        "kinerja: Berkas buku-sandi.ods dilindungi sandi (terenkripsi): buka di LibreOffice dengan sandinya, simpan lagi "
        "tanpa sandi (Berkas > Simpan Sebagai, tanpa centang Simpan dengan sandi), lalu ulangi perintahnya.\n");
}

TEST_CASE("an output at a symbolic link is refused by name unless --force, which writes to where it points") {
  TempDir dir;
  const auto master = make_master(dir.path);
  // A link to nothing: the office's store would fail with SfxBaseModel::impl_store.
  const auto link = dir.path / "salinan.xlsx";
  const auto missing = dir.path / "hilang.xlsx";
  std::filesystem::create_symlink(missing, link);
  const CliRun share = run_cli({"share", "--master", master.string(), "--out", link.string()});
  CHECK(share.exit_code == 1);
  CHECK(share.err == "kinerja: --out " + link.string() + " adalah tautan simbolik ke " + missing.string() +
                         " (yang tidak ada): Kinerja tidak menulis lewat tautan simbolik tanpa diminta; pilih nama lain, "
                         "atau tambahkan --force untuk menulis ke " + missing.string() + "\n");
  CHECK_FALSE(std::filesystem::exists(missing));
  CHECK(std::filesystem::is_symlink(link));

  const CliRun forced = run_cli({"share", "--master", master.string(), "--out", link.string(), "--force"});
  CAPTURE(forced.err);
  CHECK(forced.exit_code == 0);
  CHECK(std::filesystem::is_regular_file(missing));  // written where the link points
  CHECK(std::filesystem::is_symlink(link));
  CHECK(sheet_of(link, "Rekap").row_count() >= 1);

  // A link to a file that exists (not the officer's report): refused too, the file untouched.
  const auto victim = dir.path / "catatan.txt";
  std::ofstream(victim) << "jangan ditimpa";
  const auto pdf = dir.path / "laporan.pdf";
  std::filesystem::create_symlink(victim, pdf);
  const CliRun report = run_cli({"report", "--master", master.string(), "--period", "tw2", "--pdf", pdf.string()});
  CHECK(report.exit_code == 1);
  CHECK(report.err == "kinerja: --pdf " + pdf.string() + " adalah tautan simbolik ke " + victim.string() +
                          ": Kinerja tidak menulis lewat tautan simbolik tanpa diminta; pilih nama lain, atau tambahkan "
                          "--force untuk menulis ke " + victim.string() + "\n");
  CHECK(text_of(victim) == "jangan ditimpa");

  // Into a folder that does not exist, even with --force.
  const auto nowhere = dir.path / "e81.xlsx";
  std::filesystem::create_symlink(dir.path / "tidak-ada" / "e81.xlsx", nowhere);
  const CliRun e81 = run_cli({"e81", "--master", master.string(), "--quarter", "2", "--out", nowhere.string(), "--force"});
  CHECK(e81.exit_code == 1);
  CHECK(e81.err == "kinerja: --out " + nowhere.string() + " adalah tautan simbolik ke " +
                       (dir.path / "tidak-ada" / "e81.xlsx").string() + ", yang foldernya tidak ada: pilih nama lain\n");

  // A new master is never made through a link.
  const auto new_master = dir.path / "buku-induk-2024.ods";
  std::filesystem::create_symlink(dir.path / "tujuan.ods", new_master);
  const CliRun init = run_cli({"init", "--agreement", std::string(KINERJA_SAMPLES_DIR) + "/perjanjian-kinerja-2023.csv",
                               "--year", "2024", "--out", new_master.string()});
  CHECK(init.exit_code == 1);
  CHECK(init.err == "kinerja: --out " + new_master.string() + " adalah tautan simbolik: Kinerja tidak membuat buku "
                        "induk lewat tautan simbolik; pilih nama lain\n");
  CHECK_FALSE(std::filesystem::exists(dir.path / "tujuan.ods"));
  check_no_raw_words(share.err + report.err + e81.err + init.err);
}

TEST_CASE("a store LibreOffice refuses is a sentence of ours, its words after it without source locations") {
  TempDir dir;
  const auto master = make_master(dir.path);
  std::ofstream(dir.path / "catatan.txt") << "bukan folder";
  const auto pdf = dir.path / "catatan.txt" / "laporan.pdf";  // a "folder" that is a file
  const CliRun run = run_cli({"report", "--master", master.string(), "--period", "tw2", "--pdf", pdf.string()});
  CAPTURE(run.err);
  CHECK(run.exit_code == 1);
  CHECK(run.err.rfind("kinerja: PDF laporan.pdf tidak dapat dibuat: periksa bahwa foldernya ada dan boleh ditulisi "
                      "(LibreOffice: ",
                      0) == 0);
  CHECK(run.err.find(".cxx") == std::string::npos);
  CHECK(run.err.find(" at ./") == std::string::npos);
}

TEST_CASE("command-line mistakes are said in Indonesian, naming the option and the bad value") {
  const auto first_line = [](const CliRun& run) { return run.err.substr(0, run.err.find('\n')); };
  const CliRun month = run_cli({"forms", "--master", "buku-induk.ods", "--month", "7abc", "--out", "formulir"});
  CHECK(month.exit_code == 2);
  CHECK(first_line(month) ==
        "kinerja: forms: nilai '7abc' untuk --month tidak sah (bulan, 1 sampai 12: formulir laporan progres bulanan bulan itu)");
  CHECK(month.err.find("\nPemakaian: kinerja forms --master") != std::string::npos);

  const CliRun timeout = run_cli({"--timeout", "lama", "info"});
  CHECK(timeout.exit_code == 2);
  CHECK(first_line(timeout) == "kinerja: nilai 'lama' untuk --timeout tidak sah (detik menunggu LibreOffice menjawab)");

  const CliRun no_value = run_cli({"pull", "--master"});
  CHECK(no_value.exit_code == 2);
  CHECK(first_line(no_value) == "kinerja: pull: --master memerlukan nilai (buku induk (.ods))");

  const CliRun missing = run_cli({"e81", "--master", "buku-induk.ods"});
  CHECK(missing.exit_code == 2);
  CHECK(first_line(missing) == "kinerja: e81: --out wajib diberikan (formulir E.81 (.xlsx atau .ods))");

  const CliRun twice = run_cli({"report", "--master", "a.ods", "--period", "tw2", "--period", "tw3"});
  CHECK(twice.exit_code == 2);
  CHECK(first_line(twice) == "kinerja: report: --period diberikan lebih dari sekali");

  const CliRun unknown = run_cli({"rollup", "--master", "a.ods", "--triwulan", "2"});
  CHECK(unknown.exit_code == 2);
  CHECK(first_line(unknown) == "kinerja: rollup: opsi --triwulan tidak dikenal");

  const CliRun quarter = run_cli({"pull", "--master", "a.ods", "--quarter", "dua", "masuk"});
  CHECK(quarter.exit_code == 2);
  CHECK(first_line(quarter) == "kinerja: pull: nilai 'dua' untuk --quarter tidak sah (triwulan yang ditarik, 1 sampai 4 "
                               "(bawaan: sesuai identitas tiap formulir))");
  for (const CliRun* run : {&month, &timeout, &no_value, &missing, &twice, &unknown, &quarter}) check_no_raw_words(run->err);
}

namespace {

// The PIDs of the processes whose parent is `parent`.
std::vector<int> children_of(int parent) {
  std::vector<int> found;
  for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream stat(entry.path() / "stat");
    std::string line;
    std::getline(stat, line);
    const std::size_t close = line.rfind(')');
    if (close == std::string::npos) continue;
    std::istringstream rest(line.substr(close + 2));
    char state = 0;
    int ppid = 0;
    if (rest >> state >> ppid && ppid == parent) found.push_back(std::stoi(name));
  }
  return found;
}

}  // namespace

TEST_CASE("an office that dies in the middle of a pull: said in Indonesian, the master unchanged") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto inbox = dir.path / "masuk";
  std::filesystem::create_directories(inbox);
  fill_ods_form(forms / "Kinerja-2023-TW2-Sekretariat.ods", inbox / "00.ods", {{"SEK-01", "100", ""}});
  for (int i = 1; i < 40; ++i) std::filesystem::copy_file(inbox / "00.ods", inbox / (std::to_string(100 + i) + ".ods"));
  const std::string before = file_sha256(master);
  const auto lock = dir.path / ".~lock.buku-induk.ods#";

  // The command's office killed (as by the OOM killer) while it has the master open.
  office::ChildProcess cli(KINERJA_TEST_CLI, {"pull", "--master", master.string(), "--quarter", "2", inbox.string()},
                           dir.path / "cli.log");
  bool killed = false;
  for (int i = 0; i < 3000 && !cli.poll() && !killed; ++i) {
    if (std::filesystem::exists(lock)) {
      for (int office_pid : children_of(cli.pid())) killed = ::kill(office_pid, SIGKILL) == 0 || killed;
    }
    if (!killed) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  REQUIRE(killed);
  const std::optional<int> code = cli.wait_for(std::chrono::seconds(30));
  REQUIRE(code.has_value());
  CHECK(code == 1);
  REQUIRE(file_sha256(master) == before);
  CHECK(text_of(dir.path / "cli.log") ==
        "kinerja: LibreOffice berhenti di tengah perintah (mogok, kehabisan memori, atau dihentikan program lain); buku "
        "induk buku-induk.ods tidak berubah. Jalankan perintahnya lagi.\n");
}

