#include "uno/engine/deliveries_sheet.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>

#include <algorithm>

#include "core/master_layout.hpp"
#include "core/monthly.hpp"
#include "uno/clock.hpp"
#include "uno/sheets/sheet_layout.hpp"
#include "uno/sheets/styles.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;
using css::uno::Any;
using css::uno::Reference;
using rtl::OUString;

DeliveriesRefill deliveries_refill(const Reference<css::sheet::XSpreadsheetDocument>& master,
                                   const core::Agreement& agreement, const std::vector<core::ActualRecord>& actuals,
                                   const core::MasterInfo& info,
                                   const std::vector<std::vector<core::Cell>>& pending_log_rows,
                                   const std::vector<core::SentForm>& sent_now,
                                   const std::vector<core::ActualRecord>* monthly) {
  namespace layout = core::master_layout;
  const Reference<css::sheet::XSpreadsheet> log_sheet = sheet_named(master, layout::submissions);
  std::vector<core::EmailReceipt> receipts = core::email_receipts(read_sheet(log_sheet, std::string(layout::submissions)));
  std::vector<std::vector<core::Cell>> pending = {layout::header_cells(layout::submissions)};
  pending.insert(pending.end(), pending_log_rows.begin(), pending_log_rows.end());
  for (core::EmailReceipt& receipt : core::email_receipts(core::Grid("", std::move(pending)))) {
    receipts.push_back(std::move(receipt));
  }

  DeliveriesRefill refill;
  refill.sheet = sheet_or_new(master, layout::deliveries);
  std::vector<core::SentForm> sent = core::sent_forms(read_sheet(refill.sheet, std::string(layout::deliveries)));
  sent.insert(sent.end(), sent_now.begin(), sent_now.end());
  std::vector<core::ActualRecord> months;
  if (monthly == nullptr && master->getSheets()->hasByName(to_ou(layout::monthly))) {
    const core::Grid grid = read_sheet(sheet_named(master, layout::monthly), std::string(layout::monthly));
    std::vector<core::Problem> ignored;  // the pull names them; here only the months matter
    if (!grid.row_is_empty(0)) months = core::read_monthly(grid, ignored);
  }
  refill.grid = core::delivery_grid(
      core::delivery_statuses(agreement, actuals, info, today(), receipts, sent, monthly ? *monthly : months), info,
      today());
  refill.rows_to_clear = std::max(used_row_count(refill.sheet), refill.grid.row_count());
  return refill;
}

void style_deliveries(const DeliveriesRefill& refill) {
  range_properties(refill.sheet, 0, 0, refill.grid.column_count() - 1, 0)
      ->setPropertyValue("CellStyle", Any(OUString::createFromAscii(style_header)));
  // The Belum Mengirim list below the table: its title and header.
  for (int row = 1; row + 1 < refill.grid.row_count(); ++row) {
    if (!refill.grid.row_is_empty(row)) continue;
    range_properties(refill.sheet, 0, row + 1, 0, row + 1)
        ->setPropertyValue("CellStyle", Any(OUString::createFromAscii(style_title)));
    range_properties(refill.sheet, 0, row + 2, refill.grid.column_count() - 1, row + 2)
        ->setPropertyValue("CellStyle", Any(OUString::createFromAscii(style_header)));
    break;
  }
  fit_columns(refill.sheet, 0, {0, 1, 2, 3, 4, 5});
}

}  // namespace kinerja::uno
