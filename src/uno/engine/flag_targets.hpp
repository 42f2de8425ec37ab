// The flags of missed targets on Rekap and the Disposisi list (SOP step 6).
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <org/kinerja/OperationResult.hpp>

#include <optional>
#include <string>

#include "core/period.hpp"

namespace kinerja::uno {

// Status colours on Rekap (conditional formats; Laporan colours its own achievements when
// filled) and the follow-up list of the period for the Kabid (sheet Disposisi); period
// empty: the working quarter.
org::kinerja::OperationResult flag_targets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                           const std::string& master_name, std::optional<core::Period> period);

}  // namespace kinerja::uno
