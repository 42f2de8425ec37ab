// The messages that send each bidang its form (issue 15): one .eml per form, to the bidang's
// contact in Pengaturan, the form (.xlsx when made, else .ods) attached; an existing message is
// kept unless `overwrite`.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <org/kinerja/OperationResult.hpp>

#include <string>

namespace kinerja::uno {

org::kinerja::OperationResult write_form_emails(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                                const std::string& master_name, int quarter,
                                                const rtl::OUString& forms_dir_url, const rtl::OUString& eml_dir_url,
                                                bool overwrite);

}  // namespace kinerja::uno
