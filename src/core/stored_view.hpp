// Where a stored workbook opens: its sheet in view and the cell under the cursor, written into
// the file's own view settings. Calc stores a document's view only from a visible window, so
// a form made hidden (the menu, the CLI) would open on A1; these rewrite the view settings of
// the file Calc wrote, for the sheet the form is filled in on.
#pragma once

#include <string>
#include <string_view>

namespace kinerja::core {

// An .xlsx worksheet part (xl/worksheets/sheetN.xml) as Calc writes it, with its selection
// (the active cell) at `cell`. Unchanged when it has no <selection> element.
std::string xlsx_sheet_with_active_cell(std::string sheet_xml, std::string_view cell);

// An .ods settings.xml as Calc writes it, with a view that shows `sheet` with the cursor at
// (row, column): any view it had is replaced. Unchanged when it has no view settings block.
std::string ods_settings_with_cursor(std::string settings_xml, std::string_view sheet, int row, int column);

}  // namespace kinerja::core
