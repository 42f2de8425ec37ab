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

namespace {

// While the office undoes or redoes an entry, its undo manager records nothing anyway;
// locking it keeps it so (turning the document's undo off here makes setDataArray fail).
class Quiet {
 public:
  explicit Quiet(const css::uno::WeakReference<css::frame::XModel>& weak) {
    Reference<css::document::XUndoManagerSupplier> supplier(Reference<css::frame::XModel>(weak), css::uno::UNO_QUERY);
    if (supplier.is()) undo_ = supplier->getUndoManager();
    if (undo_.is()) undo_->lock();
  }
  ~Quiet() {
    try {
      if (undo_.is()) undo_->unlock();
    } catch (...) {
    }
  }
  Quiet(const Quiet&) = delete;
  Quiet& operator=(const Quiet&) = delete;

 private:
  Reference<css::document::XUndoManager> undo_;
};

class RangesUndoAction : public cppu::WeakImplHelper1<css::document::XUndoAction> {
 public:
  RangesUndoAction(rtl::OUString title, std::vector<RangeChange> changes, const Reference<css::frame::XModel>& document)
      : title_(std::move(title)), changes_(std::move(changes)), document_(document) {}

  rtl::OUString SAL_CALL getTitle() override { return title_; }

  void SAL_CALL undo() override {
    const Quiet quiet(document_);
    for (auto change = changes_.rbegin(); change != changes_.rend(); ++change) change->range->setDataArray(change->before);
  }

  void SAL_CALL redo() override {
    const Quiet quiet(document_);
    for (const RangeChange& change : changes_) change.range->setDataArray(change.after);
  }

 private:
  rtl::OUString title_;
  std::vector<RangeChange> changes_;
  css::uno::WeakReference<css::frame::XModel> document_;  // the document owns this action
};

std::mutex open_steps_mutex;
std::vector<UndoStep*> open_steps;

}  // namespace

void add_undo_action(const Reference<css::frame::XModel>& document, const rtl::OUString& title,
                     std::vector<RangeChange> changes) {
  Reference<css::document::XUndoManagerSupplier> supplier(document, css::uno::UNO_QUERY);
  if (supplier.is()) supplier->getUndoManager()->addUndoAction(new RangesUndoAction(title, std::move(changes), document));
}

UndoRecordingOff::UndoRecordingOff(const Reference<css::frame::XModel>& document)
    : document_(document, css::uno::UNO_QUERY) {
  if (!document_.is()) return;
  document_->getPropertyValue("IsUndoEnabled") >>= was_enabled_;
  if (was_enabled_) document_->setPropertyValue("IsUndoEnabled", css::uno::Any(false));
}

UndoRecordingOff::~UndoRecordingOff() {
  try {
    if (document_.is() && was_enabled_) document_->setPropertyValue("IsUndoEnabled", css::uno::Any(true));
  } catch (...) {  // the document went away meanwhile
  }
}

UndoStep::UndoStep(const Reference<css::frame::XModel>& document, const rtl::OUString& title)
    : document_(document), title_(title) {
  recording_ = std::make_unique<UndoRecordingOff>(document);
  const std::lock_guard lock(open_steps_mutex);
  open_steps.push_back(this);
}

UndoStep::~UndoStep() {
  {
    const std::lock_guard lock(open_steps_mutex);
    open_steps.erase(std::remove(open_steps.begin(), open_steps.end(), this), open_steps.end());
  }
  recording_.reset();
  try {
    if (!changes_.empty()) add_undo_action(document_, title_, std::move(changes_));
  } catch (...) {  // the document went away meanwhile: nothing to record
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
