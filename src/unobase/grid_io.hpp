// Moving tables between sheets and core::Grid in bulk: one getDataArray / setDataArray per
// table, never a UNO call per cell.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>
#include <vector>

#include "core/grid.hpp"
#include "core/submission.hpp"

namespace kinerja::unobase {

// The sheet's used area from A1, as a grid named after the sheet (or `grid_name`).
core::Grid read_sheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const std::string& grid_name);

// Every sheet of someone else's workbook, in order: each grid named after its sheet, numbers
// in percent- or date-formatted cells marked so, whether the sheet is hidden, and no more than
// max_rows x max_columns from A1 of it (a sheet may claim a million rows: the rest is never
// read, and `cut` says so).
std::vector<core::SubmittedSheet> read_submitted_sheets(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, int max_rows, int max_columns);

// The number of rows from row 1 to the last used one (0 for an empty sheet), without reading
// the cells.
int used_row_count(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// Writes rows below the used area (after the last non-empty row).
void append_rows(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const core::Grid& rows);

// Writes the grid with its top-left cell at (row, column); numbers as numbers, text as text
// (a text "=1+1" stays text), empty cells cleared.
void write_grid(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const core::Grid& grid,
                int row = 0, int column = 0);

// The sheet with this name; throws RuntimeException naming it when the workbook lacks it.
css::uno::Reference<css::sheet::XSpreadsheet> sheet_named(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, std::string_view name);

// The names of a workbook's sheets, in its order.
std::vector<std::string> sheet_names(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Empties a sheet below its header row (rows 2..), contents only.
void clear_below_header(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

}  // namespace kinerja::unobase
