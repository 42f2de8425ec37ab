// The master workbook (buku induk): reading the agreement from CSV, filling a master made
// from the template, and reading a master's settings and agreement back.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/actuals.hpp"
#include "core/agreement.hpp"
#include "core/master_settings.hpp"

namespace kinerja::uno {

// The agreement in a CSV file, through LibreOffice's CSV import, checked by core. Problems
// carry the file name.
core::AgreementReading read_agreement_csv(const css::uno::Reference<css::uno::XComponentContext>& context,
                                          const rtl::OUString& url);

// The year a new master from this agreement is suggested for (core::suggested_master_year:
// its file name, else its texts, else this_year). A file that cannot be read suggests
// this_year: reading it for the master will say what is wrong.
int suggest_master_year(const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url,
                        int this_year);

// Writes the settings (Pengaturan) and, when given, the agreement (PK) into a master.
void fill_master(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                 const core::MasterSettings& settings, const core::Agreement* agreement);

// A master's settings and agreement, as its Pengaturan and PK sheets say.
struct MasterReading {
  core::MasterSettings settings;
  core::Agreement agreement;
  std::vector<core::Problem> problems;
  std::string agency_cell, year_cell;  // where Pengaturan holds them ("Pengaturan!B2")
};
MasterReading read_master(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                          const std::string& file_name);

// What every step after the pull needs: the master's settings, agreement and pulled actuals,
// with the problems of Realisasi (the file named).
struct MasterData {
  MasterReading master;
  std::vector<core::ActualRecord> actuals;
  std::vector<core::Problem> problems;
};
MasterData read_master_data(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                            const std::string& file_name);

}  // namespace kinerja::uno
