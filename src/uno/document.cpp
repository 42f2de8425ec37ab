#include "uno/document.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/util/XCloseable.hpp>

namespace kinerja::uno {

OwnedDocument::OwnedDocument(css::uno::Reference<css::lang::XComponent> component)
    : component_(std::move(component)) {}

OwnedDocument::~OwnedDocument() {
  if (!component_.is()) return;
  try {
    css::uno::Reference<css::util::XCloseable> closeable(component_, css::uno::UNO_QUERY);
    if (closeable.is()) {
      closeable->close(true);
    } else {
      component_->dispose();
    }
  } catch (...) {  // already closed or disposed by someone else: nothing left to do
  }
}

css::uno::Reference<css::lang::XComponent> new_hidden_spreadsheet(
    const css::uno::Reference<css::uno::XComponentContext>& context) {
  css::uno::Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(context);
  css::beans::PropertyValue hidden;
  hidden.Name = "Hidden";
  hidden.Value <<= true;
  css::uno::Reference<css::lang::XComponent> document = desktop->loadComponentFromURL(
      "private:factory/scalc", "_blank", 0, css::uno::Sequence<css::beans::PropertyValue>(&hidden, 1));
  if (!document.is()) throw css::uno::RuntimeException("Kinerja: cannot create a spreadsheet");
  return document;
}

}  // namespace kinerja::uno
