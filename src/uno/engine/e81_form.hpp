// The E.81 form as its own workbook, to print and to send (core/e81.hpp): values only, so it
// opens in any office without the extension; the master is not changed.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/kinerja/OperationResult.hpp>

#include <string>

namespace kinerja::uno {

// `quarter` 0: the master's working quarter. The output is .xlsx or .ods by its extension.
org::kinerja::OperationResult make_e81(const css::uno::Reference<css::uno::XComponentContext>& context,
                                       const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                       const std::string& master_name, int quarter, const rtl::OUString& output_url);

}  // namespace kinerja::uno
