// Every number cell of a spreadsheet file holds a number. No spreadsheet program writes one
// that does not, but a form made or touched by another program may: the office reads an .ods
// cell stored as office:value="NaN" as 0, and an .xlsx number cell whose <v> is empty as an
// empty cell (openpyxl writes NaN so), "nan" as NaN. The value the bidang meant is then lost or
// changed without a word; so such a file is refused, naming the cell (docs/rules.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/xml_check.hpp"

namespace kinerja::core {

// Follows the cells of one part as XmlCheck reads it: an ODF content.xml (its tables, rows and
// cells, repeats counted) or an OOXML worksheet (its <c> elements and their <v>).
class NumberCells {
 public:
  enum class Kind { odf_content, ooxml_worksheet };
  // The checker for a package part, or nullopt when the part holds no cells.
  static std::optional<NumberCells> for_part(std::string_view part_name);

  void start(const XmlElement& element);
  void end(std::string_view name, std::string_view text);
  // The first number cell found not holding a number: "sel Formulir!H12 bertipe angka tetapi
  // berisi "NaN", bukan angka" (.ods), "sel H12 pada bagian xl/worksheets/sheet1.xml bertipe
  // angka tetapi tanpa nilai" (.xlsx).
  const std::optional<std::string>& problem() const { return problem_; }

 private:
  NumberCells(Kind kind, std::string part) : kind_(kind), part_(std::move(part)) {}
  void found(const std::string& where, std::string_view stored);

  Kind kind_;
  std::string part_;
  std::optional<std::string> problem_;
  // ODF: where the next row and cell lie.
  std::string table_;
  std::int64_t next_row_ = 0, row_ = 0, next_column_ = 0;
  // OOXML: the cell open, if it is a number cell.
  std::string cell_;
  bool number_cell_ = false;
};

// Whether a stored value is a number as XML Schema's double writes it, and finite.
bool is_stored_number(std::string_view text);

}  // namespace kinerja::core
