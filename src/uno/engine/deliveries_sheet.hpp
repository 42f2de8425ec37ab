// Status Kiriman refilled from what the master knows today: the Realisasi records, the email
// receipts of the Kiriman log, the sent dates the sheet itself keeps (its Dikirim column), and
// what the running command adds (a pull's log rows not yet written, forms sent just now, its
// monthly records; without them, the Bulanan sheet's).
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <vector>

#include "core/actuals.hpp"
#include "core/agreement.hpp"
#include "core/deliveries.hpp"
#include "core/grid.hpp"
#include "core/master_settings.hpp"

namespace kinerja::uno {

struct DeliveriesRefill {
  css::uno::Reference<css::sheet::XSpreadsheet> sheet;  // made when the master has none yet
  core::Grid grid;
  int rows_to_clear = 0;  // the rows the sheet had, so that a shorter grid leaves no stale row
};

DeliveriesRefill deliveries_refill(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                   const core::Agreement& agreement, const std::vector<core::ActualRecord>& actuals,
                                   const core::MasterInfo& info,
                                   const std::vector<std::vector<core::Cell>>& pending_log_rows = {},
                                   const std::vector<core::SentForm>& sent_now = {},
                                   const std::vector<core::ActualRecord>* monthly = nullptr);

// After the edit that wrote it: the header styled, the short columns fitted.
void style_deliveries(const DeliveriesRefill& refill);

}  // namespace kinerja::uno
