// A report sheet exported as PDF (SOP step 5, or 8).
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <rtl/ustring.hxx>

#include <optional>
#include <string>

#include "core/period.hpp"

namespace kinerja::uno {

// A report sheet as PDF (SOP step 5, or 8 for a semester report): the period's, else the
// report in view or last made (chosen_report); an error when there is none.
void export_report_pdf(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                       const rtl::OUString& pdf_url, std::optional<core::Period> period, const std::string& command);

}  // namespace kinerja::uno
