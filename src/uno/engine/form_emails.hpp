// The messages that send each bidang its form (docs/rules.md "Sending the forms"), to the
// bidang's contact in Pengaturan, the form (.xlsx when made, else .ods) attached.

// One .eml per form into `eml_dir_url`; an existing message is kept unless `overwrite`.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/kinerja/OperationResult.hpp>

#include <string>

#include "core/form.hpp"

namespace kinerja::uno {

org::kinerja::OperationResult write_form_emails(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                                const std::string& master_name, core::FormPeriod period,
                                                const rtl::OUString& forms_dir_url, const rtl::OUString& eml_dir_url,
                                                bool overwrite);

// Kirim Formulir lewat Surel: for each bidang, a message opened in the user's mail program
// (the office's system mail service) with its form from `forms_dir_url` attached, the subject
// and body of the .eml above; a folder with none of the quarter's forms gets them made first.
// Status Kiriman notes the day each went out (Dikirim).
org::kinerja::OperationResult open_form_emails(const css::uno::Reference<css::uno::XComponentContext>& context,
                                               const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                               const std::string& master_name, core::FormPeriod period,
                                               const rtl::OUString& forms_dir_url);

}  // namespace kinerja::uno
