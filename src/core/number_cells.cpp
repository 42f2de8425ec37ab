#include "core/number_cells.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/grid.hpp"
#include "core/text.hpp"

namespace kinerja::core {
namespace {

// Rows and columns of a sheet: a repeat beyond them only ends the table.
constexpr std::int64_t max_position = 1 << 24;

std::int64_t repeats(std::string_view written) {
  std::int64_t count = 0;
  const auto [end, error] = std::from_chars(written.data(), written.data() + written.size(), count);
  if (error != std::errc{} || end != written.data() + written.size() || count < 1) return 1;
  return std::min(count, max_position);
}

// "x:c" and "c" alike: OOXML writers may give the main namespace a prefix.
std::string_view local_name(std::string_view name) {
  const std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace

bool is_stored_number(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' || text.front() == '\r')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  if (text.starts_with('+')) text.remove_prefix(1);
  if (text.empty()) return false;
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc{} && end == text.data() + text.size() && std::isfinite(value);
}

std::optional<NumberCells> NumberCells::for_part(std::string_view part_name) {
  const std::string name = to_lower(part_name);
  if (name == "content.xml") return NumberCells(Kind::odf_content, std::string(part_name));
  if (name.starts_with("xl/worksheets/") && name.ends_with(".xml") && name.find('/', 14) == std::string::npos) {
    return NumberCells(Kind::ooxml_worksheet, std::string(part_name));
  }
  return std::nullopt;
}

void NumberCells::found(const std::string& where, std::string_view stored) {
  if (problem_) return;
  problem_ = "sel " + where + " bertipe angka tetapi " +
             (stored.empty() ? std::string("tanpa nilai") : "berisi \"" + shown_name(stored) + "\", bukan angka");
}

void NumberCells::start(const XmlElement& element) {
  if (problem_) return;
  if (kind_ == Kind::odf_content) {
    if (element.name == "table:table") {
      table_ = shown_name(element.attribute("table:name"));
      next_row_ = 0;
    } else if (element.name == "table:table-row") {
      row_ = next_row_;
      next_row_ = std::min(max_position, next_row_ + repeats(element.attribute("table:number-rows-repeated")));
      next_column_ = 0;
    } else if (element.name == "table:table-cell" || element.name == "table:covered-table-cell") {
      const std::int64_t column = next_column_;
      next_column_ = std::min(max_position, next_column_ + repeats(element.attribute("table:number-columns-repeated")));
      const std::string_view type = element.attribute("office:value-type");
      if ((type == "float" || type == "percentage" || type == "currency") &&
          !is_stored_number(element.attribute("office:value"))) {
        found(a1_address(table_, static_cast<int>(row_), static_cast<int>(column)), element.attribute("office:value"));
      }
    }
    return;
  }
  const std::string_view name = local_name(element.name);
  if (name == "c") {
    const std::string_view type = element.attribute("t");
    number_cell_ = type.empty() || type == "n";
    cell_ = shown_name(element.attribute("r"));
  } else if (name == "f") {
    number_cell_ = false;  // a formula's cached value may be left empty (openpyxl does): the office computes it
  }
}

void NumberCells::end(std::string_view name, std::string_view text) {
  if (problem_ || kind_ != Kind::ooxml_worksheet) return;
  if (local_name(name) == "v" && number_cell_ && !is_stored_number(text)) {
    found((cell_.empty() ? std::string("tanpa alamat") : cell_) + " pada bagian " + shown_name(part_), text);
  } else if (local_name(name) == "c") {
    number_cell_ = false;
  }
}

}  // namespace kinerja::core
