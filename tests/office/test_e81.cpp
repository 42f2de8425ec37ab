// The E.81 form of a quarter for the second agency (tests/data/dishub), from the CLI and the
// menu: read back by openpyxl (another program than the office, as the receiving Bappeda may
// use), values only; every figure worked out by hand below.
#include <doctest/doctest.h>

#include <com/sun/star/frame/DispatchResultState.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "office/file_url.hpp"
#include "office_fixture.hpp"
#include "pull_fixture.hpp"

using namespace kinerja::test;
using namespace kinerja;
using css::beans::PropertyValue;
using css::uno::Any;
using css::uno::Sequence;

namespace {

// The cells of the workbook's first sheet as openpyxl reads them: (row, column) 1-based ->
// value as text; a formula anywhere fails the program.
std::map<std::pair<int, int>, std::string> cells_by_openpyxl(const std::filesystem::path& xlsx, const std::filesystem::path& out) {
  python(R"py(
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book.worksheets[0]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            assert cell.data_type != "f", "formula in " + cell.coordinate
            value = cell.value
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            out.write("%d\t%d\t%s\n" % (cell.row, cell.column, str(value).replace("\n", " / ")))
)py",
         {xlsx.string(), out.string()});
  std::map<std::pair<int, int>, std::string> cells;
  std::ifstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    int row = 0, column = 0;
    std::string value;
    fields >> row >> column;
    fields.get();
    std::getline(fields, value);
    cells[{row, column}] = value;
  }
  return cells;
}

// The 1-based row whose column C (Kode) holds `code`, or 0.
int row_of(const std::map<std::pair<int, int>, std::string>& cells, const std::string& code) {
  for (const auto& [at, value] : cells) {
    if (at.second == 3 && value == code) return at.first;
  }
  return 0;
}

double number_at(const std::map<std::pair<int, int>, std::string>& cells, int row, int column) {
  const auto found = cells.find({row, column});
  REQUIRE(found != cells.end());
  return std::stod(found->second);
}

// The form's numbered columns as 1-based sheet columns: figure n (5..15) as K, and its Rp after it.
int k_column(int number) { return 5 + 2 * (number - 5); }

}  // namespace

TEST_CASE("kinerja e81: TW II of the second agency, K and Rp by hand, readable without the extension") {
  TempDir dir;
  const auto earlier = dishub_master(dir.path, 2023);
  const auto master = dishub_master(dir.path, 2024);
  REQUIRE(run_cli({"history", "--master", master.string(), earlier.string()}).exit_code == 0);
  const std::string before = file_sha256(master);
  const auto form = dir.path / "e81-TW2-2024.xlsx";
  const CliRun run = run_cli({"e81", "--master", master.string(), "--quarter", "2", "--out", form.string()});
  CAPTURE(run.err);
  REQUIRE(run.exit_code == 0);
  // The average of 13 (K) over the four indicators, worked out below: (150 + 92,22 + 100 + 42,5) / 4 = 96,18.
  CHECK(run.out.find("E.81 TW II 2024 dibuat: 4 indikator, rata-rata capaian 96,18 % (Sangat Tinggi)") != std::string::npos);
  CHECK(file_sha256(master) == before);  // the master is not changed

  const auto cells = cells_by_openpyxl(form, dir.path / "cells.tsv");
  CHECK(cells.at({1, 1}) == "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH (FORMULIR E.81)");
  CHECK(cells.at({3, 1}) == "Periode pelaksanaan: Triwulan II Tahun 2024");
  // DH-01 (negative sum, annual 80, pagu 400 million; Renstra end state 60 from 120):
  // 8 = 18 and Rp 90 million; 9 = 22 and Rp 100 million; 12 = 40 and Rp 190 million;
  // 13 = (2 x 80 - 40) / 80 = 150 %, Rp 190 / 400 = 47,5 %; 6 = 2023's 98; 14 = 40;
  // 15 = (120 - 40) / (120 - 60) = 133,33 %.
  const int dh01 = row_of(cells, "DH-01");
  REQUIRE(dh01 > 0);
  CHECK(number_at(cells, dh01, k_column(5)) == 60);
  CHECK(number_at(cells, dh01, k_column(6)) == 98);
  CHECK(number_at(cells, dh01, k_column(7)) == 80);
  CHECK(number_at(cells, dh01, k_column(7) + 1) == 400000000);
  CHECK(number_at(cells, dh01, k_column(8)) == 18);
  CHECK(number_at(cells, dh01, k_column(8) + 1) == 90000000);
  CHECK(number_at(cells, dh01, k_column(9)) == 22);
  CHECK(cells.count({dh01, k_column(10)}) == 0);  // TW III: after the quarter evaluated
  CHECK(number_at(cells, dh01, k_column(12)) == 40);
  CHECK(number_at(cells, dh01, k_column(12) + 1) == 190000000);
  CHECK(number_at(cells, dh01, k_column(13)) == doctest::Approx(150.0));
  CHECK(number_at(cells, dh01, k_column(13) + 1) == doctest::Approx(47.5));
  CHECK(number_at(cells, dh01, k_column(14)) == 40);
  CHECK(number_at(cells, dh01, k_column(15)) == doctest::Approx(80.0 / 60 * 100));
  CHECK(cells.at({dh01, 27}) == "Bidang Lalu Lintas");
  CHECK(cells.at({dh01, 28}) == "TW II: Arus mudik Lebaran");
  // DH-04 (cumulative Renstra 9000): 6 = 2023's 1800; 12 = 400 + 450 = 850; 13 = 850 / 2000 = 42,5 %;
  // 14 = 1800 + 850 = 2650; 15 = 2650 / 9000 = 29,44 %.
  const int dh04 = row_of(cells, "DH-04");
  REQUIRE(dh04 > 0);
  CHECK(number_at(cells, dh04, k_column(6)) == 1800);
  CHECK(number_at(cells, dh04, k_column(12)) == 850);
  CHECK(number_at(cells, dh04, k_column(13)) == doctest::Approx(42.5));
  CHECK(number_at(cells, dh04, k_column(14)) == 2650);
  CHECK(number_at(cells, dh04, k_column(15)) == doctest::Approx(2650.0 / 9000 * 100));
  // The formula row and the footer.
  bool formula_row = false;
  for (const auto& [at, value] : cells) formula_row = formula_row || value == "13 = 12/7 x 100";
  CHECK(formula_row);
  int average_row = 0;
  for (const auto& [at, value] : cells) {
    if (value == "Rata-rata capaian kinerja (%)") average_row = at.first;
  }
  REQUIRE(average_row > 0);
  // DH-02: 83 / 90 = 92,22 %; DH-03: 12 / 12 = 100 %.
  CHECK(number_at(cells, average_row, k_column(13)) == doctest::Approx((150 + 83.0 / 90 * 100 + 100 + 42.5) / 4));

  // An existing file is kept unless --force.
  const std::string made = file_sha256(form);
  const CliRun again = run_cli({"e81", "--master", master.string(), "--quarter", "3", "--out", form.string()});
  CHECK(again.exit_code != 0);
  CHECK(file_sha256(form) == made);
}

TEST_CASE("menu: Buat Formulir E.81 writes the working quarter's form and names it") {
  TempDir dir;
  const auto master = dishub_master(dir.path, 2024);
  Workbook book = Workbook::load(master);
  const auto form = dir.path / "e81.xlsx";
  const PropertyValue arguments[] = {argument("OutputUrl", Any(ou(office::file_url(form)))),
                                     argument("Quarter", Any(sal_Int32(4)))};
  const auto event = dispatch(book, "org.kinerja:E81", Sequence<PropertyValue>(arguments, 2));
  CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
  CHECK(message_of(event).find(say("E.81 TW IV 2024 dibuat: 4 indikator", "E.81 of TW IV 2024 made: 4 indicators")) !=
        std::string::npos);
  CHECK(message_of(event).find(form.string()) != std::string::npos);
  const auto cells = cells_by_openpyxl(form, dir.path / "cells.tsv");
  // TW IV, DH-04: 12 = 400 + 450 + 420 + 430 = 1700.
  CHECK(number_at(cells, row_of(cells, "DH-04"), k_column(12)) == 1700);
}
