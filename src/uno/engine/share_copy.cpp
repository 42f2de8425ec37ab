#include "uno/engine/share_copy.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/util/XReplaceDescriptor.hpp>
#include <com/sun/star/util/XReplaceable.hpp>
#include <osl/file.hxx>

#include <filesystem>

#include "core/grid.hpp"
#include "core/master_layout.hpp"
#include "core/report.hpp"
#include "uno/engine/master_operation.hpp"
#include "uno/engine/report_sheets.hpp"
#include "uno/engine/sop_trail.hpp"
#include "unobase/document.hpp"
#include "unobase/file_replacement.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/properties.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

// What a copy to share leaves out unless everything is asked: the working sheets, and the
// signatory's NIP on the reports.
void leave_out_working_sheets(const Reference<css::sheet::XSpreadsheetDocument>& copy) {
  const Reference<css::sheet::XSpreadsheets> sheets = copy->getSheets();
  for (const std::string& name : sheet_names(copy)) {
    if (!core::master_layout::shared_by_default(name)) sheets->removeByName(to_ou(name));
  }
  for (const std::string& name : sheet_names(copy)) {
    Reference<css::util::XReplaceable> sheet(sheets->getByName(to_ou(name)), UNO_QUERY_THROW);
    const Reference<css::util::XReplaceDescriptor> nip = sheet->createReplaceDescriptor();
    nip->setSearchString("^NIP\\. .+$");  // the line core::nip_line writes
    nip->setReplaceString(to_ou(core::nip_line("")));
    nip->setPropertyValue("SearchRegularExpression", Any(true));
    sheet->replaceAll(Reference<css::util::XSearchDescriptor>(nip, UNO_QUERY_THROW));
  }
}

// The SOP step that sharing the master's report completes, by the period of the report in
// view or last made; a master without a report is shared as a quarter's (step 5).
int sop_step_of_share(const Reference<css::sheet::XSpreadsheetDocument>& master) {
  const std::optional<ReportSheet> report = chosen_report(master, std::nullopt);
  return core::share_sop_step(report ? report->period : core::Period::tw1);
}

}  // namespace

std::vector<std::string> store_share_copy(const Reference<css::uno::XComponentContext>& context,
                                          const Reference<css::sheet::XSpreadsheetDocument>& master,
                                          const OUString& url, bool everything, const std::string& command) {
  const auto started = Clock::now();
  record_sop_step(master, sop_step_of_share(master), command, seconds_since(started));
  // The copy is made from the master as it is now; the master itself keeps its formulas.
  // A private temporary with an unpredictable name next to the copy (never a planted one).
  const std::filesystem::path temporary_path =
      make_private_file(std::filesystem::path(system_path(url)).parent_path(), "salinan", ".ods");
  const OUString temporary = file_url_of(temporary_path.string());
  struct Remove {
    OUString url;
    ~Remove() { osl::File::remove(url); }
  } remove_temporary{temporary};
  store_document(Reference<css::lang::XComponent>(master, UNO_QUERY_THROW), temporary, FileFormat::ods);
  OwnedDocument copy(load_document(context, temporary, LoadMode::editable));
  Reference<css::sheet::XSpreadsheetDocument> document(copy.get(), UNO_QUERY_THROW);
  if (!everything) leave_out_working_sheets(document);
  Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
    Reference<css::sheet::XCellRangesQuery> query(sheets->getByIndex(i), UNO_QUERY_THROW);
    // Error results (#NAME?, Err:502, #N/A) become empty cells; every other formula its value.
    Reference<css::sheet::XSheetOperation>(query->queryFormulaCells(css::sheet::FormulaResult::ERROR), UNO_QUERY_THROW)
        ->clearContents(css::sheet::CellFlags::FORMULA);
    Reference<css::container::XIndexAccess> formulas(query->queryContentCells(css::sheet::CellFlags::FORMULA),
                                                     UNO_QUERY_THROW);
    for (sal_Int32 r = 0; r < formulas->getCount(); ++r) {
      Reference<css::sheet::XCellRangeData> range(formulas->getByIndex(r), UNO_QUERY_THROW);
      range->setDataArray(range->getDataArray());
    }
  }
  const bool excel = url.endsWithIgnoreAsciiCase(".xlsx");
  store_document(copy.get(), url, excel ? FileFormat::xlsx : FileFormat::ods);
  return sheet_names(document);
}

}  // namespace kinerja::uno
