// UTF-8 std::string <-> OUString, the only text conversion between core and UNO.
#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <initializer_list>

#include <string>
#include <string_view>

namespace kinerja::unobase {

inline rtl::OUString to_ou(std::string_view text) {
  return rtl::OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

inline std::string to_utf8(const rtl::OUString& text) {
  const rtl::OString bytes = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
  return std::string(bytes.getStr(), static_cast<std::size_t>(bytes.getLength()));
}

// A sequence of ASCII names (service names): Sequence's initializer lists are internal-only
// in the SDK headers.
inline css::uno::Sequence<rtl::OUString> ascii_names(std::initializer_list<const char*> names) {
  css::uno::Sequence<rtl::OUString> out(static_cast<sal_Int32>(names.size()));
  sal_Int32 i = 0;
  for (const char* name : names) out.getArray()[i++] = rtl::OUString::createFromAscii(name);
  return out;
}

}  // namespace kinerja::unobase
