// The component's entry point: which implementations this library provides.
#include <cppuhelper/implementationentry.hxx>
#include <cppuhelper/supportsservice.hxx>

#include "uno/addin/functions_addin.hpp"
#include "uno/commands/protocol_handler.hpp"
#include "uno/engine/engine.hpp"

namespace kinerja::uno {
namespace {

template <typename Implementation>
css::uno::Reference<css::uno::XInterface> SAL_CALL create(
    const css::uno::Reference<css::uno::XComponentContext>& context) {
  return static_cast<cppu::OWeakObject*>(new Implementation(context));
}

template <typename Implementation>
rtl::OUString SAL_CALL implementation_name() {
  return rtl::OUString::createFromAscii(Implementation::implementation_name);
}

template <typename Implementation>
css::uno::Sequence<rtl::OUString> SAL_CALL service_names() {
  return Implementation::service_names();
}

template <typename Implementation>
constexpr cppu::ImplementationEntry entry() {
  return {create<Implementation>, implementation_name<Implementation>, service_names<Implementation>,
          cppu::createSingleComponentFactory, nullptr, 0};
}

const cppu::ImplementationEntry entries[] = {
    entry<FunctionsAddIn>(),
    entry<ProtocolHandler>(),
    entry<Engine>(),
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

}  // namespace
}  // namespace kinerja::uno

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation,
                                                                     void* service_manager,
                                                                     void* registry_key) {
  return cppu::component_getFactoryHelper(implementation, service_manager, registry_key,
                                          kinerja::uno::entries);
}
