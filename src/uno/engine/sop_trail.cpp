#include "uno/engine/sop_trail.hpp"

#include "core/master_layout.hpp"
#include "core/sop.hpp"
#include "uno/clock.hpp"
#include "uno/sheets/bulk_edit.hpp"
#include "unobase/grid_io.hpp"

namespace kinerja::uno {

using namespace unobase;

namespace {

template <typename Write>
void record(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master, int step, const std::string& command,
            double seconds, Write&& write) {
  const auto sheet = sheet_named(master, core::master_layout::sop_trail);
  int row = core::find_sop_row(read_sheet(sheet, std::string(core::master_layout::sop_trail)), step);
  if (row < 0) {  // a master whose trail lost its steps: write them again
    write(sheet, core::sop_trail_grid({}), 0);
    row = step;
  }
  for (const core::SopStep& s : core::sop_steps()) {
    if (s.number != step) continue;
    const core::SopRecord entry{now_text(), command, user_name(), seconds};
    write(sheet, core::Grid("", {core::sop_trail_row(s, &entry)}), row);
  }
}

}  // namespace

void record_sop_step(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master, int step,
                     const std::string& command, double seconds) {
  record(master, step, command, seconds,
         [](const auto& sheet, const core::Grid& grid, int row) { write_grid(sheet, grid, row, 0); });
}

void record_sop_step(BulkEdit& edit, const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master, int step,
                     const std::string& command, double seconds) {
  record(master, step, command, seconds,
         [&](const auto& sheet, const core::Grid& grid, int row) { edit.write(sheet, grid, row, 0); });
}

}  // namespace kinerja::uno
