// SOP steps 3-9 on an open master: the recap (Rekap) and its flags, the report sheets
// (Laporan TW II, ...) of the periods with its PDF, and a copy to share. One code path for the Engine
// service (CLI) and the menu commands.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/kinerja/OperationResult.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/period.hpp"

namespace kinerja::uno {

// Rekap: every indicator x period from Realisasi with the master's settings (SOP step 3).
org::kinerja::OperationResult compute_recap(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                            const std::string& master_name, const std::string& command);

// Status colours on Rekap (conditional formats; Laporan colours its own achievements when
// filled) and the follow-up list of the period for the Kabid (sheet Disposisi); period
// empty: the working quarter.
org::kinerja::OperationResult flag_targets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                           const std::string& master_name, std::optional<core::Period> period);

// The report of a period on its own sheet (report_sheets.hpp), in the SOP's format, with its
// chart (SOP step 4, 7 or 9); refilled in place.
org::kinerja::OperationResult fill_report(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                          const std::string& master_name, core::Period period,
                                          const std::string& command);

// A report sheet as PDF (SOP step 5, or 8 for a semester report): the period's, else the
// report in view or last made (chosen_report); an error when there is none.
void export_report_pdf(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                       const rtl::OUString& pdf_url, std::optional<core::Period> period, const std::string& command);

// A copy to share that opens without the extension: every formula replaced by its value,
// error cells emptied; stored as .xlsx or .ods by the URL's extension. Unless `everything`,
// it holds only the sheets core::master_layout::shared_by_default names, without the
// signatory's NIP. The master itself is not changed but for its SOP trail (step 5).
// Returns the names of the copy's sheets.
std::vector<std::string> store_share_copy(const css::uno::Reference<css::uno::XComponentContext>& context,
                                          const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                          const rtl::OUString& url, bool everything, const std::string& command);

}  // namespace kinerja::uno
