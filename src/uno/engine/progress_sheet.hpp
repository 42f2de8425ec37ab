// The Progres Bulanan sheet, refilled by a pull that brings months: the latest month of the
// master's year against the action plan and the Anggaran Kas sheet when the master has one.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <vector>

#include "core/actuals.hpp"
#include "core/agreement.hpp"
#include "core/grid.hpp"
#include "core/master_settings.hpp"
#include "core/problem.hpp"
#include "core/progress.hpp"

namespace kinerja::uno {

struct ProgressRefill {
  css::uno::Reference<css::sheet::XSpreadsheet> sheet;  // empty: no month of the year yet
  core::Grid grid;
  std::vector<core::ProgressRow> rows;
  int rows_to_clear = 0;
  std::vector<core::Problem> problems;  // of the Anggaran Kas sheet
};

ProgressRefill progress_refill(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                               const std::string& master_name, const core::Agreement& agreement,
                               const std::vector<core::ActualRecord>& quarterly,
                               const std::vector<core::ActualRecord>& monthly, const core::MasterSettings& settings);

// After the edit that wrote it: title and header styled, figures and rupiah formatted, the
// Keadaan of each row in the colours of the recap (behind: missed, no data: unreported).
void style_progress(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master, const ProgressRefill& refill);

}  // namespace kinerja::uno
