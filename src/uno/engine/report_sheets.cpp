#include "uno/engine/report_sheets.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/text/XText.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/master_layout.hpp"
#include "core/report.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/strings.hpp"
#include "unobase/view.hpp"

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

}  // namespace

Reference<css::sheet::XSpreadsheet> report_sheet_for(const Reference<css::sheet::XSpreadsheetDocument>& master,
                                                     core::Period period) {
  const Reference<css::sheet::XSpreadsheets> sheets = master->getSheets();
  const Reference<css::container::XIndexAccess> indexed(sheets, UNO_QUERY_THROW);
  const std::vector<std::string> names = sheet_names(master);
  const std::string name = core::report_sheet_name(period);
  std::optional<sal_Int32> after_report, after_recap;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::optional<core::Period> held = core::report_period_of_sheet(names[i]);
    if (held == period) return sheet_at(indexed, static_cast<sal_Int32>(i));
    if (held) after_report = static_cast<sal_Int32>(i) + 1;
    if (names[i] == core::master_layout::recap) after_recap = static_cast<sal_Int32>(i) + 1;
  }
  const auto own = std::find(names.begin(), names.end(), core::master_layout::report);
  if (own != names.end()) {
    const auto sheet = sheet_at(indexed, static_cast<sal_Int32>(own - names.begin()));
    const std::optional<core::Period> held = period_of_title(sheet);
    const Reference<css::container::XNamed> named(sheet, UNO_QUERY_THROW);
    if (!held || *held == period) {
      named->setName(to_ou(name));
      return sheet;
    }
    named->setName(to_ou(core::report_sheet_name(*held)));
    after_report = std::max(after_report.value_or(0), static_cast<sal_Int32>(own - names.begin()) + 1);
  }
  const sal_Int32 position = after_report.value_or(after_recap.value_or(static_cast<sal_Int32>(names.size())));
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
  if (const auto view = view_of(master); view.is()) {
    const auto active = view->getActiveSheet();
    if (const auto held = core::report_period_of_sheet(name_of(active))) return ReportSheet{active, *held};
  }
  return last;
}



}  // namespace kinerja::uno
