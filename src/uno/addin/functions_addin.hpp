// The Calc add-in service org.kinerja.Functions: converts arguments and results, and asks
// src/core for every answer. The Function Wizard texts come from function_catalog.
#pragma once

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <org/kinerja/XFunctions.hpp>

namespace kinerja::uno {

class FunctionsAddIn
    : public cppu::WeakImplHelper4<org::kinerja::XFunctions, css::sheet::XAddIn,
                                   css::lang::XServiceName, css::lang::XServiceInfo> {
 public:
  static constexpr const char* implementation_name = "org.kinerja.comp.Functions";
  static constexpr const char* service_name = "org.kinerja.Functions";
  static css::uno::Sequence<rtl::OUString> service_names();
  using Cells = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;  // a required argument

  explicit FunctionsAddIn(const css::uno::Reference<css::uno::XComponentContext>& context);

  // XFunctions
  css::uno::Any SAL_CALL capaian(const Cells& realisasi, const Cells& target,
                                 const css::uno::Any& polaritas,
                                 const css::uno::Any& metodeNegatif) override;
  css::uno::Any SAL_CALL predikat(const Cells& capaian, const css::uno::Any& skala) override;
  css::uno::Any SAL_CALL agregasi(const Cells& nilai, const Cells& metode,
                                  const css::uno::Any& sampaiTw) override;
  css::uno::Any SAL_CALL targetsd(const Cells& targetTw, const Cells& sampaiTw, const Cells& metode,
                                  const css::uno::Any& jenisTarget) override;
  css::uno::Any SAL_CALL statuskinerja(const Cells& realisasi, const Cells& target,
                                       const css::uno::Any& polaritas,
                                       const css::uno::Any& metodeNegatif) override;
  css::uno::Any SAL_CALL angka(const Cells& teks) override;
  css::uno::Any SAL_CALL capaianrenstra(const Cells& realisasi, const Cells& targetAkhir,
                                        const css::uno::Any& kondisiAwal, const css::uno::Any& polaritas) override;
  css::uno::Any SAL_CALL efisiensi(const Cells& capaian, const Cells& serapan, const css::uno::Any& batas) override;

  // XAddIn
  rtl::OUString SAL_CALL getProgrammaticFuntionName(const rtl::OUString& display_name) override;
  rtl::OUString SAL_CALL getDisplayFunctionName(const rtl::OUString& method) override;
  rtl::OUString SAL_CALL getFunctionDescription(const rtl::OUString& method) override;
  rtl::OUString SAL_CALL getDisplayArgumentName(const rtl::OUString& method, sal_Int32 argument) override;
  rtl::OUString SAL_CALL getArgumentDescription(const rtl::OUString& method, sal_Int32 argument) override;
  rtl::OUString SAL_CALL getProgrammaticCategoryName(const rtl::OUString& method) override;
  rtl::OUString SAL_CALL getDisplayCategoryName(const rtl::OUString& method) override;

  // XLocalizable
  void SAL_CALL setLocale(const css::lang::Locale& locale) override;
  css::lang::Locale SAL_CALL getLocale() override;

  // XServiceName
  rtl::OUString SAL_CALL getServiceName() override;

  // XServiceInfo
  rtl::OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
  css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  css::lang::Locale locale_;
};

}  // namespace kinerja::uno
