#include "uno/sheets/styles.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

namespace kinerja::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

void ensure_status_styles(const Reference<css::sheet::XSpreadsheetDocument>& document) {
  Reference<css::container::XNameContainer> styles(
      Reference<css::style::XStyleFamiliesSupplier>(document, UNO_QUERY_THROW)->getStyleFamilies()->getByName("CellStyles"),
      UNO_QUERY_THROW);
  Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
  const struct {
    const char* name;
    sal_Int32 background;
  } wanted[] = {{style_achieved, 0xC6EFCE}, {style_missed, 0xFFC7CE}, {style_unreported, 0xFFEB9C},
                {style_not_computed, 0xDDDDDD}};
  for (const auto& style : wanted) {
    const rtl::OUString name = rtl::OUString::createFromAscii(style.name);
    if (styles->hasByName(name)) continue;
    Reference<css::beans::XPropertySet> created(factory->createInstance("com.sun.star.style.CellStyle"), UNO_QUERY_THROW);
    styles->insertByName(name, css::uno::Any(created));
    created->setPropertyValue("CellBackColor", css::uno::Any(style.background));
  }
}

}  // namespace kinerja::uno
