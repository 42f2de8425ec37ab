// Whether a file the office did not open is encrypted (saved with a password to open), read
// from the file itself: an .xlsx's compound-file container, an .ods's manifest (through the
// office's zip reader). The rules are core's (core/encrypted_file.hpp).
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace kinerja::unobase {

// False when the file cannot be read either: then it is not known to be encrypted.
bool is_encrypted_document(const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url);

}  // namespace kinerja::unobase
