#include "uno/sheets/sheet_layout.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/MalformedNumberFormatException.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include "core/master_layout.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/properties.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

Reference<css::sheet::XSpreadsheet> sheet_or_new(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                                 std::string_view name) {
  Reference<css::sheet::XSpreadsheets> sheets = document->getSheets();
  if (!sheets->hasByName(to_ou(name))) {
    sheets->insertNewByName(to_ou(name), static_cast<sal_Int16>(
        Reference<css::container::XIndexAccess>(sheets, UNO_QUERY_THROW)->getCount()));
  }
  return sheet_named(document, name);
}

sal_Int16 sheet_index(const Reference<css::sheet::XSpreadsheet>& sheet) {
  return Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)->getRangeAddress().Sheet;
}

Reference<css::beans::XPropertySet> range_properties(const Reference<css::sheet::XSpreadsheet>& sheet, int column,
                                                     int row, int last_column, int last_row) {
  return Reference<css::beans::XPropertySet>(sheet->getCellRangeByPosition(column, row, last_column, last_row),
                                             UNO_QUERY_THROW);
}

sal_Int32 number_format(const Reference<css::sheet::XSpreadsheetDocument>& document, const OUString& english_code) {
  Reference<css::util::XNumberFormats> formats =
      Reference<css::util::XNumberFormatsSupplier>(document, UNO_QUERY_THROW)->getNumberFormats();
  const css::lang::Locale english("en", "US", "");
  const css::lang::Locale indonesian("id", "ID", "");
  try {
    return formats->addNewConverted(english_code, english, indonesian);
  } catch (const css::util::MalformedNumberFormatException&) {  // already there
    return formats->queryKey(english_code, english, false);
  }
}

void set_figure_format(const Reference<css::beans::XPropertySet>& range, sal_Int32 format) {
  range->setPropertyValue("NumberFormat", Any(format));
  range->setPropertyValue("ShrinkToFit", Any(true));
}

void set_condition(const Reference<css::beans::XPropertySet>& range,
                   const std::vector<std::tuple<css::sheet::ConditionOperator, OUString, const char*>>& rules,
                   const css::table::CellAddress& source) {
  Reference<css::sheet::XSheetConditionalEntries> entries(range->getPropertyValue("ConditionalFormat"), UNO_QUERY_THROW);
  entries->clear();
  for (const auto& [op, formula, style] : rules) {
    entries->addNew(properties({property("Operator", Any(op)), property("Formula1", Any(formula)),
                                property("SourcePosition", Any(source)),
                                property("StyleName", Any(OUString::createFromAscii(style)))}));
  }
  range->setPropertyValue("ConditionalFormat", Any(entries));
}

void grid_borders(const Reference<css::beans::XPropertySet>& range) {
  css::table::BorderLine2 line;
  line.OuterLineWidth = 18;
  css::table::TableBorder2 border;
  border.TopLine = border.BottomLine = border.LeftLine = border.RightLine = line;
  border.HorizontalLine = border.VerticalLine = line;
  border.IsTopLineValid = border.IsBottomLineValid = border.IsLeftLineValid = border.IsRightLineValid = true;
  border.IsHorizontalLineValid = border.IsVerticalLineValid = true;
  range->setPropertyValue("TableBorder2", Any(border));
}

void fit_columns(const Reference<css::sheet::XSpreadsheet>& sheet, int header_row, std::initializer_list<int> columns) {
  Reference<css::container::XIndexAccess> all(Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getColumns(),
                                              UNO_QUERY_THROW);
  for (int column : columns) {
    Reference<css::beans::XPropertySet> properties(all->getByIndex(column), UNO_QUERY_THROW);
    properties->setPropertyValue("OptimalWidth", Any(true));
    sal_Int32 width = 0;
    properties->getPropertyValue("Width") >>= width;
    const std::string header =
        to_utf8(Reference<css::text::XText>(sheet->getCellByPosition(column, header_row), UNO_QUERY_THROW)->getString());
    const sal_Int32 needed = core::master_layout::header_width(header);
    if (width < needed) properties->setPropertyValue("Width", Any(needed));
  }
}

void set_column_widths(const Reference<css::sheet::XSpreadsheet>& sheet, std::span<const double> widths_cm) {
  const Reference<css::container::XIndexAccess> columns(
      Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getColumns(), UNO_QUERY_THROW);
  for (std::size_t c = 0; c < widths_cm.size(); ++c) {
    Reference<css::beans::XPropertySet>(columns->getByIndex(static_cast<sal_Int32>(c)), UNO_QUERY_THROW)
        ->setPropertyValue("Width", Any(static_cast<sal_Int32>(widths_cm[c] * 1000)));
  }
}

}  // namespace kinerja::uno
