#include "uno/engine/chapter3_sheet.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>

#include "core/master_layout.hpp"
#include "uno/sheets/sheet_layout.hpp"
#include "uno/sheets/styles.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

// Column widths in cm: No, the name (a goal or an indicator), Satuan or a figure, then figures
// and 3.6's texts (which wrap). A4 landscape, fitted to the page width by the report's
// page style.
constexpr double widths_cm[] = {1, 7, 2.4, 3.6, 3.6, 3.6, 3.4, 2.8, 2.8, 2.8};
constexpr int column_count = static_cast<int>(std::size(widths_cm));

}  // namespace

Reference<css::sheet::XSpreadsheet> existing_chapter3_sheet(const Reference<css::sheet::XSpreadsheetDocument>& master) {
  const OUString name = to_ou(core::chapter3_sheet_name());
  if (!master->getSheets()->hasByName(name)) return nullptr;
  return sheet_named(master, core::chapter3_sheet_name());
}

Reference<css::sheet::XSpreadsheet> chapter3_sheet_for(const Reference<css::sheet::XSpreadsheetDocument>& master,
                                                       const Reference<css::sheet::XSpreadsheet>& report) {
  if (auto sheet = existing_chapter3_sheet(master); sheet.is()) return sheet;
  master->getSheets()->insertNewByName(to_ou(core::chapter3_sheet_name()), static_cast<sal_Int16>(sheet_index(report) + 1));
  return sheet_named(master, core::chapter3_sheet_name());
}

Chapter3Inputs chapter3_inputs(const Reference<css::sheet::XSpreadsheetDocument>& master, const std::string& master_name,
                               int year) {
  Chapter3Inputs inputs;
  if (master->getSheets()->hasByName(to_ou(core::master_layout::history))) {
    inputs.history = core::read_history(
        read_sheet(sheet_named(master, core::master_layout::history), std::string(core::master_layout::history)), year,
        inputs.problems);
    for (core::Problem& p : inputs.problems) {
      p.file = master_name;
      p.severity = core::Severity::warning;  // a bad Riwayat row is left out; the report is still filled
    }
  }
  if (const auto sheet = existing_chapter3_sheet(master); sheet.is()) {
    inputs.analyses = core::read_analyses(read_sheet(sheet, core::chapter3_sheet_name()));
  }
  return inputs;
}

void shape_chapter3(const Reference<css::sheet::XSpreadsheetDocument>& master, const Reference<css::sheet::XSpreadsheet>& sheet,
                    const Reference<css::sheet::XSpreadsheet>& report, const core::Chapter3& chapter) {
  const int last_row = chapter.grid.row_count() - 1;
  const int last_column = column_count - 1;
  range_properties(sheet, 0, 0, last_column, last_row + 20)->setPropertyValue("CellStyle", Any(OUString("Default")));
  const sal_Int32 figures = number_format(master, "#,##0.##");
  const sal_Int32 percent = number_format(master, "0.00");
  const sal_Int32 rupiah = number_format(master, OUString::createFromAscii(rupiah_format));
  for (const core::Chapter3Table& table : chapter.tables) {
    const int columns = table.column_count - 1;
    range_properties(sheet, 0, table.title_row, 0, table.title_row)->setPropertyValue("CharWeight", Any(150.0f));
    range_properties(sheet, 0, table.header_row, columns, table.header_row)
        ->setPropertyValue("CellStyle", Any(OUString::createFromAscii(style_header)));
    for (int row : table.heading_rows) range_properties(sheet, 0, row, columns, row)->setPropertyValue("CharWeight", Any(150.0f));
    const int body_end = std::max(table.header_row, table.last_row);
    const auto body = range_properties(sheet, 0, table.header_row, columns, body_end);
    grid_borders(body);
    body->setPropertyValue("IsTextWrapped", Any(true));
    body->setPropertyValue("VertJustify", Any(sal_Int32(1)));  // top
    if (table.last_row >= table.first_row) {
      set_figure_format(range_properties(sheet, 2, table.first_row, columns, table.last_row),
                        table.id == "3.5" ? rupiah : figures);
      // Percentages with two decimals: every column whose title says (%) or (poin).
      for (int c = 0; c <= columns; ++c) {
        const std::string title = chapter.grid.text(table.header_row, c);
        if (title.find("(%)") != std::string::npos || title.find("(poin)") != std::string::npos) {
          set_figure_format(range_properties(sheet, c, table.first_row, c, table.last_row), percent);
        }
      }
    }
  }
  set_column_widths(sheet, widths_cm);
  Reference<css::beans::XPropertySet>(
      Reference<css::table::XColumnRowRange>(sheet->getCellRangeByPosition(0, 0, 0, last_row), UNO_QUERY_THROW)->getRows(),
      UNO_QUERY_THROW)
      ->setPropertyValue("OptimalHeight", Any(true));
  // Printed like the annual report: its page style; the whole chapter.
  OUString page_style;
  Reference<css::beans::XPropertySet>(report, UNO_QUERY_THROW)->getPropertyValue("PageStyle") >>= page_style;
  Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->setPropertyValue("PageStyle", Any(page_style));
  const css::table::CellRangeAddress area =
      Reference<css::sheet::XCellRangeAddressable>(sheet->getCellRangeByPosition(0, 0, last_column, last_row), UNO_QUERY_THROW)
          ->getRangeAddress();
  Reference<css::sheet::XPrintAreas>(sheet, UNO_QUERY_THROW)
      ->setPrintAreas(css::uno::Sequence<css::table::CellRangeAddress>(&area, 1));
}

}  // namespace kinerja::uno
