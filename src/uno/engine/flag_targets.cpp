#include "uno/engine/flag_targets.hpp"

#include <com/sun/star/frame/XModel.hpp>

#include "core/grid.hpp"
#include "core/master_layout.hpp"
#include "core/outcome_messages.hpp"
#include "core/recap.hpp"
#include "core/report.hpp"
#include "uno/clock.hpp"
#include "uno/engine/master_builder.hpp"
#include "uno/engine/master_operation.hpp"
#include "uno/engine/operation_result.hpp"
#include "uno/engine/sop_trail.hpp"
#include "uno/sheets/bulk_edit.hpp"
#include "uno/sheets/sheet_layout.hpp"
#include "uno/sheets/styles.hpp"
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

org::kinerja::OperationResult flag_targets(const Reference<css::sheet::XSpreadsheetDocument>& master,
                                           const std::string& master_name, std::optional<core::Period> period) {
  ResultBuilder result;
  const MasterData data = read_data(master, master_name, result);
  if (result.has_errors()) return result.finish(false, core::outcome::targets_not_flagged(master_name));
  const auto& settings = data.master.settings;
  const core::Period asked = period.value_or(core::quarter_period(core::working_quarter(settings.info, today())));
  const core::Period evaluated = core::report_period(asked).evaluated;
  ensure_status_styles(master);

  const auto recap = sheet_named(master, core::master_layout::recap);
  const int recap_rows = std::max(2, used_row_count(recap));
  const auto quoted = [](core::Status status) { return "\"" + to_ou(core::label_of(status)) + "\""; };
  constexpr int status = core::master_layout::recap_column::status;
  set_condition(range_properties(recap, status, 1, status, recap_rows - 1),
                {{css::sheet::ConditionOperator_EQUAL, quoted(core::Status::achieved), style_achieved},
                 {css::sheet::ConditionOperator_EQUAL, quoted(core::Status::missed), style_missed},
                 {css::sheet::ConditionOperator_EQUAL, quoted(core::Status::not_reported), style_unreported},
                 {css::sheet::ConditionOperator_EQUAL, quoted(core::Status::not_computable), style_not_computed}});

  const std::vector<core::RecapRow> rows =
      core::recap_for(data.master.agreement, data.actuals, settings.info.year, settings.rules, evaluated);
  const std::vector<core::FollowUp> list = core::follow_ups(rows);
  const core::Grid grid = core::follow_up_grid(list, evaluated, settings.info.year);
  const auto sheet = sheet_or_new(master, core::master_layout::disposition);
  {
    BulkEdit edit(Reference<css::frame::XModel>(master, UNO_QUERY_THROW), "Tandai Target Tidak Tercapai");
    edit.write(sheet, grid, 0, 0, used_row_count(sheet));
    edit.commit();
  }
  range_properties(sheet, 0, 0, 0, 0)->setPropertyValue("CellStyle", Any(OUString::createFromAscii(style_title)));
  namespace column = core::master_layout::disposition_column;
  range_properties(sheet, 0, 1, column::count - 1, 1)
      ->setPropertyValue("CellStyle", Any(OUString::createFromAscii(style_header)));
  range_properties(sheet, column::achievement, 2, column::achievement, std::max(2, grid.row_count() - 1))
      ->setPropertyValue("NumberFormat", Any(number_format(master, OUString::createFromAscii(figures_format))));
  fit_columns(sheet, 1, {column::code, column::state, column::achievement});
  return result.finish(true, core::outcome::targets_flagged(evaluated, settings.info.year, core::count_follow_ups(list)));
}

}  // namespace kinerja::uno
