#include "uno/engine/operations.hpp"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>

#include <chrono>
#include <filesystem>

#include "core/outcome_messages.hpp"
#include "core/file_format.hpp"
#include "core/form.hpp"
#include "core/mail_fields.hpp"
#include "core/period.hpp"
#include "uno/clock.hpp"
#include "uno/engine/extension_files.hpp"
#include "uno/engine/form_builder.hpp"
#include "uno/engine/master_builder.hpp"
#include "uno/engine/operation_result.hpp"
#include "uno/engine/sop_trail.hpp"
#include "unobase/document.hpp"
#include "unobase/stored_view_file.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

org::kinerja::OperationResult new_master(const Reference<css::uno::XComponentContext>& context,
                                         const NewMaster& request, bool hidden,
                                         Reference<css::lang::XComponent>* document) {
  ResultBuilder result;
  if (!core::valid_year(request.year)) {
    result.add({core::Severity::error, core::outcome::master_invalid_year(request.year).id, {}, {}});
    return result.finish(false, core::outcome::master_not_made());
  }
  std::optional<core::AgreementReading> agreement;
  if (request.agreement_csv_url) {
    agreement = read_agreement_csv(context, *request.agreement_csv_url);
    result.add(agreement->problems);
    if (result.has_errors()) {
      return result.finish(false, core::outcome::master_not_made(result.error_count(),
                                                                  file_name_of(*request.agreement_csv_url)));
    }
  }
  core::MasterSettings settings;
  if (!request.agency.trim().isEmpty()) settings.info.agency = to_utf8(request.agency.trim());
  if (auto problem = core::header_text_problem("Nama instansi", settings.info.agency, {})) {  // it reaches email headers
    result.add(*problem);
    return result.finish(false, core::outcome::master_not_made());
  }
  settings.info.signatory_name = to_utf8(request.signatory_name.trim());
  settings.info.signatory_nip = to_utf8(request.signatory_nip.trim());
  if (!request.signatory_title.trim().isEmpty()) settings.info.signatory_title = to_utf8(request.signatory_title.trim());
  settings.info.year = request.year;
  OwnedDocument master(load_document(context, template_url(context, "buku-induk.ots"), LoadMode::as_template, hidden));
  fill_master(Reference<css::sheet::XSpreadsheetDocument>(master.get(), UNO_QUERY_THROW), settings,
              agreement ? &agreement->agreement : nullptr);
  // A new workbook starts with nothing to undo: Edit > Undo must not empty its PK.
  if (Reference<css::document::XUndoManagerSupplier> undo{master.get(), css::uno::UNO_QUERY}; undo.is()) {
    undo->getUndoManager()->clear();
  }
  *document = master.release();
  if (!agreement) {
    return result.finish(true, core::outcome::master_made_empty(request.year));
  }
  return result.finish(true, core::outcome::master_made(agreement->agreement.indicators.size(),
                                                        agreement->agreement.divisions().size(), request.year));
}

org::kinerja::OperationResult create_master_file(const Reference<css::uno::XComponentContext>& context,
                                                 const NewMaster& request, const OUString& output_url) {
  Reference<css::lang::XComponent> document;
  org::kinerja::OperationResult result = new_master(context, request, true, &document);
  if (!document.is()) return result;
  OwnedDocument master(document);
  store_document(master.get(), output_url, FileFormat::ods);
  const OUString path = to_ou(system_path(output_url));
  result.Files = css::uno::Sequence<OUString>(&path, 1);
  return result;
}

org::kinerja::OperationResult make_forms(const Reference<css::uno::XComponentContext>& context,
                                         const Reference<css::sheet::XSpreadsheetDocument>& master,
                                         const std::string& master_name, core::FormPeriod period,
                                         const OUString& output_dir_url, const std::vector<core::FileFormat>& formats,
                                         const std::string& command, const OverwriteQuestion& may_overwrite) {
  const auto started = std::chrono::steady_clock::now();
  ResultBuilder result;
  const MasterReading reading = read_master(master, master_name);
  result.add(reading.problems);
  if (result.has_errors()) {
    return result.finish(false, core::outcome::forms_not_made(result.error_count(), master_name));
  }
  if (period.month != 0) {
    if (!core::is_month(period.month)) return result.finish(false, core::outcome::forms_no_such_month(period.month));
  } else {
    if (period.quarter == core::working_quarter_request) period.quarter = core::working_quarter(reading.settings.info, today());
    if (!core::is_quarter(period.quarter)) return result.finish(false, core::outcome::forms_no_such_quarter(period.quarter));
  }
  const std::vector<core::Form> forms = core::make_forms(reading.agreement, reading.settings.info, period);
  const OUString directory = output_dir_url.endsWith("/") ? output_dir_url : output_dir_url + "/";
  // Form file names are ASCII letters, digits, '-' and '.': nothing to encode.
  const auto url_of = [&](const core::Form& form, FileFormat format) {
    return directory + to_ou(core::form_file_name(form, core::extension_of(format)));
  };
  std::vector<std::string> existing;
  for (const core::Form& form : forms) {
    for (FileFormat format : formats) {
      std::error_code error;
      if (std::filesystem::exists(system_path(url_of(form, format)), error)) {
        existing.push_back(file_name_of(url_of(form, format)));
      }
    }
  }
  if (!existing.empty() && !may_overwrite(existing)) return result.finish(false, core::outcome::forms_exist(existing));
  for (const core::Form& form : forms) {
    OwnedDocument document(load_document(context, template_url(context, "formulir-bidang.ots"), LoadMode::as_template));
    fill_form(Reference<css::sheet::XSpreadsheetDocument>(document.get(), UNO_QUERY_THROW), form);
    for (FileFormat format : formats) {
      store_document(document.get(), url_of(form, format), format);
      // The form opens on its table, the cursor on the first Realisasi to fill in.
      open_file_at(context, url_of(form, format), format, 0, std::string(core::form_layout::form_sheet),
                   core::form_layout::first_data_row, core::form_layout::realisasi_column);
      result.add_file(system_path(url_of(form, format)));
    }
  }
  record_sop_step(master, 1, command, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  std::string folder = system_path(directory);
  if (folder.size() > 1 && folder.back() == '/') folder.pop_back();
  std::vector<std::string> extensions;
  for (FileFormat format : formats) extensions.emplace_back(core::extension_of(format));
  return result.finish(true, core::outcome::forms_made(forms.size(), core::outcome::period_named(period, reading.settings.info.year),
                                                       extensions, folder));
}

}  // namespace kinerja::uno
