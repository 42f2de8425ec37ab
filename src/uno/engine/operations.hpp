// The engine's operations, one code path for the Engine service (CLI) and the menu commands.
#pragma once

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/kinerja/OperationResult.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/file_format.hpp"
#include "core/form.hpp"

namespace kinerja::uno {

struct NewMaster {
  std::optional<rtl::OUString> agreement_csv_url;  // none: start from an empty PK sheet
  int year = 0;
  rtl::OUString agency;            // empty: core::default_agency
  rtl::OUString signatory_name;    // the reports' signatory; empty: filled in Pengaturan later
  rtl::OUString signatory_nip;
  rtl::OUString signatory_title;   // empty: the default title
};

// Makes a new master from the template, filled from the agreement when given. On errors in
// the agreement nothing is made (*document stays empty). The caller owns *document.
org::kinerja::OperationResult new_master(const css::uno::Reference<css::uno::XComponentContext>& context,
                                         const NewMaster& request, bool hidden,
                                         css::uno::Reference<css::lang::XComponent>* document);

// new_master, stored as .ods at output_url (hidden, closed again).
org::kinerja::OperationResult create_master_file(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                 const NewMaster& request, const rtl::OUString& output_url);

// Asked before forms are written over files already in the folder (their names): true to
// overwrite them, false to make nothing.
using OverwriteQuestion = std::function<bool(const std::vector<std::string>& existing)>;

// One form per bidang, from an open master, for a quarter (0: the master's working quarter),
// stored in the folder output_dir_url in each format; SOP step 1 recorded in the master.
org::kinerja::OperationResult make_forms(const css::uno::Reference<css::uno::XComponentContext>& context,
                                         const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                         const std::string& master_name, core::FormPeriod period,
                                         const rtl::OUString& output_dir_url,
                                         const std::vector<core::FileFormat>& formats, const std::string& command,
                                         const OverwriteQuestion& may_overwrite);


}  // namespace kinerja::uno
