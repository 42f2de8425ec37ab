// Files shipped inside the installed extension (the templates).
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

namespace kinerja::uno {

// file:///.../templates/<name> inside the installed org.kinerja.calc extension.
rtl::OUString template_url(const css::uno::Reference<css::uno::XComponentContext>& context,
                           const char* name);

}  // namespace kinerja::uno
