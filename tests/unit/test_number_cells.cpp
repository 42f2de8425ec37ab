// The number cells of a package's content hold numbers; one that does not is named by its cell.
// Expected cells are counted by hand from the XML written here.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "core/number_cells.hpp"
#include "core/xml_check.hpp"

using namespace kinerja::core;

namespace {

// The checker's verdict on one part's XML, read as the package check reads it.
std::optional<std::string> problem_in(const std::string& part, const std::string& xml) {
  std::optional<NumberCells> cells = NumberCells::for_part(part);
  REQUIRE(cells.has_value());
  XmlCheck check([&](const XmlElement& element) { cells->start(element); },
                 [&](std::string_view name, std::string_view text) { cells->end(name, text); });
  check.feed(xml);
  REQUIRE(check.finish() == std::nullopt);
  return cells->problem();
}

// An ODF table named Formulir: a first row repeated 9 times (rows 1-9), then row 10 holding two
// empty cells repeated (A, B), a text cell (C) and the cell under test (D10).
std::string ods_content(const std::string& tested_cell) {
  return "<?xml version=\"1.0\"?><office:document-content><office:body><office:spreadsheet>"
         "<table:table table:name=\"Formulir\"><table:table-row table:number-rows-repeated=\"9\"><table:table-cell/>"
         "</table:table-row><table:table-row><table:table-cell table:number-columns-repeated=\"2\"/>"
         "<table:table-cell office:value-type=\"string\"><text:p>SEK-01</text:p></table:table-cell>" +
         tested_cell + "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>";
}

std::string worksheet(const std::string& cells) {
  return "<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"12\">" + cells + "</row></sheetData></worksheet>";
}

}  // namespace

TEST_CASE("stored numbers as XML Schema writes them, finite") {
  CHECK(is_stored_number("93.8"));
  CHECK(is_stored_number(" -0.25 "));
  CHECK(is_stored_number("+1E5"));
  CHECK(is_stored_number("99999999999"));
  CHECK_FALSE(is_stored_number(""));
  CHECK_FALSE(is_stored_number("NaN"));
  CHECK_FALSE(is_stored_number("nan"));
  CHECK_FALSE(is_stored_number("INF"));
  CHECK_FALSE(is_stored_number("-inf"));
  CHECK_FALSE(is_stored_number("1e400"));  // beyond a double
  CHECK_FALSE(is_stored_number("93,8"));
  CHECK_FALSE(is_stored_number("0x10"));
}

TEST_CASE("an .ods number cell stored as NaN is named by its sheet and cell, repeats counted") {
  CHECK(problem_in("content.xml", ods_content("<table:table-cell office:value-type=\"float\" office:value=\"93.8\"/>")) ==
        std::nullopt);
  CHECK(problem_in("content.xml", ods_content("<table:table-cell office:value-type=\"float\" office:value=\"NaN\"/>")) ==
        std::optional<std::string>("sel Formulir!D10 bertipe angka tetapi berisi \"NaN\", bukan angka"));
  CHECK(problem_in("content.xml", ods_content("<table:table-cell office:value-type=\"percentage\" office:value=\"\"/>")) ==
        std::optional<std::string>("sel Formulir!D10 bertipe angka tetapi tanpa nilai"));
  // A text cell's value is not a number's business.
  CHECK(problem_in("content.xml", ods_content("<table:table-cell office:value-type=\"string\" office:value=\"NaN\"/>")) ==
        std::nullopt);
}

TEST_CASE("an .xlsx number cell with an empty or non-numeric value is named by its cell and part") {
  CHECK(NumberCells::for_part("xl/worksheets/sheet1.xml").has_value());
  CHECK_FALSE(NumberCells::for_part("xl/worksheets/_rels/sheet1.xml.rels").has_value());
  CHECK_FALSE(NumberCells::for_part("xl/styles.xml").has_value());
  CHECK(problem_in("xl/worksheets/sheet1.xml", worksheet("<c r=\"G12\"><v>93.8</v></c><c r=\"H12\" t=\"s\"><v>3</v></c>")) ==
        std::nullopt);
  // openpyxl writes a NaN as an empty <v>.
  CHECK(problem_in("xl/worksheets/sheet1.xml", worksheet("<c r=\"G12\" t=\"n\"><v></v></c>")) ==
        std::optional<std::string>("sel G12 pada bagian xl/worksheets/sheet1.xml bertipe angka tetapi tanpa nilai"));
  CHECK(problem_in("xl/worksheets/sheet2.xml", worksheet("<x:c r=\"H12\"><x:v>nan</x:v></x:c>")) ==
        std::optional<std::string>("sel H12 pada bagian xl/worksheets/sheet2.xml bertipe angka tetapi berisi \"nan\", "
                                   "bukan angka"));
  // A shared string's index, a boolean, an inline string: not number cells.
  CHECK(problem_in("xl/worksheets/sheet1.xml",
                   worksheet("<c r=\"A12\" t=\"b\"><v>1</v></c><c r=\"B12\" t=\"inlineStr\"><is><t>nan</t></is></c>"
                             "<c r=\"C12\" t=\"str\"><f>1</f><v>x</v></c>")) == std::nullopt);
  // A formula without its cached value (openpyxl writes <v></v>): the office computes it.
  CHECK(problem_in("xl/worksheets/sheet1.xml", worksheet("<c r=\"D12\"><f>1+1</f><v></v></c>")) == std::nullopt);
}
