#include "uno/engine/master_reports.hpp"

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XDatabaseRanges.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XTableChart.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XReplaceDescriptor.hpp>
#include <com/sun/star/util/XReplaceable.hpp>
#include <com/sun/star/util/MalformedNumberFormatException.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <osl/file.hxx>

#include <chrono>
#include <cmath>
#include <filesystem>

#include "core/office_words.hpp"
#include "core/outcome_messages.hpp"
#include "core/grid.hpp"
#include "core/lkjip.hpp"
#include "core/master_layout.hpp"
#include "core/numbers.hpp"
#include "core/recap.hpp"
#include "core/report.hpp"
#include "core/text.hpp"
#include "uno/clock.hpp"
#include "unobase/document.hpp"
#include "unobase/file_replacement.hpp"
#include "uno/engine/chapter3_sheet.hpp"
#include "uno/engine/master_builder.hpp"
#include "uno/engine/operation_result.hpp"
#include "uno/engine/report_sheets.hpp"
#include "uno/engine/sop_trail.hpp"
#include "uno/sheets/bulk_edit.hpp"
#include "uno/sheets/sheet_layout.hpp"
#include "unobase/grid_io.hpp"
#include "uno/sheets/styles.hpp"
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

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

MasterData read_data(const Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& name,
                     ResultBuilder& result) {
  MasterData data = read_master_data(document, name);
  result.add(data.master.problems);
  result.add(data.problems);
  return data;
}

// Conditional formats; relative references in formulas are to `source` (the range's
// top-left cell).
void set_condition(const Reference<css::beans::XPropertySet>& range,
                   const std::vector<std::tuple<css::sheet::ConditionOperator, OUString, const char*>>& rules,
                   const css::table::CellAddress& source = {}) {
  Reference<css::sheet::XSheetConditionalEntries> entries(range->getPropertyValue("ConditionalFormat"), UNO_QUERY_THROW);
  entries->clear();
  for (const auto& [op, formula, style] : rules) {
    entries->addNew(properties({property("Operator", Any(op)), property("Formula1", Any(formula)),
                                property("SourcePosition", Any(source)),
                                property("StyleName", Any(OUString::createFromAscii(style)))}));
  }
  range->setPropertyValue("ConditionalFormat", Any(entries));
}

void auto_filter(const Reference<css::sheet::XSpreadsheetDocument>& document, const Reference<css::sheet::XSpreadsheet>& sheet,
                 int rows, int columns) {
  Reference<css::beans::XPropertySet> properties(document, UNO_QUERY_THROW);
  Reference<css::sheet::XDatabaseRanges> ranges(properties->getPropertyValue("DatabaseRanges"), UNO_QUERY_THROW);
  const css::table::CellRangeAddress area =
      Reference<css::sheet::XCellRangeAddressable>(sheet->getCellRangeByPosition(0, 0, columns - 1, rows - 1),
                                                   UNO_QUERY_THROW)
          ->getRangeAddress();
  const OUString name = "Kinerja_Rekap";
  if (ranges->hasByName(name)) ranges->removeByName(name);
  ranges->addNewByName(name, area);
  Reference<css::beans::XPropertySet>(ranges->getByName(name), UNO_QUERY_THROW)->setPropertyValue("AutoFilter", Any(true));
}

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

// What a copy to share leaves out unless everything is asked: the working sheets, and the
// signatory's NIP on the reports.
void leave_out_working_sheets(const Reference<css::sheet::XSpreadsheetDocument>& copy) {
  const Reference<css::sheet::XSpreadsheets> sheets = copy->getSheets();
  for (const std::string& name : sheet_names(copy)) {
    if (!core::master_layout::shared_by_default(name)) sheets->removeByName(to_ou(name));
  }
  for (const std::string& name : sheet_names(copy)) {
    Reference<css::util::XReplaceable> sheet(sheets->getByName(to_ou(name)), UNO_QUERY_THROW);
    const Reference<css::util::XReplaceDescriptor> nip = sheet->createReplaceDescriptor();
    nip->setSearchString("^NIP\\. .+$");  // the line core::nip_line writes
    nip->setReplaceString(to_ou(core::nip_line("")));
    nip->setPropertyValue("SearchRegularExpression", Any(true));
    sheet->replaceAll(Reference<css::util::XSearchDescriptor>(nip, UNO_QUERY_THROW));
  }
}

// The SOP step that sharing the master's report completes, by the period of the report in
// view or last made; a master without a report is shared as a quarter's (step 5).
int sop_step_of_share(const Reference<css::sheet::XSpreadsheetDocument>& master) {
  const std::optional<ReportSheet> report = chosen_report(master, std::nullopt);
  return core::share_sop_step(report ? report->period : core::Period::tw1);
}

}  // namespace

org::kinerja::OperationResult compute_recap(const Reference<css::sheet::XSpreadsheetDocument>& master,
                                            const std::string& master_name, const std::string& command) {
  const auto started = Clock::now();
  ResultBuilder result;
  const MasterData data = read_data(master, master_name, result);
  if (result.has_errors()) return result.finish(false, core::outcome::recap_not_computed(master_name));
  const auto& settings = data.master.settings;
  const std::vector<core::RecapRow> rows =
      core::build_recap(data.master.agreement, data.actuals, settings.info.year, settings.rules);
  const core::Grid grid = core::recap_grid(rows);
  const auto sheet = sheet_named(master, core::master_layout::recap);
  {
    BulkEdit edit(Reference<css::frame::XModel>(master, UNO_QUERY_THROW), "Hitung Rekap");
    edit.write(sheet, grid, 0, 0, used_row_count(sheet));
    record_sop_step(edit, master, 3, command, seconds_since(started));
    edit.commit();
  }
  auto_filter(master, sheet, grid.row_count(), grid.column_count());
  namespace column = core::master_layout::recap_column;
  range_properties(sheet, column::target, 1, column::achievement, grid.row_count() - 1)
      ->setPropertyValue("NumberFormat", Any(number_format(master, OUString::createFromAscii(figures_format))));
  fit_columns(sheet, 0, {column::code, column::unit, column::period, column::target, column::actual, column::achievement,
                      column::rating, column::status});
  return result.finish(true, core::outcome::recap_computed(data.master.agreement.indicators.size(), core::all_periods.size()));
}

org::kinerja::OperationResult flag_targets(const Reference<css::sheet::XSpreadsheetDocument>& master,
                                           const std::string& master_name, std::optional<core::Period> period) {
  ResultBuilder result;
  const MasterData data = read_data(master, master_name, result);
  if (result.has_errors()) return result.finish(false, core::outcome::targets_not_flagged(master_name));
  const auto& settings = data.master.settings;
  const core::Period asked = period.value_or(core::quarter_period(core::working_quarter(settings.info, today())));
  const core::Period evaluated = core::report_period(asked).evaluated;
  ensure_status_styles(master);

  const auto recap = sheet_named(master, core::master_layout::recap);
  const int recap_rows = std::max(2, used_row_count(recap));
  const auto quoted = [](core::Status status) { return "\"" + to_ou(core::label_of(status)) + "\""; };
  constexpr int status = core::master_layout::recap_column::status;
  set_condition(range_properties(recap, status, 1, status, recap_rows - 1),
                {{css::sheet::ConditionOperator_EQUAL, quoted(core::Status::achieved), style_achieved},
                 {css::sheet::ConditionOperator_EQUAL, quoted(core::Status::missed), style_missed},
                 {css::sheet::ConditionOperator_EQUAL, quoted(core::Status::not_reported), style_unreported},
                 {css::sheet::ConditionOperator_EQUAL, quoted(core::Status::not_computable), style_not_computed}});

  const std::vector<core::RecapRow> rows =
      core::recap_for(data.master.agreement, data.actuals, settings.info.year, settings.rules, evaluated);
  const std::vector<core::FollowUp> list = core::follow_ups(rows);
  const core::Grid grid = core::follow_up_grid(list, evaluated, settings.info.year);
  const auto sheet = sheet_or_new(master, core::master_layout::disposition);
  {
    BulkEdit edit(Reference<css::frame::XModel>(master, UNO_QUERY_THROW), "Tandai Target Tidak Tercapai");
    edit.write(sheet, grid, 0, 0, used_row_count(sheet));
    edit.commit();
  }
  range_properties(sheet, 0, 0, 0, 0)->setPropertyValue("CellStyle", Any(OUString::createFromAscii(style_title)));
  namespace column = core::master_layout::disposition_column;
  range_properties(sheet, 0, 1, column::count - 1, 1)
      ->setPropertyValue("CellStyle", Any(OUString::createFromAscii(style_header)));
  range_properties(sheet, column::achievement, 2, column::achievement, std::max(2, grid.row_count() - 1))
      ->setPropertyValue("NumberFormat", Any(number_format(master, OUString::createFromAscii(figures_format))));
  fit_columns(sheet, 1, {column::code, column::state, column::achievement});
  return result.finish(true, core::outcome::targets_flagged(evaluated, settings.info.year, core::count_follow_ups(list)));
}

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

void export_report_pdf(const Reference<css::sheet::XSpreadsheetDocument>& master, const OUString& pdf_url,
                       std::optional<core::Period> period, const std::string& command) {
  const auto started = Clock::now();
  const std::optional<ReportSheet> report = chosen_report(master, period);
  if (!report) throw css::uno::RuntimeException(to_ou(core::outcome::no_report(period).id));
  // The PDF is titled as the report (its title line), the master's own title kept.
  const Reference<css::document::XDocumentProperties> info =
      Reference<css::document::XDocumentPropertiesSupplier>(master, UNO_QUERY_THROW)->getDocumentProperties();
  struct KeepTitle {
    Reference<css::document::XDocumentProperties> info;
    OUString title;
    ~KeepTitle() {
      try {
        info->setTitle(title);
      } catch (...) {
      }
    }
  } keep{info, info->getTitle()};
  info->setTitle(Reference<css::text::XText>(report->sheet->getCellByPosition(0, 1), UNO_QUERY_THROW)->getString());
  // The annual report's PDF holds its chapter III too: the print areas of both sheets, in order.
  Any selection(report->sheet);
  if (const auto chapter = existing_chapter3_sheet(master); report->period == core::Period::year && chapter.is()) {
    Reference<css::sheet::XSheetCellRangeContainer> ranges(
        Reference<css::lang::XMultiServiceFactory>(master, UNO_QUERY_THROW)->createInstance("com.sun.star.sheet.SheetCellRanges"),
        UNO_QUERY_THROW);
    for (const auto& part : {report->sheet, chapter}) {
      ranges->addRangeAddresses(Reference<css::sheet::XPrintAreas>(part, UNO_QUERY_THROW)->getPrintAreas(), false);
    }
    selection <<= ranges;
  }
  try {
    Reference<css::frame::XStorable>(master, UNO_QUERY_THROW)
        ->storeToURL(pdf_url, properties({property("FilterName", Any(OUString("calc_pdf_Export"))),
                                          property("FilterData", Any(properties({property("Selection", selection)})))}));
  } catch (const css::uno::Exception& e) {
    throw css::uno::RuntimeException(to_ou(core::with_office_words(
        "PDF " + file_name_of(pdf_url) + " tidak dapat dibuat: periksa bahwa foldernya ada dan boleh ditulisi.",
        to_utf8(e.Message))));
  }
  record_sop_step(master, core::share_sop_step(report->period), command, seconds_since(started));
}

std::vector<std::string> store_share_copy(const Reference<css::uno::XComponentContext>& context,
                                          const Reference<css::sheet::XSpreadsheetDocument>& master,
                                          const OUString& url, bool everything, const std::string& command) {
  const auto started = Clock::now();
  record_sop_step(master, sop_step_of_share(master), command, seconds_since(started));
  // The copy is made from the master as it is now; the master itself keeps its formulas.
  // A private temporary with an unpredictable name next to the copy (never a planted one).
  const std::filesystem::path temporary_path =
      make_private_file(std::filesystem::path(system_path(url)).parent_path(), "salinan", ".ods");
  const OUString temporary = file_url_of(temporary_path.string());
  struct Remove {
    OUString url;
    ~Remove() { osl::File::remove(url); }
  } remove_temporary{temporary};
  store_document(Reference<css::lang::XComponent>(master, UNO_QUERY_THROW), temporary, FileFormat::ods);
  OwnedDocument copy(load_document(context, temporary, LoadMode::editable));
  Reference<css::sheet::XSpreadsheetDocument> document(copy.get(), UNO_QUERY_THROW);
  if (!everything) leave_out_working_sheets(document);
  Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
    Reference<css::sheet::XCellRangesQuery> query(sheets->getByIndex(i), UNO_QUERY_THROW);
    // Error results (#NAME?, Err:502, #N/A) become empty cells; every other formula its value.
    Reference<css::sheet::XSheetOperation>(query->queryFormulaCells(css::sheet::FormulaResult::ERROR), UNO_QUERY_THROW)
        ->clearContents(css::sheet::CellFlags::FORMULA);
    Reference<css::container::XIndexAccess> formulas(query->queryContentCells(css::sheet::CellFlags::FORMULA),
                                                     UNO_QUERY_THROW);
    for (sal_Int32 r = 0; r < formulas->getCount(); ++r) {
      Reference<css::sheet::XCellRangeData> range(formulas->getByIndex(r), UNO_QUERY_THROW);
      range->setDataArray(range->getDataArray());
    }
  }
  const bool excel = url.endsWithIgnoreAsciiCase(".xlsx");
  store_document(copy.get(), url, excel ? FileFormat::xlsx : FileFormat::ods);
  return sheet_names(document);
}

}  // namespace kinerja::uno
