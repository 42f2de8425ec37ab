// An office document that this code opened and must close again, whatever happens.
#pragma once

#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace kinerja::uno {

class OwnedDocument {
 public:
  explicit OwnedDocument(css::uno::Reference<css::lang::XComponent> component);
  ~OwnedDocument();  // closes the document (close(true)); never throws
  OwnedDocument(const OwnedDocument&) = delete;
  OwnedDocument& operator=(const OwnedDocument&) = delete;

  const css::uno::Reference<css::lang::XComponent>& get() const { return component_; }

 private:
  css::uno::Reference<css::lang::XComponent> component_;
};

// A new, hidden, empty spreadsheet.
css::uno::Reference<css::lang::XComponent> new_hidden_spreadsheet(
    const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace kinerja::uno
