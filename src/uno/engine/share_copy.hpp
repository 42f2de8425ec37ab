// A copy of the master to share, that opens without the extension.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace kinerja::uno {

// A copy to share that opens without the extension: every formula replaced by its value,
// error cells emptied; stored as .xlsx or .ods by the URL's extension. Unless `everything`,
// it holds only the sheets core::master_layout::shared_by_default names, without the
// signatory's NIP. The master itself is not changed but for its SOP trail (step 5).
// Returns the names of the copy's sheets.
std::vector<std::string> store_share_copy(const css::uno::Reference<css::uno::XComponentContext>& context,
                                          const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                          const rtl::OUString& url, bool everything, const std::string& command);

}  // namespace kinerja::uno
