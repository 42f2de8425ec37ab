// Which LibreOffice a session talks to: the product name and version as the running office's
// own configuration has them (/org.openoffice.Setup/Product: ooName, ooSetupVersionAboutBox),
// e.g. "LibreOffice 25.2.3.2", the words of its About box and of `soffice --version`.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace kinerja::office {

struct OfficeVersion {
  std::string product;  // "LibreOffice"
  std::string version;  // "25.2.3.2"

  // "LibreOffice 25.2.3.2".
  std::string text() const;
  bool operator==(const OfficeVersion&) const = default;
};

// Asks the office of `context` (a remote context). Throws OfficeError when its configuration
// does not answer.
OfficeVersion running_office_version(const css::uno::Reference<css::uno::XComponentContext>& context);

// The product and version of a `soffice --version` line ("LibreOffice 7.4.7.2 40(Build:2)");
// empty fields when the line is not one.
OfficeVersion parse_version_line(const std::string& line);

}  // namespace kinerja::office
