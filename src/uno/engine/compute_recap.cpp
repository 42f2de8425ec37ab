#include "uno/engine/compute_recap.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XDatabaseRanges.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

#include "core/grid.hpp"
#include "core/master_layout.hpp"
#include "core/outcome_messages.hpp"
#include "core/recap.hpp"
#include "uno/engine/master_builder.hpp"
#include "uno/engine/master_operation.hpp"
#include "uno/engine/operation_result.hpp"
#include "uno/engine/sop_trail.hpp"
#include "uno/sheets/bulk_edit.hpp"
#include "uno/sheets/sheet_layout.hpp"
#include "unobase/file_replacement.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/properties.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

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

}  // namespace kinerja::uno
