#include "uno/engine/report_sheets.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/text/XText.hpp>

#include <string>

#include "core/master_layout.hpp"
#include "core/report.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

Reference<css::sheet::XSpreadsheet> sheet_at(const Reference<css::container::XIndexAccess>& sheets, sal_Int32 index) {
  return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index), UNO_QUERY_THROW);
}

std::string name_of(const Reference<css::sheet::XSpreadsheet>& sheet) {
  return to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
}

// The report a sheet holds by its title (the report's second row), whatever its name.
std::optional<core::Period> period_of_title(const Reference<css::sheet::XSpreadsheet>& sheet) {
  const Reference<css::text::XText> title(sheet->getCellByPosition(0, 1), UNO_QUERY_THROW);
  return core::report_period_of_title(to_utf8(title->getString()));
}

std::optional<sal_Int32> index_of(const Reference<css::container::XIndexAccess>& sheets, std::string_view name) {
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
    if (name_of(sheet_at(sheets, i)) == name) return i;
  }
  return std::nullopt;
}

}  // namespace

Reference<css::sheet::XSpreadsheet> report_sheet_for(const Reference<css::sheet::XSpreadsheetDocument>& master,
                                                     core::Period period) {
  const Reference<css::sheet::XSpreadsheets> sheets = master->getSheets();
  const Reference<css::container::XIndexAccess> indexed(sheets, UNO_QUERY_THROW);
  const std::string name = core::report_sheet_name(period);
  for (sal_Int32 i = 0; i < indexed->getCount(); ++i) {
    if (core::report_period_of_sheet(name_of(sheet_at(indexed, i))) == period) return sheet_at(indexed, i);
  }
  if (const auto own = index_of(indexed, core::master_layout::report)) {
    const auto sheet = sheet_at(indexed, *own);
    const std::optional<core::Period> held = period_of_title(sheet);
    const Reference<css::container::XNamed> named(sheet, UNO_QUERY_THROW);
    if (!held || *held == period) {
      named->setName(to_ou(name));
      return sheet;
    }
    named->setName(to_ou(core::report_sheet_name(*held)));
  }
  sal_Int32 position = indexed->getCount();
  if (const auto recap = index_of(indexed, core::master_layout::recap)) position = *recap + 1;
  for (sal_Int32 i = 0; i < indexed->getCount(); ++i) {
    if (core::report_period_of_sheet(name_of(sheet_at(indexed, i)))) position = i + 1;
  }
  sheets->insertNewByName(to_ou(name), static_cast<sal_Int16>(position));
  return sheet_at(indexed, position);
}

std::optional<ReportSheet> chosen_report(const Reference<css::sheet::XSpreadsheetDocument>& master,
                                         std::optional<core::Period> period) {
  const Reference<css::container::XIndexAccess> sheets(master->getSheets(), UNO_QUERY_THROW);
  std::optional<ReportSheet> last;
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
    const auto sheet = sheet_at(sheets, i);
    const std::string name = name_of(sheet);
    std::optional<core::Period> held = core::report_period_of_sheet(name);
    // An older master's one report sheet, "Laporan", filled.
    if (!held && name == core::master_layout::report) held = period_of_title(sheet);
    if (!held) continue;
    if (period) {
      if (*held == *period) return ReportSheet{sheet, *held};
      continue;
    }
    last = ReportSheet{sheet, *held};
  }
  if (period || !last) return last;
  const Reference<css::frame::XModel> model(master, UNO_QUERY);
  const Reference<css::sheet::XSpreadsheetView> view(model.is() ? model->getCurrentController() : nullptr, UNO_QUERY);
  if (view.is()) {
    const auto active = view->getActiveSheet();
    if (const auto held = core::report_period_of_sheet(name_of(active))) return ReportSheet{active, *held};
  }
  return last;
}

void show_sheet(const Reference<css::sheet::XSpreadsheetDocument>& document,
                const Reference<css::sheet::XSpreadsheet>& sheet) {
  const Reference<css::frame::XModel> model(document, UNO_QUERY);
  const Reference<css::sheet::XSpreadsheetView> view(model.is() ? model->getCurrentController() : nullptr, UNO_QUERY);
  if (view.is()) view->setActiveSheet(sheet);
}

}  // namespace kinerja::uno
