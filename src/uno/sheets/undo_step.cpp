#include "uno/sheets/undo_step.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include <algorithm>
#include <mutex>

namespace kinerja::uno {

using css::uno::Reference;

// Calc records nothing while this lives: the document's IsUndoEnabled is off. Switching it
// off also empties the undo manager's current list, so it is only ever done inside an undo
// context (the list is the context's own, empty one) and restored before the context ends.
class CalcRecordingOff {
 public:
  explicit CalcRecordingOff(const Reference<css::frame::XModel>& document) : document_(document, css::uno::UNO_QUERY) {
    if (!document_.is()) return;
    document_->getPropertyValue("IsUndoEnabled") >>= was_enabled_;
    if (was_enabled_) document_->setPropertyValue("IsUndoEnabled", css::uno::Any(false));
  }
  ~CalcRecordingOff() {
    try {
      if (document_.is() && was_enabled_) document_->setPropertyValue("IsUndoEnabled", css::uno::Any(true));
    } catch (...) {  // the document went away meanwhile
    }
  }
  CalcRecordingOff(const CalcRecordingOff&) = delete;
  CalcRecordingOff& operator=(const CalcRecordingOff&) = delete;

 private:
  Reference<css::beans::XPropertySet> document_;
  bool was_enabled_ = false;
};

namespace {

// Keeps the undo manager from recording while an entry of ours is undone or redone. The
// manager is locked then anyway, but a chart whose data a write changes unlocks it again
// (Calc 7.4), and the next write would be recorded on top of the list, clearing the redo
// list under the entry being undone. So it is locked again after every write. The last
// unlock leaves it enabled, as the undo manager leaves it after the entry.
class QuietWrites {
 public:
  explicit QuietWrites(const css::uno::WeakReference<css::document::XUndoManager>& undo) : undo_(undo) {
    if (undo_.is()) undo_->lock();
  }
  ~QuietWrites() {
    try {
      if (undo_.is()) undo_->unlock();  // the lock count is ours, whatever unlocked the manager
    } catch (...) {
    }
  }
  void write(const RangeChange& change, const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& content) {
    change.range->setDataArray(content);
    if (undo_.is() && !undo_->isLocked()) {  // the lock count is ours still: end it and lock again
      undo_->unlock();
      undo_->lock();
    }
  }
  QuietWrites(const QuietWrites&) = delete;
  QuietWrites& operator=(const QuietWrites&) = delete;

 private:
  Reference<css::document::XUndoManager> undo_;
};

class RangesUndoAction : public cppu::WeakImplHelper1<css::document::XUndoAction> {
 public:
  RangesUndoAction(rtl::OUString title, std::vector<RangeChange> changes,
                   const Reference<css::document::XUndoManager>& undo)
      : title_(std::move(title)), changes_(std::move(changes)), undo_(undo) {}

  rtl::OUString SAL_CALL getTitle() override { return title_; }

  void SAL_CALL undo() override {
    QuietWrites quiet(undo_);
    for (auto change = changes_.rbegin(); change != changes_.rend(); ++change) quiet.write(*change, change->before);
  }

  void SAL_CALL redo() override {
    QuietWrites quiet(undo_);
    for (const RangeChange& change : changes_) quiet.write(change, change.after);
  }

 private:
  rtl::OUString title_;
  std::vector<RangeChange> changes_;
  css::uno::WeakReference<css::document::XUndoManager> undo_;  // the undo manager owns this action
};

std::mutex open_steps_mutex;
std::vector<UndoStep*> open_steps;

}  // namespace

UndoStep::UndoStep(const Reference<css::frame::XModel>& document, const rtl::OUString& title)
    : document_(document), title_(title) {
  Reference<css::document::XUndoManagerSupplier> supplier(document, css::uno::UNO_QUERY);
  if (supplier.is()) undo_ = supplier->getUndoManager();
  if (undo_.is()) {
    undo_->enterUndoContext(title_);
    recording_off_ = std::make_unique<CalcRecordingOff>(document);
  }
  const std::lock_guard lock(open_steps_mutex);
  open_steps.push_back(this);
}

UndoStep::~UndoStep() {
  {
    const std::lock_guard lock(open_steps_mutex);
    open_steps.erase(std::remove(open_steps.begin(), open_steps.end(), this), open_steps.end());
  }
  if (!undo_.is()) return;
  recording_off_.reset();
  try {
    if (!changes_.empty()) undo_->addUndoAction(new RangesUndoAction(title_, std::move(changes_), undo_));
  } catch (...) {  // the document went away meanwhile: nothing to record
  }
  try {
    undo_->leaveUndoContext();  // an empty context leaves no entry
  } catch (...) {
  }
}

UndoStep* UndoStep::open_on(const Reference<css::frame::XModel>& document) {
  const std::lock_guard lock(open_steps_mutex);
  for (UndoStep* step : open_steps) {
    if (step->document_ == document) return step;
  }
  return nullptr;
}

void UndoStep::take(std::vector<RangeChange> changes) {
  for (RangeChange& change : changes) changes_.push_back(std::move(change));
}

}  // namespace kinerja::uno
