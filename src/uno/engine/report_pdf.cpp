#include "uno/engine/report_pdf.hpp"

#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/text/XText.hpp>

#include "core/grid.hpp"
#include "core/master_layout.hpp"
#include "core/office_words.hpp"
#include "core/outcome_messages.hpp"
#include "core/report.hpp"
#include "uno/engine/chapter3_sheet.hpp"
#include "uno/engine/master_operation.hpp"
#include "uno/engine/report_sheets.hpp"
#include "uno/engine/sop_trail.hpp"
#include "unobase/document.hpp"
#include "unobase/properties.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

void export_report_pdf(const Reference<css::sheet::XSpreadsheetDocument>& master, const OUString& pdf_url,
                       std::optional<core::Period> period, const std::string& command) {
  const auto started = Clock::now();
  const std::optional<ReportSheet> report = chosen_report(master, period);
  if (!report) throw css::uno::RuntimeException(to_ou(core::outcome::no_report(period).id));
  // The PDF is titled as the report (its title line), the master's own title kept.
  const Reference<css::document::XDocumentProperties> info =
      Reference<css::document::XDocumentPropertiesSupplier>(master, UNO_QUERY_THROW)->getDocumentProperties();
  struct KeepTitle {
    Reference<css::document::XDocumentProperties> info;
    OUString title;
    ~KeepTitle() {
      try {
        info->setTitle(title);
      } catch (...) {
      }
    }
  } keep{info, info->getTitle()};
  info->setTitle(Reference<css::text::XText>(report->sheet->getCellByPosition(0, 1), UNO_QUERY_THROW)->getString());
  // The annual report's PDF holds its chapter III too: the print areas of both sheets, in order.
  Any selection(report->sheet);
  if (const auto chapter = existing_chapter3_sheet(master); report->period == core::Period::year && chapter.is()) {
    Reference<css::sheet::XSheetCellRangeContainer> ranges(
        Reference<css::lang::XMultiServiceFactory>(master, UNO_QUERY_THROW)->createInstance("com.sun.star.sheet.SheetCellRanges"),
        UNO_QUERY_THROW);
    for (const auto& part : {report->sheet, chapter}) {
      ranges->addRangeAddresses(Reference<css::sheet::XPrintAreas>(part, UNO_QUERY_THROW)->getPrintAreas(), false);
    }
    selection <<= ranges;
  }
  try {
    Reference<css::frame::XStorable>(master, UNO_QUERY_THROW)
        ->storeToURL(pdf_url, properties({property("FilterName", Any(OUString("calc_pdf_Export"))),
                                          property("FilterData", Any(properties({property("Selection", selection)})))}));
  } catch (const css::uno::Exception& e) {
    throw css::uno::RuntimeException(to_ou(core::with_office_words(
        "PDF " + file_name_of(pdf_url) + " tidak dapat dibuat: periksa bahwa foldernya ada dan boleh ditulisi.",
        to_utf8(e.Message))));
  }
  record_sop_step(master, core::share_sop_step(report->period), command, seconds_since(started));
}

}  // namespace kinerja::uno
