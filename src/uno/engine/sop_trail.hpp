// Recording an SOP step in the master's Jejak SOP sheet.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>

namespace kinerja::uno {

class BulkEdit;

// Writes the step's row: done now, by this user, with this command, taking `seconds`; as part
// of an edit when one is given.
void record_sop_step(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master, int step,
                     const std::string& command, double seconds);
void record_sop_step(BulkEdit& edit, const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master, int step,
                     const std::string& command, double seconds);

}  // namespace kinerja::uno
