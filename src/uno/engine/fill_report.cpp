#include "uno/engine/fill_report.hpp"

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XTableChart.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>

#include "core/grid.hpp"
#include "core/lkjip.hpp"
#include "core/master_layout.hpp"
#include "core/outcome_messages.hpp"
#include "core/report.hpp"
#include "uno/clock.hpp"
#include "uno/engine/chapter3_sheet.hpp"
#include "uno/engine/master_builder.hpp"
#include "uno/engine/master_operation.hpp"
#include "uno/engine/operation_result.hpp"
#include "uno/engine/report_sheets.hpp"
#include "uno/engine/sop_trail.hpp"
#include "uno/sheets/bulk_edit.hpp"
#include "uno/sheets/sheet_layout.hpp"
#include "uno/sheets/styles.hpp"
#include "unobase/file_replacement.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/properties.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

// A report row's height in 1/100 mm for its lines of wrapped text.
int row_height(int lines) { return lines * 420 + 80; }

// Manual page breaks that keep each sasaran's heading with its indicators on one page
// (core::group_page_breaks), from the sheet's page style and the rows' heights.
void keep_goals_together(const Reference<css::sheet::XSpreadsheetDocument>& document,
                         const Reference<css::sheet::XSpreadsheet>& sheet, const core::ReportLayout& layout,
                         const std::vector<int>& heights) {
  OUString style;
  Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->getPropertyValue("PageStyle") >>= style;
  Reference<css::container::XNameAccess> pages(
      Reference<css::style::XStyleFamiliesSupplier>(document, UNO_QUERY_THROW)->getStyleFamilies()->getByName("PageStyles"),
      UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> page(pages->getByName(style), UNO_QUERY_THROW);
  const auto value = [&](const char* name) {
    sal_Int32 number = 0;
    page->getPropertyValue(OUString::createFromAscii(name)) >>= number;
    return static_cast<int>(number);
  };
  const auto on = [&](const char* name) {
    bool flag = false;
    page->getPropertyValue(OUString::createFromAscii(name)) >>= flag;
    return flag;
  };
  const core::PageGeometry geometry{value("Width"),      value("Height"),     value("TopMargin"),
                                    value("BottomMargin"), value("LeftMargin"), value("RightMargin"),
                                    on("HeaderIsOn") ? value("HeaderHeight") : 0,
                                    on("FooterIsOn") ? value("FooterHeight") : 0};
  double columns_cm = 0;
  for (double width : core::ReportLayout::widths_cm) columns_cm += width;
  std::vector<std::pair<int, int>> groups;
  for (std::size_t g = 0; g < layout.goal_rows.size(); ++g) {
    groups.emplace_back(layout.goal_rows[g], g + 1 < layout.goal_rows.size() ? layout.goal_rows[g + 1] - 1 : layout.last_row);
  }
  const std::vector<int> breaks =
      core::group_page_breaks(heights, core::page_height_in_sheet(geometry, static_cast<int>(columns_cm * 1000)),
                              heights.at(static_cast<std::size_t>(layout.header_row)), groups);
  // The breaks of an earlier fill go first (the rows of a range take one property at once).
  const auto report_rows = Reference<css::table::XColumnRowRange>(
                               sheet->getCellRangeByPosition(0, 0, 0, static_cast<sal_Int32>(heights.size()) - 1), UNO_QUERY_THROW)
                               ->getRows();
  Reference<css::beans::XPropertySet>(report_rows, UNO_QUERY_THROW)->setPropertyValue("IsStartOfNewPage", Any(false));
  Reference<css::container::XIndexAccess> rows(Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getRows(),
                                               UNO_QUERY_THROW);
  for (int row : breaks) {
    Reference<css::beans::XPropertySet>(rows->getByIndex(row), UNO_QUERY_THROW)->setPropertyValue("IsStartOfNewPage", Any(true));
  }
}

// Moves a sheet's chart (its shape on the sheet's draw page) to a position.
void move_chart(const Reference<css::sheet::XSpreadsheetDocument>& document,
                const Reference<css::sheet::XSpreadsheet>& sheet, const OUString& name, const css::awt::Point& position) {
  Reference<css::container::XIndexAccess> pages(
      Reference<css::drawing::XDrawPagesSupplier>(document, UNO_QUERY_THROW)->getDrawPages(), UNO_QUERY_THROW);
  Reference<css::container::XIndexAccess> shapes(pages->getByIndex(sheet_index(sheet)), UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < shapes->getCount(); ++i) {
    Reference<css::beans::XPropertySet> shape(shapes->getByIndex(i), UNO_QUERY);
    OUString persist;
    if (shape.is() && shape->getPropertySetInfo()->hasPropertyByName("PersistName") &&
        (shape->getPropertyValue("PersistName") >>= persist) && persist == name) {
      Reference<css::drawing::XShape>(shape, UNO_QUERY_THROW)->setPosition(position);
    }
  }
}

}  // namespace

org::kinerja::OperationResult fill_report(const Reference<css::sheet::XSpreadsheetDocument>& master,
                                          const std::string& master_name, core::Period period,
                                          const std::string& command) {
  const auto started = Clock::now();
  ResultBuilder result;
  const MasterData data = read_data(master, master_name, result);
  if (result.has_errors()) return result.finish(false, core::outcome::report_not_filled(master_name));
  const core::Report report =
      core::build_report(data.master.agreement, data.actuals, data.master.settings, period, today());
  const core::ReportLayout& layout = report.layout;
  const auto sheet = report_sheet_for(master, period);
  // The annual report's chapter III (LKjIP): its own sheet, right after the report.
  std::optional<core::Chapter3> chapter;
  Reference<css::sheet::XSpreadsheet> chapter_sheet;
  if (period == core::Period::year) {
    Chapter3Inputs inputs = chapter3_inputs(master, master_name, data.master.settings.info.year);
    result.add(inputs.problems);
    chapter = core::build_chapter3(data.master.agreement, data.actuals, data.master.settings, inputs.history,
                                   inputs.analyses);
    chapter_sheet = chapter3_sheet_for(master, sheet);
  }

  // The chart's data in one block below the report.
  namespace chart_column = core::master_layout::report_chart_column;
  namespace report_column = core::master_layout::report_column;
  std::vector<std::vector<core::Cell>> chart_rows = {{std::string(""), std::string("Capaian (%)")}};
  for (const auto& [label, value] : report.chart.points) chart_rows.push_back({label, core::Number{value}});
  const int chart_row = report.grid.row_count() + 1;  // the chart's top, below the report

  // The chart of an earlier fill is kept and given the new data: removing a chart while the
  // document's undo is off (a menu command's UndoStep) crashes Calc 7.4.
  // Chart names are unique in a document: each report's chart is named by its period.
  const OUString chart_name = to_ou("Capaian " + std::string(core::label_of(period)));
  Reference<css::table::XTableChartsSupplier> charts_supplier(sheet, UNO_QUERY_THROW);
  const bool had_chart = charts_supplier->getCharts()->hasByName(chart_name);
  {
    BulkEdit edit(Reference<css::frame::XModel>(master, UNO_QUERY_THROW), "Isi Laporan");
    const int previous = used_row_count(sheet);
    edit.write(sheet, report.grid, 0, 0, std::max(previous, report.grid.row_count()));
    edit.write(sheet, core::Grid("", chart_rows), 0, chart_column::label, std::max(previous, static_cast<int>(chart_rows.size())));
    if (chapter) edit.write(chapter_sheet, chapter->grid, 0, 0, std::max(used_row_count(chapter_sheet), chapter->grid.row_count()));
    for (int step : core::report_sop_steps(period)) record_sop_step(edit, master, step, command, seconds_since(started));
    edit.commit();
  }

  // Presentation: row heights (first: once manual, the office does not measure them again
  // when styles are applied), styles, widths, borders, number format, print titles, chart.
  const int last_column = layout.column_count - 1;
  // Row heights from core's estimate, set per run of rows of equal height: the office
  // measuring thousands of wrapped rows itself takes seconds.
  const std::vector<int>& lines = layout.row_lines;
  for (std::size_t first = 0; first < lines.size();) {
    std::size_t last = first;
    while (last + 1 < lines.size() && lines[last + 1] == lines[first]) ++last;
    Reference<css::beans::XPropertySet>(
        Reference<css::table::XColumnRowRange>(
            sheet->getCellRangeByPosition(0, static_cast<sal_Int32>(first), 0, static_cast<sal_Int32>(last)), UNO_QUERY_THROW)
            ->getRows(),
        UNO_QUERY_THROW)
        ->setPropertyValue("Height", Any(static_cast<sal_Int32>(row_height(lines[first]))));
    first = last + 1;
  }

  range_properties(sheet, 0, 0, last_column, layout.last_row + 40)->setPropertyValue("CellStyle", Any(OUString("Default")));
  range_properties(sheet, 0, 0, 0, 1)->setPropertyValue("CellStyle", Any(OUString::createFromAscii(style_title)));
  range_properties(sheet, 0, layout.header_row, last_column, layout.header_row)
      ->setPropertyValue("CellStyle", Any(OUString::createFromAscii(style_header)));
  const auto table = range_properties(sheet, 0, layout.first_row, last_column, layout.footer_row);
  table->setPropertyValue("IsTextWrapped", Any(true));
  table->setPropertyValue("VertJustify", Any(sal_Int32(1)));  // top
  grid_borders(range_properties(sheet, 0, layout.header_row, last_column, layout.footer_row));
  for (int row : layout.goal_rows) range_properties(sheet, 0, row, last_column, row)->setPropertyValue("CharWeight", Any(150.0f));
  range_properties(sheet, 0, layout.footer_row, last_column, layout.footer_row)->setPropertyValue("CharWeight", Any(150.0f));
  set_figure_format(
      range_properties(sheet, report_column::first_figure, layout.first_row, report_column::last_figure, layout.footer_row),
      number_format(master, "#,##0.##"));
  const auto achievements = range_properties(sheet, report_column::achievement, layout.first_row,
                                             report_column::achievement, layout.footer_row);
  set_figure_format(achievements, number_format(master, "0.00"));
  // Status colours: the achievements against the master's threshold (conditional formats).
  ensure_status_styles(master);
  // Only numbers are judged: an indicator without a target or not reported has no
  // achievement (an empty cell, which a plain "less than" would colour as missed).
  const OUString threshold = to_ou(core::format_number(data.master.settings.rules.missed_threshold));
  const OUString first = to_ou(core::a1_address("", layout.first_row, report_column::achievement));
  set_condition(achievements,
                {{css::sheet::ConditionOperator_FORMULA, "AND(ISNUMBER(" + first + ");" + first + ">=" + threshold + ")",
                  style_achieved},
                 {css::sheet::ConditionOperator_FORMULA, "AND(ISNUMBER(" + first + ");" + first + "<" + threshold + ")",
                  style_missed}},
                css::table::CellAddress{sheet_index(sheet), report_column::achievement, layout.first_row});
  if (chart_rows.size() > 1) {
    range_properties(sheet, chart_column::value, 1, chart_column::value, static_cast<int>(chart_rows.size()) - 1)
        ->setPropertyValue("NumberFormat", Any(number_format(master, "0.00")));
  }
  set_column_widths(sheet, std::span<const double>(core::ReportLayout::widths_cm).first(static_cast<std::size_t>(last_column + 1)));
  std::vector<int> heights;
  for (int line_count : lines) heights.push_back(row_height(line_count));
  keep_goals_together(master, sheet, layout, heights);
  Reference<css::sheet::XPrintAreas> print(sheet, UNO_QUERY_THROW);
  const auto address = [&](int c1, int r1, int c2, int r2) {
    return Reference<css::sheet::XCellRangeAddressable>(sheet->getCellRangeByPosition(c1, r1, c2, r2), UNO_QUERY_THROW)
        ->getRangeAddress();
  };
  // Printed: the report, then the chart below it (about 20 rows); never the chart's data.
  const int chart_rows_printed = chart_rows.size() > 1 ? std::max(static_cast<int>(chart_rows.size()), 22) : -1;
  const css::table::CellRangeAddress area = address(0, 0, last_column, chart_row + chart_rows_printed);
  print->setPrintAreas(Sequence<css::table::CellRangeAddress>(&area, 1));
  print->setTitleRows(address(0, layout.header_row, last_column, layout.header_row));
  print->setPrintTitleRows(true);

  if (chart_rows.size() > 1) {
    const css::table::CellRangeAddress chart_data =
        address(chart_column::label, 0, chart_column::value, static_cast<int>(chart_rows.size()) - 1);
    const css::awt::Size size{24000, 9000};
    // Below the report, in 1/100 mm from the sheet's origin: placed by its top-left cell.
    Reference<css::beans::XPropertySet> anchor(sheet->getCellByPosition(chart_column::anchor, chart_row),
                                               UNO_QUERY_THROW);
    css::awt::Point position;
    anchor->getPropertyValue("Position") >>= position;
    const css::awt::Rectangle rectangle{position.X, position.Y, size.Width, size.Height};
    if (had_chart) {  // new data, and below the report again when the report grew or shrank
      Reference<css::table::XTableChart>(charts_supplier->getCharts()->getByName(chart_name), UNO_QUERY_THROW)
          ->setRanges(Sequence<css::table::CellRangeAddress>(&chart_data, 1));
      move_chart(master, sheet, chart_name, position);
    } else {
      charts_supplier->getCharts()->addNewByName(chart_name, rectangle,
                                                 Sequence<css::table::CellRangeAddress>(&chart_data, 1), true, true);
    }
    Reference<css::document::XEmbeddedObjectSupplier> embedded(charts_supplier->getCharts()->getByName(chart_name),
                                                               UNO_QUERY_THROW);
    Reference<css::chart::XChartDocument> chart(embedded->getEmbeddedObject(), UNO_QUERY_THROW);
    Reference<css::lang::XMultiServiceFactory> factory(chart, UNO_QUERY_THROW);
    chart->setDiagram(Reference<css::chart::XDiagram>(factory->createInstance("com.sun.star.chart.BarDiagram"), UNO_QUERY_THROW));
    // Bars measured from 0: an axis starting at the lowest achievement would exaggerate.
    if (Reference<css::chart::XAxisYSupplier> axes(chart->getDiagram(), UNO_QUERY); axes.is()) {
      Reference<css::beans::XPropertySet> y(axes->getYAxis(), UNO_QUERY_THROW);
      y->setPropertyValue("AutoMin", Any(false));
      y->setPropertyValue("Min", Any(0.0));
    }
    Reference<css::beans::XPropertySet>(chart, UNO_QUERY_THROW)->setPropertyValue("HasMainTitle", Any(true));
    Reference<css::beans::XPropertySet>(chart->getTitle(), UNO_QUERY_THROW)
        ->setPropertyValue("String", Any(to_ou(report.chart.title)));
  }
  if (chapter) shape_chapter3(master, chapter_sheet, sheet, *chapter);
  return result.finish(true, core::outcome::report_filled(period, data.master.settings.info.year,
                                                          layout.indicator_rows.size(), report.average,
                                                          report.average_rating, report.unreported_quarters));
}

}  // namespace kinerja::uno
