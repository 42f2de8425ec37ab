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

#include "core/master_layout.hpp"
#include "core/outcome_messages.hpp"
#include "core/file_format.hpp"
#include "core/period.hpp"
#include "core/version.hpp"
#include "unobase/document.hpp"
#include "uno/engine/operations.hpp"
#include "uno/engine/e81_form.hpp"
#include "uno/engine/form_emails.hpp"
#include "uno/engine/history.hpp"
#include "uno/engine/compute_recap.hpp"
#include "uno/engine/fill_report.hpp"
#include "uno/engine/flag_targets.hpp"
#include "uno/engine/report_pdf.hpp"
#include "uno/engine/share_copy.hpp"
#include "uno/engine/operation_result.hpp"
#include "uno/engine/pull.hpp"
#include "uno/guard.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

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
  return guarded([&] { return create_master_file(context_, {agreementCsvUrl, year, agency, {}, {}, {}}, outputUrl); });
}

namespace {

// Forms for a period, by the makeForms and makeMonthlyForms methods: the master written back
// for its SOP trail (step 1).
org::kinerja::OperationResult make_period_forms(const Reference<css::uno::XComponentContext>& context,
                                                const OUString& masterUrl, core::FormPeriod period,
                                                const OUString& outputDirUrl, const OUString& format, bool overwrite) {
  const std::vector<core::FileFormat> formats = core::parse_formats(to_utf8(format));
  if (formats.empty()) throw css::lang::IllegalArgumentException("Kinerja: format harus ods, xlsx atau both", {}, 3);
  OwnedDocument master(load_document(context, masterUrl, LoadMode::editable));
  org::kinerja::OperationResult result =
      make_forms(context, Reference<css::sheet::XSpreadsheetDocument>(master.get(), UNO_QUERY_THROW),
                 file_name_of(masterUrl), period, outputDirUrl, formats, "kinerja forms",
                 [&](const std::vector<std::string>&) { return overwrite; });
  if (result.Success) store_replacing(master.get(), masterUrl);
  return result;
}

}  // namespace

org::kinerja::OperationResult Engine::makeForms(const OUString& masterUrl, sal_Int32 quarter,
                                               const OUString& outputDirUrl, const OUString& format,
                                               sal_Bool overwrite) {
  return guarded([&] {
    if (quarter != core::working_quarter_request && !core::is_quarter(quarter)) {
      throw css::lang::IllegalArgumentException("Kinerja: triwulan harus 1 sampai 4, atau 0 untuk triwulan berjalan", {},
                                                1);
    }
    return make_period_forms(context_, masterUrl, {quarter, 0}, outputDirUrl, format, overwrite);
  });
}

org::kinerja::OperationResult Engine::makeMonthlyForms(const OUString& masterUrl, sal_Int32 month,
                                                      const OUString& outputDirUrl, const OUString& format,
                                                      sal_Bool overwrite) {
  return guarded([&] {
    if (!core::is_month(month)) throw css::lang::IllegalArgumentException("Kinerja: bulan harus 1 sampai 12", {}, 1);
    return make_period_forms(context_, masterUrl, {0, month}, outputDirUrl, format, overwrite);
  });
}

org::kinerja::OperationResult Engine::pull(const OUString& masterUrl, const css::uno::Sequence<OUString>& inputUrls,
                                          sal_Int32 quarter) {
  return guarded([&] {
    if (quarter != 0 && !core::is_quarter(quarter)) {
      throw css::lang::IllegalArgumentException("Kinerja: triwulan harus 1 sampai 4, atau 0 (sesuai tiap kiriman)", {}, 2);
    }
    OwnedDocument master(load_document(context_, masterUrl, LoadMode::editable));
    PullRequest request{std::vector<OUString>(inputUrls.begin(), inputUrls.end()), quarter, "kinerja pull"};
    org::kinerja::OperationResult result =
        pull_submissions(context_, Reference<css::sheet::XSpreadsheetDocument>(master.get(), UNO_QUERY_THROW),
                         file_name_of(masterUrl), request, nullptr);
    if (result.Success) store_replacing(master.get(), masterUrl);
    return result;
  });
}

namespace {

core::Period period_argument(const OUString& text) {
  const auto period = core::parse_report_period(to_utf8(text));
  if (!period) {
    throw css::lang::IllegalArgumentException("Kinerja: periode \"" + text + "\" tidak dikenal (" +
                                                  to_ou(core::report_period_codes()) + ")",
                                              {}, 1);
  }
  return *period;
}

}  // namespace

org::kinerja::OperationResult Engine::rollup(const OUString& masterUrl, const OUString& period) {
  return guarded([&] {
    const std::optional<core::Period> flagged =
        period.isEmpty() ? std::nullopt : std::optional<core::Period>(period_argument(period));
    OwnedDocument master(load_document(context_, masterUrl, LoadMode::editable));
    Reference<css::sheet::XSpreadsheetDocument> document(master.get(), UNO_QUERY_THROW);
    const std::string name = file_name_of(masterUrl);
    org::kinerja::OperationResult result = compute_recap(document, name, "kinerja rollup");
    if (!result.Success) return result;
    const org::kinerja::OperationResult flags = flag_targets(document, name, flagged);
    result.Summary += "\n" + flags.Summary;
    result.SummaryEnglish += "\n" + flags.SummaryEnglish;
    store_replacing(master.get(), masterUrl);
    return result;
  });
}

org::kinerja::OperationResult Engine::report(const OUString& masterUrl, const OUString& period, const OUString& pdfUrl) {
  return guarded([&] {
    const core::Period asked = period_argument(period);
    OwnedDocument master(load_document(context_, masterUrl, LoadMode::editable));
    Reference<css::sheet::XSpreadsheetDocument> document(master.get(), UNO_QUERY_THROW);
    org::kinerja::OperationResult result = fill_report(document, file_name_of(masterUrl), asked, "kinerja report");
    if (!result.Success) return result;
    if (!pdfUrl.isEmpty()) {
      export_report_pdf(document, pdfUrl, asked, "kinerja report --pdf");
      const OUString path = to_ou(system_path(pdfUrl));
      result.Files = css::uno::Sequence<OUString>(&path, 1);
    }
    store_replacing(master.get(), masterUrl);
    return result;
  });
}

org::kinerja::OperationResult Engine::share(const OUString& masterUrl, const OUString& outputUrl, sal_Bool everything) {
  return guarded([&] {
    OwnedDocument master(load_document(context_, masterUrl, LoadMode::editable));
    const std::vector<std::string> sheets =
        store_share_copy(context_, Reference<css::sheet::XSpreadsheetDocument>(master.get(), UNO_QUERY_THROW),
                         outputUrl, everything, "kinerja share");
    store_replacing(master.get(), masterUrl);
    ResultBuilder result;
    result.add_file(system_path(outputUrl));
    return result.finish(true, core::outcome::share_copy_made(sheets, everything));
  });
}

org::kinerja::OperationResult Engine::history(const OUString& masterUrl, const css::uno::Sequence<OUString>& inputUrls) {
  return guarded([&] {
    OwnedDocument master(load_document(context_, masterUrl, LoadMode::editable));
    Reference<css::sheet::XSpreadsheetDocument> document(master.get(), UNO_QUERY_THROW);
    org::kinerja::OperationResult result = take_history(context_, document, file_name_of(masterUrl), masterUrl,
                                                        std::vector<OUString>(inputUrls.begin(), inputUrls.end()));
    if (result.Success) store_replacing(master.get(), masterUrl);
    return result;
  });
}

org::kinerja::OperationResult Engine::formEmails(const OUString& masterUrl, sal_Int32 quarter, const OUString& formsDirUrl,
                                                const OUString& emlDirUrl, sal_Bool overwrite) {
  return guarded([&] {
    OwnedDocument master(load_document(context_, masterUrl, LoadMode::master_readonly));  // it is not changed
    return write_form_emails(Reference<css::sheet::XSpreadsheetDocument>(master.get(), UNO_QUERY_THROW),
                             file_name_of(masterUrl), {quarter, 0}, formsDirUrl, emlDirUrl, overwrite);
  });
}

org::kinerja::OperationResult Engine::monthlyFormEmails(const OUString& masterUrl, sal_Int32 month,
                                                       const OUString& formsDirUrl, const OUString& emlDirUrl,
                                                       sal_Bool overwrite) {
  return guarded([&] {
    if (!core::is_month(month)) throw css::lang::IllegalArgumentException("Kinerja: bulan harus 1 sampai 12", {}, 1);
    OwnedDocument master(load_document(context_, masterUrl, LoadMode::master_readonly));  // it is not changed
    return write_form_emails(Reference<css::sheet::XSpreadsheetDocument>(master.get(), UNO_QUERY_THROW),
                             file_name_of(masterUrl), {0, month}, formsDirUrl, emlDirUrl, overwrite);
  });
}

org::kinerja::OperationResult Engine::e81(const OUString& masterUrl, sal_Int32 quarter, const OUString& outputUrl) {
  return guarded([&] {
    OwnedDocument master(load_document(context_, masterUrl, LoadMode::master_readonly));  // it is not changed
    return make_e81(context_, Reference<css::sheet::XSpreadsheetDocument>(master.get(), UNO_QUERY_THROW),
                    file_name_of(masterUrl), quarter, outputUrl);
  });
}

OUString Engine::getImplementationName() { return OUString::createFromAscii(implementation_name); }

sal_Bool Engine::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

css::uno::Sequence<OUString> Engine::getSupportedServiceNames() { return service_names(); }

}  // namespace kinerja::uno
