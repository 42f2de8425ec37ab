#include "uno/engine/progress_sheet.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>

#include <algorithm>

#include "core/master_layout.hpp"
#include "uno/sheets/sheet_layout.hpp"
#include "uno/sheets/styles.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;
using css::uno::Any;
using css::uno::Reference;
using rtl::OUString;

ProgressRefill progress_refill(const Reference<css::sheet::XSpreadsheetDocument>& master, const std::string& master_name,
                               const core::Agreement& agreement, const std::vector<core::ActualRecord>& quarterly,
                               const std::vector<core::ActualRecord>& monthly, const core::MasterSettings& settings) {
  namespace layout = core::master_layout;
  ProgressRefill refill;
  const int month = core::latest_month(monthly, settings.info.year);
  if (month == 0) return refill;
  core::CashPlan cash;
  if (master->getSheets()->hasByName(to_ou(layout::cash_plan))) {
    cash = core::read_cash_plan(read_sheet(sheet_named(master, layout::cash_plan), std::string(layout::cash_plan)),
                                refill.problems);
    for (core::Problem& p : refill.problems) p.file = master_name;
  }
  refill.rows = core::monthly_progress(agreement, quarterly, monthly, cash, settings, month);
  refill.grid = core::progress_grid(refill.rows, settings.info, month);
  refill.sheet = sheet_or_new(master, layout::progress);
  refill.rows_to_clear = std::max(used_row_count(refill.sheet), refill.grid.row_count());
  return refill;
}

void style_progress(const Reference<css::sheet::XSpreadsheetDocument>& master, const ProgressRefill& refill) {
  if (!refill.sheet.is()) return;
  const int last_column = refill.grid.column_count() - 1;
  const int last_row = refill.grid.row_count() - 1;
  range_properties(refill.sheet, 0, 0, 0, 0)->setPropertyValue("CellStyle", Any(OUString::createFromAscii(style_title)));
  range_properties(refill.sheet, 0, 1, last_column, 1)
      ->setPropertyValue("CellStyle", Any(OUString::createFromAscii(style_header)));
  if (last_row >= 2) {
    grid_borders(range_properties(refill.sheet, 0, 1, last_column, last_row));
    const sal_Int32 figures = number_format(master, OUString::createFromAscii(figures_format));
    const sal_Int32 rupiah = number_format(master, OUString::createFromAscii(rupiah_format));
    set_figure_format(range_properties(refill.sheet, 4, 2, 12, last_row), figures);
    set_figure_format(range_properties(refill.sheet, 9, 2, 9, last_row), rupiah);
    for (std::size_t i = 0; i < refill.rows.size(); ++i) {
      const core::ProgressState state = refill.rows[i].state;
      const char* style = state == core::ProgressState::on_track ? style_achieved
                          : state == core::ProgressState::behind ? style_missed
                                                                 : style_unreported;
      const int row = static_cast<int>(i) + 2;
      range_properties(refill.sheet, 13, row, 13, row)->setPropertyValue("CellStyle", Any(OUString::createFromAscii(style)));
    }
  }
  // Kode | Bidang | Indikator | Satuan | nine figures | Keadaan | Permasalahan; headers and long texts wrap.
  static constexpr double widths_cm[] = {2.2, 6, 7, 1.8, 2.4, 2.6, 2.6, 2.2, 2.2, 3.6, 2.2, 2.2, 2.2, 3, 6};
  set_column_widths(refill.sheet, widths_cm);
  range_properties(refill.sheet, 0, 1, last_column, 1)->setPropertyValue("IsTextWrapped", Any(true));
  if (last_row >= 2) {
    range_properties(refill.sheet, 1, 2, 2, last_row)->setPropertyValue("IsTextWrapped", Any(true));
    range_properties(refill.sheet, 0, 2, last_column, last_row)
        ->setPropertyValue("VertJustify", Any(css::table::CellVertJustify2::TOP));
    range_properties(refill.sheet, 14, 2, 14, last_row)->setPropertyValue("IsTextWrapped", Any(true));
  }
}

}  // namespace kinerja::uno
