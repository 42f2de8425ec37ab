// A period's report sheet in the SOP's layout, with its chart (SOP steps 4, 7, 9).
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <org/kinerja/OperationResult.hpp>

#include <string>

#include "core/period.hpp"

namespace kinerja::uno {

// The report of a period on its own sheet (report_sheets.hpp), in the SOP's format, with its
// chart (SOP step 4, 7 or 9); refilled in place.
org::kinerja::OperationResult fill_report(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                          const std::string& master_name, core::Period period,
                                          const std::string& command);

}  // namespace kinerja::uno
