// The office's system mail service, the one File > Send uses: SimpleSystemMail where the
// platform has one (Windows, macOS), else SimpleCommandMail (on Linux the office's senddoc
// script, which opens the mail program set in Tools > Options > Internet > Email, or the
// desktop's default one). Each message opens in that program for the user to check and send.
#pragma once

#include <com/sun/star/system/XSimpleMailClient.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

#include "core/email.hpp"

namespace kinerja::uno {

class SystemMail {
 public:
  // Throws css::uno::Exception when the office has no mail service at all.
  explicit SystemMail(const css::uno::Reference<css::uno::XComponentContext>& context);

  // Opens a message to `mail.to_address` (none: the user picks), with its subject and body
  // and the files (URLs) attached. Only plain mail (core::plain_mail) reaches the service: on
  // Linux it becomes a shell command line. Throws css::uno::Exception when no mail program starts.
  void compose(const core::PlainMail& mail, const std::vector<rtl::OUString>& attachment_urls);

 private:
  css::uno::Reference<css::system::XSimpleMailClient> client_;
};

}  // namespace kinerja::uno
