#include "uno/engine/engine.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/text/XText.hpp>
#include <cppuhelper/supportsservice.hxx>
#include <osl/file.hxx>

#include "core/form.hpp"
#include "core/period.hpp"
#include "core/version.hpp"
#include "uno/document.hpp"
#include "uno/engine/extension_files.hpp"
#include "uno/engine/form_builder.hpp"
#include "uno/engine/master_builder.hpp"
#include "uno/engine/operation_result.hpp"
#include "uno/guard.hpp"
#include "uno/strings.hpp"

namespace kinerja::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

// The kind of value a cell holds after recalculation: "number", "text", "error", "empty".
const char* kind_of(const Reference<css::table::XCell>& cell) {
  if (cell->getError() != 0) return "error";
  switch (cell->getType()) {
    case css::table::CellContentType_EMPTY: return "empty";
    case css::table::CellContentType_VALUE: return "number";
    case css::table::CellContentType_TEXT: return "text";
    default: break;
  }
  Reference<css::beans::XPropertySet> properties(cell, UNO_QUERY_THROW);
  sal_Int32 result_type = 0;
  properties->getPropertyValue("FormulaResultType2") >>= result_type;
  return result_type == css::sheet::FormulaResult::STRING ? "text" : "number";
}

// The local path of a file URL, for messages.
std::string system_path(const OUString& url) {
  OUString path;
  if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None) return to_utf8(url);
  return to_utf8(path);
}

}  // namespace

Engine::Engine(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

css::uno::Sequence<OUString> Engine::service_names() { return ascii_names({service_name}); }

OUString Engine::getVersion() { return OUString::createFromAscii(version); }

org::kinerja::FormulaResult Engine::evaluate(const OUString& formula) {
  return guarded([&] {
    if (formula.trim().isEmpty()) {
      throw css::lang::IllegalArgumentException("Kinerja: rumus kosong", {}, 0);
    }
    OwnedDocument document(new_hidden_spreadsheet(context_));
    Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document.get(), UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(), UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(0), UNO_QUERY_THROW);
    Reference<css::table::XCell> cell = sheet->getCellByPosition(0, 0);
    cell->setFormula(formula);
    Reference<css::sheet::XCalculatable>(document.get(), UNO_QUERY_THROW)->calculateAll();

    org::kinerja::FormulaResult result;
    result.Kind = OUString::createFromAscii(kind_of(cell));
    result.ErrorCode = cell->getError();
    result.Number = result.Kind == "number" ? cell->getValue() : 0.0;
    result.Text = Reference<css::text::XText>(cell, UNO_QUERY_THROW)->getString();
    return result;
  });
}

org::kinerja::OperationResult Engine::createMaster(const OUString& agreementCsvUrl, sal_Int32 year,
                                                  const OUString& agency, const OUString& outputUrl) {
  return guarded([&] {
    ResultBuilder result;
    if (year < 1900 || year > 2200) {
      result.add({core::Severity::error, "Tahun " + std::to_string(year) + " tidak sah.", {}, {}});
      return result.finish(false, "Buku induk tidak dibuat.");
    }
    const core::AgreementReading agreement = read_agreement_csv(context_, agreementCsvUrl);
    result.add(agreement.problems);
    if (result.has_errors()) {
      return result.finish(false, "Buku induk tidak dibuat: " + std::to_string(result.error_count()) +
                                      " galat pada " + file_name_of(agreementCsvUrl) + ".");
    }
    core::MasterSettings settings;
    settings.info.agency = agency.isEmpty() ? std::string("Satuan Polisi Pamong Praja") : to_utf8(agency);
    settings.info.year = year;
    OwnedDocument master(load_document(context_, template_url(context_, "buku-induk.ots"), LoadMode::as_template));
    fill_master(Reference<css::sheet::XSpreadsheetDocument>(master.get(), UNO_QUERY_THROW), settings,
                &agreement.agreement);
    store_document(master.get(), outputUrl, FileFormat::ods);
    result.add_file(system_path(outputUrl));
    return result.finish(true, "Buku induk dibuat: " + std::to_string(agreement.agreement.indicators.size()) +
                                   " indikator, " + std::to_string(agreement.agreement.divisions().size()) +
                                   " bidang, tahun " + std::to_string(year) + ".");
  });
}

org::kinerja::OperationResult Engine::makeForms(const OUString& masterUrl, sal_Int32 quarter,
                                               const OUString& outputDirUrl, const OUString& format) {
  return guarded([&] {
    ResultBuilder result;
    std::vector<FileFormat> formats;
    if (format == "ods" || format == "both") formats.push_back(FileFormat::ods);
    if (format == "xlsx" || format == "both") formats.push_back(FileFormat::xlsx);
    if (formats.empty()) throw css::lang::IllegalArgumentException("Kinerja: format harus ods, xlsx atau both", {}, 3);
    if (quarter < 1 || quarter > 4) throw css::lang::IllegalArgumentException("Kinerja: triwulan harus 1 sampai 4", {}, 1);

    const std::string master_name = file_name_of(masterUrl);
    OwnedDocument master(load_document(context_, masterUrl, LoadMode::untrusted));
    const MasterReading reading =
        read_master(Reference<css::sheet::XSpreadsheetDocument>(master.get(), UNO_QUERY_THROW), master_name);
    result.add(reading.problems);
    if (result.has_errors()) {
      return result.finish(false, "Formulir tidak dibuat: " + std::to_string(result.error_count()) +
                                      " galat pada " + master_name + ".");
    }
    const std::vector<core::Form> forms = core::make_forms(reading.agreement, reading.settings.info, quarter);
    const OUString directory = outputDirUrl.endsWith("/") ? outputDirUrl : outputDirUrl + "/";
    for (const core::Form& form : forms) {
      OwnedDocument document(
          load_document(context_, template_url(context_, "formulir-bidang.ots"), LoadMode::as_template));
      fill_form(Reference<css::sheet::XSpreadsheetDocument>(document.get(), UNO_QUERY_THROW), form);
      for (FileFormat file_format : formats) {
        // Form file names are ASCII letters, digits, '-' and '.': nothing to encode.
        const OUString url =
            directory + to_ou(core::form_file_name(form, file_format == FileFormat::ods ? "ods" : "xlsx"));
        store_document(document.get(), url, file_format);
        result.add_file(system_path(url));
      }
    }
    return result.finish(true, std::to_string(forms.size()) + " formulir bidang dibuat untuk TW " +
                                   std::string(core::roman(quarter)) + " " +
                                   std::to_string(reading.settings.info.year) + ".");
  });
}

OUString Engine::getImplementationName() { return OUString::createFromAscii(implementation_name); }

sal_Bool Engine::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

css::uno::Sequence<OUString> Engine::getSupportedServiceNames() { return service_names(); }

}  // namespace kinerja::uno
