// The engine service org.kinerja.Engine: the one code path behind the menu commands and the
// CLI. It runs inside the office; the CLI reaches it over a UNO bridge.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/kinerja/XEngine.hpp>

namespace kinerja::uno {

class Engine : public cppu::WeakImplHelper2<org::kinerja::XEngine, css::lang::XServiceInfo> {
 public:
  static constexpr const char* implementation_name = "org.kinerja.comp.Engine";
  static constexpr const char* service_name = "org.kinerja.Engine";
  static css::uno::Sequence<rtl::OUString> service_names();

  explicit Engine(const css::uno::Reference<css::uno::XComponentContext>& context);

  // XEngine
  rtl::OUString SAL_CALL getVersion() override;
  org::kinerja::FormulaResult SAL_CALL evaluate(const rtl::OUString& formula) override;
  org::kinerja::OperationResult SAL_CALL createMaster(const rtl::OUString& agreementCsvUrl, sal_Int32 year,
                                                      const rtl::OUString& agency,
                                                      const rtl::OUString& outputUrl) override;
  org::kinerja::OperationResult SAL_CALL makeForms(const rtl::OUString& masterUrl, sal_Int32 quarter,
                                                   const rtl::OUString& outputDirUrl,
                                                   const rtl::OUString& format, sal_Bool overwrite) override;
  org::kinerja::OperationResult SAL_CALL pull(const rtl::OUString& masterUrl,
                                              const css::uno::Sequence<rtl::OUString>& inputUrls,
                                              sal_Int32 quarter) override;
  org::kinerja::OperationResult SAL_CALL rollup(const rtl::OUString& masterUrl, const rtl::OUString& period) override;
  org::kinerja::OperationResult SAL_CALL report(const rtl::OUString& masterUrl, const rtl::OUString& period,
                                                const rtl::OUString& pdfUrl) override;
  org::kinerja::OperationResult SAL_CALL share(const rtl::OUString& masterUrl, const rtl::OUString& outputUrl,
                                               sal_Bool everything) override;
  org::kinerja::OperationResult SAL_CALL history(const rtl::OUString& masterUrl,
                                                 const css::uno::Sequence<rtl::OUString>& inputUrls) override;
  org::kinerja::OperationResult SAL_CALL formEmails(const rtl::OUString& masterUrl, sal_Int32 quarter,
                                                    const rtl::OUString& formsDirUrl, const rtl::OUString& emlDirUrl,
                                                    sal_Bool overwrite) override;
  org::kinerja::OperationResult SAL_CALL makeMonthlyForms(const rtl::OUString& masterUrl, sal_Int32 month,
                                                          const rtl::OUString& outputDirUrl,
                                                          const rtl::OUString& format, sal_Bool overwrite) override;
  org::kinerja::OperationResult SAL_CALL monthlyFormEmails(const rtl::OUString& masterUrl, sal_Int32 month,
                                                           const rtl::OUString& formsDirUrl,
                                                           const rtl::OUString& emlDirUrl, sal_Bool overwrite) override;
  org::kinerja::OperationResult SAL_CALL e81(const rtl::OUString& masterUrl, sal_Int32 quarter,
                                             const rtl::OUString& outputUrl) override;

  // XServiceInfo
  rtl::OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
  css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace kinerja::uno
