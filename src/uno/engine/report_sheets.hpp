// Where the reports live in a master: one sheet per report (core::report_sheet_name), so a
// semester report never replaces the quarter's. Finding, making and choosing them.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <optional>

#include "core/period.hpp"

namespace kinerja::uno {

// The sheet of the period's report, made when there is none: the master's own "Laporan"
// sheet is used when it holds no report (a new master's placeholder) and renamed by its
// period when it holds one (an older master's); a new sheet goes after the last report
// sheet, else after Rekap.
css::uno::Reference<css::sheet::XSpreadsheet> report_sheet_for(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master, core::Period period);

// A report sheet and its period.
struct ReportSheet {
  css::uno::Reference<css::sheet::XSpreadsheet> sheet;
  core::Period period;
};

// The report to export or share: the one of `period` when given; else the report sheet in
// view, else the last report sheet of the master. nullopt when there is none.
std::optional<ReportSheet> chosen_report(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                         std::optional<core::Period> period);


}  // namespace kinerja::uno
