// Undo of our bulk writes, and a menu command as one entry of the undo list.
//
// Calc 7.4 records setDataArray for undo but does not restore it, so our writes carry an
// undo action of their own (the ranges' content before and after). A menu command is one
// entry, titled as the command is in the menu: while its UndoStep is open, Calc records
// nothing (the document's IsUndoEnabled is off: no "Attributes" or "Apply Cell Style"
// entries for the formatting a command does, no "Insert" of setDataArray, which the undo
// manager's lock does not stop) and every BulkEdit hands its changes to the step, which adds
// them as one action at the end. (An undo context holding Calc's "Insert" entries crashes
// Calc 7.4 on Edit > Undo.) Undo puts the
// content back; formatting stays as the command left it. A command that writes nothing
// leaves no entry.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>

#include <memory>
#include <vector>

namespace kinerja::uno {

// The content of one range before and after a write.
struct RangeChange {
  css::uno::Reference<css::sheet::XCellRangeData> range;
  css::uno::Sequence<css::uno::Sequence<css::uno::Any>> before;
  css::uno::Sequence<css::uno::Sequence<css::uno::Any>> after;
};

// Adds one entry "title" that puts the ranges back (undo) or again (redo).
void add_undo_action(const css::uno::Reference<css::frame::XModel>& document, const rtl::OUString& title,
                     std::vector<RangeChange> changes);

// Calc's own recording of undo entries, off while this lives (the document's
// IsUndoEnabled; restored as it was).
class UndoRecordingOff {
 public:
  explicit UndoRecordingOff(const css::uno::Reference<css::frame::XModel>& document);
  ~UndoRecordingOff();
  UndoRecordingOff(const UndoRecordingOff&) = delete;
  UndoRecordingOff& operator=(const UndoRecordingOff&) = delete;

 private:
  css::uno::Reference<css::beans::XPropertySet> document_;
  bool was_enabled_ = false;
};

class UndoStep {
 public:
  UndoStep(const css::uno::Reference<css::frame::XModel>& document, const rtl::OUString& title);
  ~UndoStep();
  UndoStep(const UndoStep&) = delete;
  UndoStep& operator=(const UndoStep&) = delete;

  // The step open on a document, or nullptr.
  static UndoStep* open_on(const css::uno::Reference<css::frame::XModel>& document);
  void take(std::vector<RangeChange> changes);

 private:
  css::uno::Reference<css::frame::XModel> document_;
  rtl::OUString title_;
  std::unique_ptr<UndoRecordingOff> recording_;  // while the step is open
  std::vector<RangeChange> changes_;
};

}  // namespace kinerja::uno
