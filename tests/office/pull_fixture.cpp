#include "pull_fixture.hpp"

#include <doctest/doctest.h>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/text/XText.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "csv_fixture.hpp"
#include "office/profile.hpp"
#include "unobase/grid_io.hpp"

namespace kinerja::test {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

TempDir::TempDir() : path(office::make_temp_dir("kinerja-pull-test")) {}
TempDir::~TempDir() { std::filesystem::remove_all(path); }

std::filesystem::path make_master(const std::filesystem::path& dir, const std::string& name, int year) {
  const auto master = dir / name;
  const CliRun run = run_cli({"init", "--agreement", sample_path("perjanjian-kinerja-2023.csv"), "--year",
                              std::to_string(year), "--out", master.string()});
  REQUIRE(run.exit_code == 0);
  return master;
}

std::filesystem::path sample_master(const std::filesystem::path& dir) {
  const auto master = make_master(dir);
  {
    Workbook book = Workbook::load(master);
    Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
    const auto settings = unobase::sheet_named(document, "Pengaturan");
    const core::Grid grid = unobase::read_sheet(settings, "Pengaturan");
    for (int r = 0; r < grid.row_count(); ++r) {
      if (grid.text(r, 0) == "Tempat") Reference<css::text::XText>(settings->getCellByPosition(1, r), UNO_QUERY_THROW)->setString("Paringin");
      if (grid.text(r, 0) == "Nama Penanda Tangan") Reference<css::text::XText>(settings->getCellByPosition(1, r), UNO_QUERY_THROW)->setString("Budi Santoso");
      if (grid.text(r, 0) == "NIP Penanda Tangan") Reference<css::text::XText>(settings->getCellByPosition(1, r), UNO_QUERY_THROW)->setString(ou(sample_signatory_nip));
    }
    book.store_as(master, "calc8");
  }
  for (int quarter = 1; quarter <= 4; ++quarter) {
    REQUIRE(run_cli({"pull", "--master", master.string(), "--quarter", std::to_string(quarter),
                     sample_path("realisasi-2023.csv")})
                .exit_code == 0);
  }
  return master;
}

std::filesystem::path dishub_master(const std::filesystem::path& dir, int year) {
  const auto master = dir / ("dishub-" + std::to_string(year) + ".ods");
  const CliRun init = run_cli({"init", "--agreement", test_data("dishub/perjanjian-kinerja.csv").string(), "--year",
                               std::to_string(year), "--agency", "Dinas Perhubungan Kabupaten Contoh", "--out",
                               master.string()});
  CAPTURE(init.err);
  REQUIRE(init.exit_code == 0);
  const CliRun pull =
      run_cli({"pull", "--master", master.string(), test_data("dishub/realisasi-" + std::to_string(year) + ".csv").string()});
  CAPTURE(pull.err);
  REQUIRE(pull.exit_code == 0);
  return master;
}

std::filesystem::path make_forms(const std::filesystem::path& master, const std::filesystem::path& dir, int quarter) {
  const auto out = dir / ("tw" + std::to_string(quarter));
  const CliRun run = run_cli({"forms", "--master", master.string(), "--quarter", std::to_string(quarter), "--out",
                              out.string(), "--format", "both"});
  REQUIRE(run.exit_code == 0);
  return out;
}

void fill_ods_form(const std::filesystem::path& form, const std::filesystem::path& out,
                   const std::vector<Entry>& entries, bool values_as_text) {
  Workbook book = Workbook::load(form);
  Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
  const auto sheet = unobase::sheet_named(document, core::form_layout::form_sheet);
  const core::Grid grid = unobase::read_sheet(sheet, "Formulir");
  for (const Entry& entry : entries) {
    int row = -1;
    for (int r = core::form_layout::first_data_row; r < grid.row_count(); ++r) {
      if (grid.text(r, 0) == entry.code) row = r;
    }
    REQUIRE(row >= 0);
    const auto cell = sheet->getCellByPosition(core::form_layout::realisasi_column, row);
    char* end = nullptr;
    const double number = std::strtod(entry.value.c_str(), &end);
    if (!values_as_text && end != entry.value.c_str() && *end == '\0') {
      cell->setValue(number);
    } else {
      Reference<css::text::XText>(cell, UNO_QUERY_THROW)->setString(ou(entry.value));  // typed as text
    }
    if (!entry.obstacle.empty()) {
      Reference<css::text::XText>(sheet->getCellByPosition(core::form_layout::obstacle_column, row), UNO_QUERY_THROW)
          ->setString(ou(entry.obstacle));
    }
    if (!entry.spent.empty()) {
      Reference<css::text::XText>(sheet->getCellByPosition(core::form_layout::budget_column, row), UNO_QUERY_THROW)
          ->setString(ou(entry.spent));  // typed: Calc reads "125000000" as a number, "satu juta" stays text
    }
    if (!entry.physical.empty()) {
      Reference<css::text::XText>(sheet->getCellByPosition(core::form_layout::physical_column, row), UNO_QUERY_THROW)
          ->setString(ou(entry.physical));
    }
  }
  book.store_as(out, "calc8");
}

void fill_xlsx_form(const std::filesystem::path& form, const std::filesystem::path& out,
                    const std::vector<Entry>& entries) {
  std::string command = std::string("/usr/bin/python3 '") + KINERJA_SAMPLES_DIR + std::string("/fill_form_xlsx.py' '") +
                        form.string() + "' '" + out.string() + "'";
  for (const Entry& entry : entries) {
    command += " '" + entry.code + "=" + entry.value + "|" + entry.obstacle + "|" + entry.spent + "|" + entry.physical + "'";
  }
  REQUIRE(std::system(command.c_str()) == 0);
}

CliRun pull_tw2(const std::filesystem::path& master, const std::vector<std::string>& inputs) {
  std::vector<std::string> arguments = {"pull", "--master", master.string(), "--quarter", "2"};
  arguments.insert(arguments.end(), inputs.begin(), inputs.end());
  return run_cli(arguments);
}

std::optional<double> tw2(const std::filesystem::path& master, const std::string& code) {
  return core::quarter_actuals(master_actuals(master), code, 2023)[1];
}

core::Grid sheet_of(const std::filesystem::path& file, std::string_view sheet) {
  Workbook book = Workbook::load(file);
  Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
  return unobase::read_sheet(unobase::sheet_named(document, sheet), std::string(sheet));
}

std::vector<core::ActualRecord> master_actuals(const std::filesystem::path& master) {
  std::vector<core::Problem> problems;
  std::vector<core::ActualRecord> records = core::read_actuals(sheet_of(master, "Realisasi"), problems);
  CHECK(problems.empty());
  return records;
}

namespace {

// What `program 'file' after` prints on stdout.
std::string output_of(const std::string& program, const std::filesystem::path& file, const std::string& after = {}) {
  std::string quoted = "'";
  for (char c : file.string()) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  quoted += "'";
  std::string text;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((program + " " + quoted + " " + after).c_str(), "r"), pclose);
  REQUIRE(pipe);
  std::array<char, 4096> buffer{};
  while (std::fgets(buffer.data(), buffer.size(), pipe.get())) text += buffer.data();
  return text;
}

}  // namespace

std::string pdf_text(const std::filesystem::path& pdf) { return output_of("pdftotext -layout", pdf, "-"); }

std::string pdf_title(const std::filesystem::path& pdf) {
  const std::string info = output_of("pdfinfo", pdf);
  const std::size_t at = info.find("Title:");
  if (at == std::string::npos) return {};
  const std::size_t begin = info.find_first_not_of(' ', at + 6);
  return info.substr(begin, info.find('\n', begin) - begin);
}

void python(const std::string& program, const std::vector<std::string>& arguments) {
  // One script file per call and process: tests run in parallel.
  static int calls = 0;
  const std::filesystem::path script = std::filesystem::temp_directory_path() /
                                       ("kinerja-test-" + std::to_string(::getpid()) + "-" + std::to_string(++calls) + ".py");
  {
    std::ofstream out(script);
    out << program;
  }
  std::string command = "/usr/bin/python3 '" + script.string() + "'";
  for (const std::string& argument : arguments) command += " '" + argument + "'";
  const int status = std::system(command.c_str());
  std::filesystem::remove(script);
  REQUIRE(status == 0);
}

std::string file_sha256(const std::filesystem::path& file) {
  // coreutils' sha256sum, not core::Sha256: the hash in the master is checked independently.
  const std::string line = output_of("sha256sum --", file);
  REQUIRE(line.size() >= 64);
  return line.substr(0, 64);
}

}  // namespace kinerja::test
