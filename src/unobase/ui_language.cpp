#include "unobase/ui_language.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include "core/menu_texts.hpp"
#include "unobase/strings.hpp"

namespace kinerja::unobase {

core::Language ui_language(const css::uno::Reference<css::uno::XComponentContext>& context) {
  try {
    const css::uno::Reference<css::lang::XMultiServiceFactory> provider =
        css::configuration::theDefaultProvider::get(context);
    css::beans::NamedValue path{"nodepath", css::uno::Any(rtl::OUString("/org.openoffice.Office.Addons/AddonUI"))};
    const css::uno::Any argument(path);
    const css::uno::Sequence<css::uno::Any> arguments(&argument, 1);
    const css::uno::Reference<css::container::XHierarchicalNameAccess> menu(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", arguments),
        css::uno::UNO_QUERY_THROW);
    rtl::OUString title;
    menu->getByHierarchicalName("OfficeMenuBar/org.kinerja.menu/Submenu/m001/Title") >>= title;
    const core::MenuCommandInfo* first = core::find_menu_command("NewMaster");
    if (first && to_utf8(title).rfind(std::string(first->title.id), 0) == 0) return core::Language::indonesian;
  } catch (const css::uno::Exception&) {  // no menu configuration: English, as an office without our titles
  }
  return core::Language::english;
}

}  // namespace kinerja::unobase
