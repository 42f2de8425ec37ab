// The protocol handler for org.kinerja: URLs, behind the Calc-only Kinerja menu
// (extension/Addons.xcu). Each command is one entry of the command table (commands.hpp).
#pragma once

#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

namespace kinerja::uno {

class ProtocolHandler
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                   css::lang::XInitialization, css::lang::XServiceInfo> {
 public:
  static constexpr const char* implementation_name = "org.kinerja.comp.ProtocolHandler";
  static constexpr const char* protocol = "org.kinerja:";
  static css::uno::Sequence<rtl::OUString> service_names();

  explicit ProtocolHandler(const css::uno::Reference<css::uno::XComponentContext>& context);

  // XInitialization: the frame the commands work on.
  void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;

  // XDispatchProvider
  css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(
      const css::util::URL& url, const rtl::OUString& target, sal_Int32 flags) override;
  css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL queryDispatches(
      const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

  // XDispatch / XNotifyingDispatch
  void SAL_CALL dispatch(const css::util::URL& url,
                         const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
  void SAL_CALL dispatchWithNotification(
      const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
      const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;
  void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                                  const css::util::URL& url) override;
  void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                                     const css::util::URL& url) override;

  // XServiceInfo
  rtl::OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
  css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  css::uno::Reference<css::uno::XComponentContext> context_;
  css::uno::Reference<css::frame::XFrame> frame_;
};

}  // namespace kinerja::uno
