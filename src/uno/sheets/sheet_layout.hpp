// Shaping the sheets Kinerja fills: a sheet made when missing, a range's properties, the
// Indonesian number format of the figures, columns that fit their headers.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellAddress.hpp>

#include <initializer_list>
#include <span>
#include <string_view>
#include <tuple>
#include <vector>

namespace kinerja::uno {

// The one number format of the figures Rekap, Disposisi and Riwayat show: Indonesian, two
// decimals ("18,40", "1.234,50", "96,67"); rupiah without decimals ("125.000.000").
inline constexpr const char* figures_format = "#,##0.00";
inline constexpr const char* rupiah_format = "#,##0";

// The sheet of that name, added after the last one when the workbook has none.
css::uno::Reference<css::sheet::XSpreadsheet> sheet_or_new(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, std::string_view name);

// The sheet's position in its workbook.
sal_Int16 sheet_index(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

css::uno::Reference<css::beans::XPropertySet> range_properties(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                                               int column, int row, int last_column, int last_row);

// A number format in Indonesian notation (decimal comma), from its English code ("0.00").
sal_Int32 number_format(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                        const rtl::OUString& english_code);

// Figures in a column of fixed, printed width: the number format, and shrunk to fit the cell
// when a figure is longer than the column (99.999.999.999 in a 2,2 cm column), so that a page
// never prints "###" for a value it holds.
void set_figure_format(const css::uno::Reference<css::beans::XPropertySet>& range, sal_Int32 format);

// Conditional formats on a range, each rule (operator, formula, cell style) in order; relative
// references in the formulas are to `source` (the range's top-left cell).
void set_condition(const css::uno::Reference<css::beans::XPropertySet>& range,
                   const std::vector<std::tuple<css::sheet::ConditionOperator, rtl::OUString, const char*>>& rules,
                   const css::table::CellAddress& source = {});

// A thin line around and between every cell of the range, as the printed tables have.
void grid_borders(const css::uno::Reference<css::beans::XPropertySet>& range);

// Columns as wide as their content needs, and never narrower than the longest word of
// their header (core::master_layout::header_width, on `header_row`): a header never breaks
// mid-word. Calc's optimal width alone measures the wrapped header by its narrowest lines.
// The other columns keep the template's widths and wrap.
void fit_columns(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int header_row,
                 std::initializer_list<int> columns);

// The first columns' widths, in centimetres, as printed tables lay them out.
void set_column_widths(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, std::span<const double> widths_cm);

}  // namespace kinerja::uno
