// A change made by Kinerja as one entry of the document's undo list, titled as the menu
// command that made it.
//
// An UndoStep is an undo context of the document's undo manager, in which Calc records
// nothing of its own: no "Attributes" or "Apply Cell Style" for the formatting a command
// does, no "Insert" of setDataArray (Calc 7.4 records setDataArray, but its undo does not
// restore the cells, and undoing an entry holding Calc's own report entries crashes it).
// Every BulkEdit hands the step the content of its ranges before and after, and the step
// adds them as its one action. Undo puts the content back; formatting stays as the command
// left it. The entries before the step stay. A step that wrote nothing leaves no entry.
//
// How Calc is kept quiet: the document's IsUndoEnabled off. Switching it off empties the
// undo manager's current list, which is why that happens only inside the context (whose
// list is empty). The undo manager's lock would not hold: a chart whose data a write changes
// unlocks it again (see QuietWrites in the .cpp, which has to live with that on undo).
#pragma once

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>

#include <memory>
#include <vector>

namespace kinerja::uno {

class CalcRecordingOff;

// The content of one range before and after a write.
struct RangeChange {
  css::uno::Reference<css::sheet::XCellRangeData> range;
  css::uno::Sequence<css::uno::Sequence<css::uno::Any>> before;
  css::uno::Sequence<css::uno::Sequence<css::uno::Any>> after;
};

class UndoStep {
 public:
  UndoStep(const css::uno::Reference<css::frame::XModel>& document, const rtl::OUString& title);
  ~UndoStep();  // closes the entry (defined where CalcRecordingOff is)
  UndoStep(const UndoStep&) = delete;
  UndoStep& operator=(const UndoStep&) = delete;

  // The step open on a document, or nullptr.
  static UndoStep* open_on(const css::uno::Reference<css::frame::XModel>& document);
  void take(std::vector<RangeChange> changes);

 private:
  css::uno::Reference<css::frame::XModel> document_;
  css::uno::Reference<css::document::XUndoManager> undo_;
  rtl::OUString title_;
  std::unique_ptr<CalcRecordingOff> recording_off_;  // while the step is open
  std::vector<RangeChange> changes_;
};

}  // namespace kinerja::uno
