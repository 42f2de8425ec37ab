#include "uno/engine/extension_files.hpp"

#include <com/sun/star/deployment/PackageInformationProvider.hpp>

namespace kinerja::uno {

rtl::OUString template_url(const css::uno::Reference<css::uno::XComponentContext>& context,
                           const char* name) {
  const rtl::OUString location =
      css::deployment::PackageInformationProvider::get(context)->getPackageLocation("org.kinerja.calc");
  if (location.isEmpty()) {
    throw css::uno::RuntimeException("Kinerja: lokasi ekstensi org.kinerja.calc tidak ditemukan");
  }
  return location + "/templates/" + rtl::OUString::createFromAscii(name);
}

}  // namespace kinerja::uno
