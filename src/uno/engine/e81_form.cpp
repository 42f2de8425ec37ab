#include "uno/engine/e81_form.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/XMergeable.hpp>

#include "core/e81.hpp"
#include "core/file_format.hpp"
#include "core/master_settings.hpp"
#include "core/outcome_messages.hpp"
#include "uno/clock.hpp"
#include "uno/engine/chapter3_sheet.hpp"
#include "uno/engine/master_builder.hpp"
#include "uno/engine/operation_result.hpp"
#include "uno/sheets/sheet_layout.hpp"
#include "unobase/document.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

constexpr int first_figure = 4;

void merge(const Reference<css::sheet::XSpreadsheet>& sheet, int column, int row, int last_column, int last_row) {
  Reference<css::util::XMergeable>(sheet->getCellRangeByPosition(column, row, last_column, last_row), UNO_QUERY_THROW)
      ->merge(true);
}

// Direct formatting only: the new workbook has none of the master's styles, and whoever opens
// it sees it as printed.
void shape(const Reference<css::sheet::XSpreadsheetDocument>& document, const Reference<css::sheet::XSpreadsheet>& sheet,
           const core::E81Sheet& form) {
  const core::E81Layout& l = form.layout;
  const int last_column = l.column_count - 1;
  const int last_table_row = l.footer_row + 5;
  range_properties(sheet, 0, 0, 0, 0)->setPropertyValue("CharWeight", Any(150.0f));
  range_properties(sheet, 0, 0, 0, 0)->setPropertyValue("CharHeight", Any(12.0f));
  const auto header = range_properties(sheet, 0, l.header_row, last_column, l.formula_row);
  header->setPropertyValue("CharWeight", Any(150.0f));
  header->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
  header->setPropertyValue("CellBackColor", Any(sal_Int32(0xDDE8CB)));
  range_properties(sheet, 0, l.header_row, last_column, last_table_row)->setPropertyValue("IsTextWrapped", Any(true));
  range_properties(sheet, 0, l.header_row, last_column, last_table_row)->setPropertyValue("VertJustify", Any(sal_Int32(1)));
  grid_borders(range_properties(sheet, 0, l.header_row, last_column, last_table_row));
  for (int row : l.goal_rows) range_properties(sheet, 0, row, last_column, row)->setPropertyValue("CharWeight", Any(150.0f));
  range_properties(sheet, 0, l.footer_row, last_column, l.footer_row + 1)->setPropertyValue("CharWeight", Any(150.0f));
  // Numbers the Indonesian way: figures, rupiah, percentages (13 and 15).
  set_figure_format(range_properties(sheet, first_figure, l.first_row, last_column - 2, l.footer_row),
                    number_format(document, "#,##0.##"));
  for (int column : l.rupiah_columns) {
    set_figure_format(range_properties(sheet, column, l.first_row, column, l.last_row),
                      number_format(document, OUString::createFromAscii(rupiah_format)));
  }
  for (int number : {13, 15}) {
    const int k = first_figure + 2 * (number - 5);
    set_figure_format(range_properties(sheet, k, l.first_row, k + 1, l.footer_row), number_format(document, "0.00"));
  }
  // The titles: a figure's over its K and Rp, the leading ones and the last two over both rows.
  for (int c = 0; c < first_figure; ++c) merge(sheet, c, l.header_row, c, l.header_row + 1);
  for (int c = last_column - 1; c <= last_column; ++c) merge(sheet, c, l.header_row, c, l.header_row + 1);
  for (int k = first_figure; k < last_column - 1; k += 2) merge(sheet, k, l.header_row, k + 1, l.header_row);
  // The footer's labels across the leading columns' width, their texts across the figures.
  for (int row = l.footer_row; row < l.footer_row + 6; ++row) {
    merge(sheet, 1, row, first_figure - 2, row);
    if (row >= l.footer_row + 2) merge(sheet, first_figure - 1, row, last_column, row);
  }
  std::vector<double> widths;
  for (int c = 0; c <= last_column; ++c) {
    widths.push_back(c == 0 ? 1 : c == 1 ? 4.5 : c == 2 ? 1.8 : c == 3 ? 5.5 : c == last_column ? 4.5
                     : c == last_column - 1 ? 3 : (c - first_figure) % 2 == 0 ? 1.6 : 2.6);
  }
  set_column_widths(sheet, widths);
  Reference<css::beans::XPropertySet>(
      Reference<css::table::XColumnRowRange>(sheet->getCellRangeByPosition(0, 0, 0, form.grid.row_count() - 1), UNO_QUERY_THROW)
          ->getRows(),
      UNO_QUERY_THROW)
      ->setPropertyValue("OptimalHeight", Any(true));
  // A4 landscape, one page wide, the titles repeated on every page.
  OUString style_name;
  Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->getPropertyValue("PageStyle") >>= style_name;
  Reference<css::container::XNameAccess> pages(
      Reference<css::style::XStyleFamiliesSupplier>(document, UNO_QUERY_THROW)->getStyleFamilies()->getByName("PageStyles"),
      UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> page(pages->getByName(style_name), UNO_QUERY_THROW);
  page->setPropertyValue("IsLandscape", Any(true));
  page->setPropertyValue("Width", Any(sal_Int32(29700)));
  page->setPropertyValue("Height", Any(sal_Int32(21000)));
  page->setPropertyValue("ScaleToPagesX", Any(sal_Int16(1)));
  page->setPropertyValue("ScaleToPagesY", Any(sal_Int16(0)));
  page->setPropertyValue("HeaderIsOn", Any(false));  // no "E.81" or "Page 1" of the office's own
  page->setPropertyValue("FooterIsOn", Any(false));
  Reference<css::sheet::XPrintAreas> print(sheet, UNO_QUERY_THROW);
  const css::table::CellRangeAddress titles =
      Reference<css::sheet::XCellRangeAddressable>(sheet->getCellRangeByPosition(0, l.header_row, last_column, l.formula_row),
                                                   UNO_QUERY_THROW)
          ->getRangeAddress();
  print->setTitleRows(titles);
  print->setPrintTitleRows(true);
}

}  // namespace

org::kinerja::OperationResult make_e81(const Reference<css::uno::XComponentContext>& context,
                                       const Reference<css::sheet::XSpreadsheetDocument>& master,
                                       const std::string& master_name, int quarter, const OUString& output_url) {
  ResultBuilder result;
  const MasterData data = read_master_data(master, master_name);
  result.add(data.master.problems);
  result.add(data.problems);
  if (result.has_errors()) return result.finish(false, core::outcome::e81_not_made(master_name));
  const core::MasterSettings& settings = data.master.settings;
  if (quarter == core::working_quarter_request) quarter = core::working_quarter(settings.info, today());
  if (!core::is_quarter(quarter)) return result.finish(false, core::outcome::no_quarter(quarter));
  Chapter3Inputs inputs = chapter3_inputs(master, master_name, settings.info.year);
  result.add(inputs.problems);
  const core::E81 form = core::build_e81(data.master.agreement, data.actuals, settings, inputs.history, quarter);
  const core::E81Sheet sheet_data = core::e81_grid(form, settings.info);

  OwnedDocument document(new_hidden_spreadsheet(context));
  Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document.get(), UNO_QUERY_THROW);
  Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(), UNO_QUERY_THROW);
  Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(0), UNO_QUERY_THROW);
  Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->setName("E.81");
  write_grid(sheet, sheet_data.grid);
  shape(spreadsheet, sheet, sheet_data);
  const std::string path = system_path(output_url);
  const core::FileFormat format =
      path.size() >= 4 && path.substr(path.size() - 4) == ".ods" ? core::FileFormat::ods : core::FileFormat::xlsx;
  store_document(document.get(), output_url, format);
  result.add_file(path);
  return result.finish(true, core::outcome::e81_made(quarter, settings.info.year, form.rows.size(), form.average,
                                                     form.rating, path));
}

}  // namespace kinerja::uno
