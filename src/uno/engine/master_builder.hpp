// The master workbook (buku induk): reading the agreement from CSV, filling a master made
// from the template, and reading a master's settings and agreement back.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/agreement.hpp"
#include "core/master_settings.hpp"

namespace kinerja::uno {

// The agreement in a CSV file, through LibreOffice's CSV import, checked by core. Problems
// carry the file name.
core::AgreementReading read_agreement_csv(const css::uno::Reference<css::uno::XComponentContext>& context,
                                          const rtl::OUString& url);

// Writes the settings (Pengaturan) and, when given, the agreement (PK) into a master.
void fill_master(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                 const core::MasterSettings& settings, const core::Agreement* agreement);

// A master's settings and agreement, as its Pengaturan and PK sheets say.
struct MasterReading {
  core::MasterSettings settings;
  core::Agreement agreement;
  std::vector<core::Problem> problems;
};
MasterReading read_master(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                          const std::string& file_name);

}  // namespace kinerja::uno
