// The annual report's chapter III sheet ("Laporan Tahunan Bab III", core/lkjip.hpp) beside the
// annual report: placed right after it, shaped for print like it (its page style), each table
// with its borders and number formats.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <map>
#include <string>
#include <vector>

#include "core/history.hpp"
#include "core/lkjip.hpp"

namespace kinerja::uno {

// The chapter sheet, made after `report` (the annual report's sheet) when missing.
css::uno::Reference<css::sheet::XSpreadsheet> chapter3_sheet_for(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
    const css::uno::Reference<css::sheet::XSpreadsheet>& report);

// The sheet when the master has one, else nullptr.
css::uno::Reference<css::sheet::XSpreadsheet> existing_chapter3_sheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master);

// What the chapter is built from besides the year's data: Riwayat (with its problems, the
// master's file named) and the analyses the author wrote on the sheet as it is.
struct Chapter3Inputs {
  std::vector<core::HistoryRecord> history;
  std::map<std::string, std::string> analyses;
  std::vector<core::Problem> problems;
};
Chapter3Inputs chapter3_inputs(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                               const std::string& master_name, int year);

// Styles, borders, number formats, widths, page style and print area, after the grid is written.
void shape_chapter3(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                    const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                    const css::uno::Reference<css::sheet::XSpreadsheet>& report, const core::Chapter3& chapter);

}  // namespace kinerja::uno
