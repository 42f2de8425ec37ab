// Earlier years into the master's Riwayat sheet: each earlier master loaded read-only and
// read by core (history.hpp), its indicators matched to this year's by code; one bad file
// never sinks the others, and nothing changes when no file gives history. One undo step.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/kinerja/OperationResult.hpp>

#include <string>
#include <vector>

namespace kinerja::uno {

org::kinerja::OperationResult take_history(const css::uno::Reference<css::uno::XComponentContext>& context,
                                           const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                           const std::string& master_name, const rtl::OUString& master_url,
                                           const std::vector<rtl::OUString>& inputs);

}  // namespace kinerja::uno
