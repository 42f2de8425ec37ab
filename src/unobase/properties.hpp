// PropertyValue sequences, the way the office API takes its options (load, store, filters).
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include <initializer_list>

namespace kinerja::unobase {

inline css::beans::PropertyValue property(const char* name, const css::uno::Any& value) {
  css::beans::PropertyValue p;
  p.Name = rtl::OUString::createFromAscii(name);
  p.Value = value;
  return p;
}

inline css::uno::Sequence<css::beans::PropertyValue> properties(std::initializer_list<css::beans::PropertyValue> list) {
  css::uno::Sequence<css::beans::PropertyValue> out(static_cast<sal_Int32>(list.size()));
  std::copy(list.begin(), list.end(), out.getArray());
  return out;
}

}  // namespace kinerja::unobase
