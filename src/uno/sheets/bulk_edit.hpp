// One change to a workbook made of many bulk writes: one undo step (see undo_step.hpp; part
// of the menu command's step when one is open, else a step of its own), controllers
// locked and automatic calculation paused while writing, and the workbook as it was if
// anything fails before commit().
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include <memory>
#include <vector>

#include "core/grid.hpp"
#include "uno/sheets/undo_step.hpp"

namespace kinerja::uno {

class BulkEdit {
 public:
  BulkEdit(const css::uno::Reference<css::frame::XModel>& document, const rtl::OUString& title);
  ~BulkEdit();  // not committed: puts back what was written
  BulkEdit(const BulkEdit&) = delete;
  BulkEdit& operator=(const BulkEdit&) = delete;

  // Writes the grid with its top-left cell at (row, column), remembering what was there.
  // `rows` > the grid's rows clears the rows below it up to that count.
  void write(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const core::Grid& grid, int row = 0,
             int column = 0, int rows = 0);

  // Writes below the used area.
  void append(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const core::Grid& grid);

  // Ends the change: one entry "title" in the document's undo list.
  void commit();

 private:
  void restore() noexcept;

  css::uno::Reference<css::frame::XModel> document_;
  std::unique_ptr<UndoStep> own_step_;  // when no menu command's step is open
  css::uno::Reference<css::sheet::XCalculatable> calculation_;
  std::vector<RangeChange> changes_;
  bool automatic_ = false;
  bool open_ = false;
};

}  // namespace kinerja::uno
