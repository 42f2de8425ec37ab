#include "unobase/grid_io.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellFormatRangesSupplier.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <map>

#include "unobase/strings.hpp"

namespace kinerja::unobase {

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

core::NumberKind kind_of_format(const Reference<css::util::XNumberFormats>& formats, sal_Int32 key,
                               std::map<sal_Int32, core::NumberKind>& cache) {
  const auto cached = cache.find(key);
  if (cached != cache.end()) return cached->second;
  sal_Int16 type = 0;
  try {
    formats->getByKey(key)->getPropertyValue("Type") >>= type;
  } catch (const css::uno::Exception&) {
  }
  core::NumberKind kind = core::NumberKind::general;
  if (type & css::util::NumberFormat::PERCENT) kind = core::NumberKind::percent;
  else if (type & (css::util::NumberFormat::DATE | css::util::NumberFormat::TIME)) kind = core::NumberKind::date;
  cache.emplace(key, kind);
  return kind;
}

// Marks the numbers of percent- and date-formatted cells. A submission has few numbers: ask
// each numeric cell for its format (cheap in-process); a large table: one format range at a
// time (enumerating the ranges costs about a third of loading a small file).
void mark_number_kinds(const Reference<css::sheet::XSpreadsheet>& sheet,
                       const Reference<css::util::XNumberFormats>& formats, std::vector<std::vector<core::Cell>>& rows) {
  if (!formats.is()) return;
  std::map<sal_Int32, core::NumberKind> cache;
  std::vector<std::pair<sal_Int32, sal_Int32>> numbers;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      if (std::holds_alternative<core::Number>(rows[r][c])) numbers.emplace_back(r, c);
    }
  }
  constexpr std::size_t per_cell_limit = 2000;
  if (numbers.size() <= per_cell_limit) {
    for (const auto& [r, c] : numbers) {
      Reference<css::beans::XPropertySet> cell(sheet->getCellByPosition(c, r), UNO_QUERY_THROW);
      sal_Int32 key = 0;
      cell->getPropertyValue("NumberFormat") >>= key;
      std::get<core::Number>(rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]).kind =
          kind_of_format(formats, key, cache);
    }
    return;
  }
  Reference<css::sheet::XCellFormatRangesSupplier> supplier(sheet, css::uno::UNO_QUERY);
  if (!supplier.is()) return;
  Reference<css::container::XIndexAccess> ranges = supplier->getCellFormatRanges();
  for (sal_Int32 i = 0; i < ranges->getCount(); ++i) {
    Reference<css::beans::XPropertySet> range(ranges->getByIndex(i), UNO_QUERY_THROW);
    sal_Int32 key = 0;
    range->getPropertyValue("NumberFormat") >>= key;
    const core::NumberKind kind = kind_of_format(formats, key, cache);
    if (kind == core::NumberKind::general) continue;
    const css::table::CellRangeAddress area =
        Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
    for (sal_Int32 r = area.StartRow; r <= area.EndRow && r < static_cast<sal_Int32>(rows.size()); ++r) {
      auto& row = rows[static_cast<std::size_t>(r)];
      for (sal_Int32 c = area.StartColumn; c <= area.EndColumn && c < static_cast<sal_Int32>(row.size()); ++c) {
        if (auto* number = std::get_if<core::Number>(&row[static_cast<std::size_t>(c)])) number->kind = kind;
      }
    }
  }
}

// At most this many cells of a sheet are read one by one (see read_sheet_with).
constexpr int max_rereads = 2000;

// The sheet's used area from A1; with limits, no more than max_rows x max_columns of it (*cut
// says whether the sheet had more).
core::Grid read_sheet_with(const Reference<css::sheet::XSpreadsheet>& sheet, const std::string& grid_name,
                           const Reference<css::util::XNumberFormats>& formats, int max_rows = 0,
                           int max_columns = 0, bool* cut = nullptr) {
  const css::table::CellRangeAddress area = used_area(sheet);
  sal_Int32 last_row = area.EndRow, last_column = area.EndColumn;
  if (max_rows > 0 && last_row >= max_rows) last_row = max_rows - 1;
  if (max_columns > 0 && last_column >= max_columns) last_column = max_columns - 1;
  if (cut != nullptr) *cut = last_row != area.EndRow || last_column != area.EndColumn;
  Reference<css::sheet::XCellRangeData> data(sheet->getCellRangeByPosition(0, 0, last_column, last_row),
                                             UNO_QUERY_THROW);
  const Sequence<Sequence<Any>> values = data->getDataArray();
  std::vector<std::vector<core::Cell>> rows;
  rows.reserve(static_cast<std::size_t>(values.getLength()));
  int rereads = 0;
  for (sal_Int32 r = 0; r < values.getLength(); ++r) {
    const Sequence<Any>& row = values[r];
    std::vector<core::Cell> cells;
    cells.reserve(static_cast<std::size_t>(row.getLength()));
    for (sal_Int32 c = 0; c < row.getLength(); ++c) {
      double number = 0;
      rtl::OUString text;
      if (row[c] >>= number) {
        cells.emplace_back(core::Number{number});
      } else if ((row[c] >>= text) && !text.isEmpty()) {
        // getDataArray gives a text of several lines as Calc's edit engine keeps it: a tab (or a
        // field) as U+0001. The cell's own string says what it shows; such cells are rare, and a
        // sheet full of them (built to slow us) keeps its U+0001, which core then removes.
        if (text.indexOf(u'\x0001') >= 0 && rereads < max_rereads) {
          ++rereads;
          text = Reference<css::text::XText>(sheet->getCellByPosition(c, r), UNO_QUERY_THROW)->getString();
        }
        cells.emplace_back(to_utf8(text));
      } else {
        cells.emplace_back(core::Empty{});
      }
    }
    rows.push_back(std::move(cells));
  }
  if (formats.is()) mark_number_kinds(sheet, formats, rows);
  return core::Grid(grid_name, std::move(rows));
}

Reference<css::util::XNumberFormats> formats_of(const Reference<css::uno::XInterface>& document) {
  Reference<css::util::XNumberFormatsSupplier> supplier(document, css::uno::UNO_QUERY);
  return supplier.is() ? supplier->getNumberFormats() : nullptr;
}

}  // namespace

core::Grid read_sheet(const Reference<css::sheet::XSpreadsheet>& sheet, const std::string& grid_name) {
  return read_sheet_with(sheet, grid_name, nullptr);
}

std::vector<core::SubmittedSheet> read_submitted_sheets(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                                        int max_rows, int max_columns) {
  const Reference<css::util::XNumberFormats> formats = formats_of(document);
  Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
  std::vector<core::SubmittedSheet> submitted;
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
    Reference<css::container::XNamed> named(sheet, UNO_QUERY_THROW);
    bool visible = true;
    Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->getPropertyValue("IsVisible") >>= visible;
    core::SubmittedSheet entry;
    entry.hidden = !visible;
    entry.grid = read_sheet_with(sheet, to_utf8(named->getName()), formats, max_rows, max_columns, &entry.cut);
    submitted.push_back(std::move(entry));
  }
  return submitted;
}

int used_row_count(const Reference<css::sheet::XSpreadsheet>& sheet) {
  const css::table::CellRangeAddress area = used_area(sheet);
  if (area.EndRow == 0 && area.EndColumn == 0 && sheet->getCellByPosition(0, 0)->getType() == css::table::CellContentType_EMPTY) {
    return 0;
  }
  return area.EndRow + 1;
}

void append_rows(const Reference<css::sheet::XSpreadsheet>& sheet, const core::Grid& rows) {
  const css::table::CellRangeAddress area = used_area(sheet);
  write_grid(sheet, rows, area.EndRow + 1, 0);
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

std::vector<std::string> sheet_names(const Reference<css::sheet::XSpreadsheetDocument>& document) {
  std::vector<std::string> names;
  for (const auto& name : document->getSheets()->getElementNames()) names.push_back(to_utf8(name));
  return names;
}

void clear_below_header(const Reference<css::sheet::XSpreadsheet>& sheet) {
  const css::table::CellRangeAddress area = used_area(sheet);
  if (area.EndRow < 1) return;
  Reference<css::sheet::XSheetOperation>(sheet->getCellRangeByPosition(0, 1, area.EndColumn, area.EndRow),
                                         UNO_QUERY_THROW)
      ->clearContents(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::STRING |
                      css::sheet::CellFlags::FORMULA | css::sheet::CellFlags::DATETIME);
}

}  // namespace kinerja::unobase
