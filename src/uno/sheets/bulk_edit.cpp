#include "uno/sheets/bulk_edit.hpp"

#include "unobase/grid_io.hpp"

namespace kinerja::uno {

using namespace unobase;

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

BulkEdit::BulkEdit(const Reference<css::frame::XModel>& document, const rtl::OUString& title)
    : document_(document) {
  calculation_.set(document, css::uno::UNO_QUERY);
  if (calculation_.is()) {
    automatic_ = calculation_->isAutomaticCalculationEnabled();
    calculation_->enableAutomaticCalculation(false);
  }
  if (!UndoStep::open_on(document)) own_step_ = std::make_unique<UndoStep>(document, title);
  document_->lockControllers();
  open_ = true;
}

void BulkEdit::write(const Reference<css::sheet::XSpreadsheet>& sheet, const core::Grid& grid, int row, int column,
                     int rows) {
  const int height = std::max(grid.row_count(), rows);
  const int width = grid.column_count();
  if (height == 0 || width == 0) return;
  Reference<css::sheet::XCellRangeData> range(
      sheet->getCellRangeByPosition(column, row, column + width - 1, row + height - 1), UNO_QUERY_THROW);
  RangeChange change{range, range->getDataArray(), {}};
  // The grid, padded with empty rows to the height to clear.
  std::vector<std::vector<core::Cell>> cells;
  for (int r = 0; r < height; ++r) {
    std::vector<core::Cell> line;
    for (int c = 0; c < width; ++c) line.push_back(grid.at(r, c));
    cells.push_back(std::move(line));
  }
  write_grid(sheet, core::Grid("", std::move(cells)), row, column);
  change.after = range->getDataArray();
  changes_.push_back(std::move(change));
}

void BulkEdit::append(const Reference<css::sheet::XSpreadsheet>& sheet, const core::Grid& grid) {
  write(sheet, grid, used_row_count(sheet), 0);
}

void BulkEdit::commit() {
  if (!open_) return;
  open_ = false;
  if (UndoStep* step = UndoStep::open_on(document_)) step->take(std::move(changes_));
  document_->unlockControllers();
  if (calculation_.is() && automatic_) calculation_->enableAutomaticCalculation(true);
  own_step_.reset();
}

void BulkEdit::restore() noexcept {
  for (auto change = changes_.rbegin(); change != changes_.rend(); ++change) {
    try {
      change->range->setDataArray(change->before);
    } catch (...) {  // keep putting back the others
    }
  }
}

BulkEdit::~BulkEdit() {
  if (!open_) return;
  restore();
  try {
    document_->unlockControllers();
    if (calculation_.is() && automatic_) calculation_->enableAutomaticCalculation(true);
  } catch (...) {
  }
  own_step_.reset();
}

}  // namespace kinerja::uno
