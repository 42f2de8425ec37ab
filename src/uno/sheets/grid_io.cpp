#include "uno/sheets/grid_io.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include "uno/strings.hpp"

namespace kinerja::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

namespace {

css::table::CellRangeAddress used_area(const Reference<css::sheet::XSpreadsheet>& sheet) {
  Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
  Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
  used->gotoStartOfUsedArea(false);
  used->gotoEndOfUsedArea(true);
  return Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
}

}  // namespace

core::Grid read_sheet(const Reference<css::sheet::XSpreadsheet>& sheet, const std::string& grid_name) {
  const css::table::CellRangeAddress area = used_area(sheet);
  Reference<css::sheet::XCellRangeData> data(
      sheet->getCellRangeByPosition(0, 0, area.EndColumn, area.EndRow), UNO_QUERY_THROW);
  const Sequence<Sequence<Any>> values = data->getDataArray();
  std::vector<std::vector<core::Cell>> rows;
  rows.reserve(static_cast<std::size_t>(values.getLength()));
  for (const Sequence<Any>& row : values) {
    std::vector<core::Cell> cells;
    cells.reserve(static_cast<std::size_t>(row.getLength()));
    for (const Any& value : row) {
      double number = 0;
      rtl::OUString text;
      if (value >>= number) {
        cells.emplace_back(core::Number{number});
      } else if ((value >>= text) && !text.isEmpty()) {
        cells.emplace_back(to_utf8(text));
      } else {
        cells.emplace_back(core::Empty{});
      }
    }
    rows.push_back(std::move(cells));
  }
  return core::Grid(grid_name, std::move(rows));
}

void write_grid(const Reference<css::sheet::XSpreadsheet>& sheet, const core::Grid& grid, int row, int column) {
  if (grid.row_count() == 0 || grid.column_count() == 0) return;
  Sequence<Sequence<Any>> values(grid.row_count());
  auto* rows = values.getArray();
  for (int r = 0; r < grid.row_count(); ++r) {
    Sequence<Any> cells(grid.column_count());
    auto* out = cells.getArray();
    for (int c = 0; c < grid.column_count(); ++c) {
      const core::Cell& cell = grid.at(r, c);
      if (const auto* number = std::get_if<core::Number>(&cell)) {
        out[c] <<= number->value;
      } else if (const auto* text = std::get_if<std::string>(&cell)) {
        out[c] <<= to_ou(*text);
      } else {
        out[c] <<= rtl::OUString();
      }
    }
    rows[r] = cells;
  }
  Reference<css::sheet::XCellRangeData> target(
      sheet->getCellRangeByPosition(column, row, column + grid.column_count() - 1, row + grid.row_count() - 1),
      UNO_QUERY_THROW);
  target->setDataArray(values);
}

Reference<css::sheet::XSpreadsheet> sheet_named(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                                std::string_view name) {
  Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
  const rtl::OUString wanted = to_ou(name);
  if (!sheets->hasByName(wanted)) {
    throw css::uno::RuntimeException("Lembar \"" + wanted + "\" tidak ada di buku kerja.");
  }
  return Reference<css::sheet::XSpreadsheet>(sheets->getByName(wanted), UNO_QUERY_THROW);
}

void clear_below_header(const Reference<css::sheet::XSpreadsheet>& sheet) {
  const css::table::CellRangeAddress area = used_area(sheet);
  if (area.EndRow < 1) return;
  Reference<css::sheet::XSheetOperation>(sheet->getCellRangeByPosition(0, 1, area.EndColumn, area.EndRow),
                                         UNO_QUERY_THROW)
      ->clearContents(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::STRING |
                      css::sheet::CellFlags::FORMULA | css::sheet::CellFlags::DATETIME);
}

}  // namespace kinerja::uno
