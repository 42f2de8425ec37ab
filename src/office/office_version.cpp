#include "office/office_version.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <sstream>

#include "office/office_error.hpp"
#include "unobase/strings.hpp"

namespace kinerja::office {

std::string OfficeVersion::text() const { return version.empty() ? product : product + " " + version; }

OfficeVersion running_office_version(const css::uno::Reference<css::uno::XComponentContext>& context) {
  try {
    const css::uno::Reference<css::lang::XMultiServiceFactory> provider =
        css::configuration::theDefaultProvider::get(context);
    css::beans::NamedValue path{"nodepath", css::uno::Any(rtl::OUString("/org.openoffice.Setup/Product"))};
    const css::uno::Any argument(path);
    const css::uno::Sequence<css::uno::Any> arguments(&argument, 1);
    const css::uno::Reference<css::container::XNameAccess> product(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", arguments),
        css::uno::UNO_QUERY_THROW);
    rtl::OUString name;
    rtl::OUString version;
    product->getByName("ooName") >>= name;
    product->getByName("ooSetupVersionAboutBox") >>= version;
    return {unobase::to_utf8(name), unobase::to_utf8(version)};
  } catch (const css::uno::Exception&) {
    throw OfficeError("Versi LibreOffice tidak dapat dibaca dari konfigurasinya (/org.openoffice.Setup/Product).");
  }
}

OfficeVersion parse_version_line(const std::string& line) {
  // "<product words> <version> <build id>": the version is the first word that starts with a
  // digit; the words before it are the product's name.
  std::istringstream words(line);
  std::string word;
  OfficeVersion parsed;
  while (words >> word) {
    if (!word.empty() && word[0] >= '0' && word[0] <= '9') {
      parsed.version = word;
      return parsed;
    }
    parsed.product += (parsed.product.empty() ? "" : " ") + word;
  }
  return {};
}

}  // namespace kinerja::office
