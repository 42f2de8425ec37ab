// Rekap: the recap of every indicator and period (SOP step 3).
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <org/kinerja/OperationResult.hpp>

#include <string>

namespace kinerja::uno {

// Rekap: every indicator x period from Realisasi with the master's settings (SOP step 3).
org::kinerja::OperationResult compute_recap(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                            const std::string& master_name, const std::string& command);

}  // namespace kinerja::uno
