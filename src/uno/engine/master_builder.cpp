#include "uno/engine/master_builder.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>

#include "core/actuals.hpp"
#include "core/master_layout.hpp"
#include "core/sop.hpp"
#include "core/suggested_names.hpp"
#include "unobase/document.hpp"
#include "unobase/grid_io.hpp"

namespace kinerja::uno {

using namespace unobase;

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

void tag(std::vector<core::Problem>& problems, const std::string& file) {
  for (core::Problem& problem : problems) problem.file = file;
}

}  // namespace

namespace {

core::Grid csv_grid(const Reference<css::uno::XComponentContext>& context, const rtl::OUString& url) {
  OwnedDocument csv(import_csv(context, url));
  Reference<css::sheet::XSpreadsheetDocument> document(csv.get(), UNO_QUERY_THROW);
  Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
  Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(0), UNO_QUERY_THROW);
  // No sheet name in the addresses: in a CSV file "F4" is column F of line 4.
  return read_sheet(sheet, "");
}

}  // namespace

int suggest_master_year(const Reference<css::uno::XComponentContext>& context, const rtl::OUString& url,
                        int this_year) {
  const std::string file = file_name_of(url);
  try {
    return core::suggested_master_year(file, csv_grid(context, url), this_year);
  } catch (const css::uno::Exception&) {
    return core::suggested_master_year(file, core::Grid("", {}), this_year);
  }
}

core::AgreementReading read_agreement_csv(const Reference<css::uno::XComponentContext>& context,
                                          const rtl::OUString& url) {
  const std::string file = file_name_of(url);
  core::AgreementReading reading = core::read_agreement(csv_grid(context, url));
  tag(reading.problems, file);
  return reading;
}

void fill_master(const Reference<css::sheet::XSpreadsheetDocument>& master,
                 const core::MasterSettings& settings, const core::Agreement* agreement) {
  // A contact row for every bidang, its name and address to fill in.
  core::MasterSettings with_contacts = settings;
  if (agreement != nullptr && with_contacts.contacts.empty()) {
    for (const std::string& division : agreement->divisions()) with_contacts.contacts.push_back({division, {}, {}});
  }
  write_grid(sheet_named(master, core::master_layout::settings), core::settings_grid(with_contacts));
  write_grid(sheet_named(master, core::master_layout::sop_trail), core::sop_trail_grid({}));
  if (agreement != nullptr) {
    const Reference<css::sheet::XSpreadsheet> pk = sheet_named(master, core::master_layout::agreement);
    clear_below_header(pk);
    write_grid(pk, core::agreement_grid(*agreement));
  }
}

MasterReading read_master(const Reference<css::sheet::XSpreadsheetDocument>& master, const std::string& file_name) {
  MasterReading reading;
  core::SettingsReading settings =
      core::read_settings(read_sheet(sheet_named(master, core::master_layout::settings),
                                     std::string(core::master_layout::settings)));
  core::AgreementReading agreement = core::read_agreement(
      read_sheet(sheet_named(master, core::master_layout::agreement), std::string(core::master_layout::agreement)));
  reading.settings = std::move(settings.settings);
  reading.agency_cell = std::move(settings.agency_cell);
  reading.year_cell = std::move(settings.year_cell);
  reading.agreement = std::move(agreement.agreement);
  reading.problems = std::move(settings.problems);
  reading.problems.insert(reading.problems.end(), agreement.problems.begin(), agreement.problems.end());
  if (reading.settings.info.year == 0 && !core::has_errors(reading.problems)) {
    reading.problems.push_back({core::Severity::error, "Tahun di lembar Pengaturan belum diisi.",
                                std::string(core::master_layout::settings), {}});
  }
  tag(reading.problems, file_name);
  return reading;
}

MasterData read_master_data(const Reference<css::sheet::XSpreadsheetDocument>& master, const std::string& file_name) {
  MasterData data{read_master(master, file_name), {}, {}};
  data.actuals = core::read_actuals(
      read_sheet(sheet_named(master, core::master_layout::actuals), std::string(core::master_layout::actuals)), data.problems);
  tag(data.problems, file_name);
  return data;
}

}  // namespace kinerja::uno
