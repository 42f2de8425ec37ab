// The language of the office's user interface, as the Kinerja menu shows it: the menu's own
// title read back from the configuration in the office's UI locale. Indonesian when the
// office shows the menu in Indonesian, else English (an office without an Indonesian
// language pack shows the English titles, whatever the system's locale).
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/language.hpp"

namespace kinerja::unobase {

core::Language ui_language(const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace kinerja::unobase
