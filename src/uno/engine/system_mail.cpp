#include "uno/engine/system_mail.hpp"

#include <com/sun/star/system/SimpleCommandMail.hpp>
#include <com/sun/star/system/SimpleMailClientFlags.hpp>
#include <com/sun/star/system/SimpleSystemMail.hpp>
#include <com/sun/star/system/XSimpleMailMessage2.hpp>

#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;
using css::uno::Reference;

SystemMail::SystemMail(const Reference<css::uno::XComponentContext>& context) {
  Reference<css::system::XSimpleMailClientSupplier> supplier;
  try {  // as sfx2's mail model: the platform's own service first
    supplier = css::system::SimpleSystemMail::create(context);
  } catch (const css::uno::Exception&) {
  }
  if (!supplier.is()) supplier = css::system::SimpleCommandMail::create(context);
  client_ = supplier->querySimpleMailClient();
  if (!client_.is()) throw css::uno::RuntimeException("no mail client");
}

void SystemMail::compose(const core::PlainMail& mail, const std::vector<rtl::OUString>& attachment_urls) {
  Reference<css::system::XSimpleMailMessage> message = client_->createSimpleMailMessage();
  if (!mail.to_address.empty()) message->setRecipient(to_ou(mail.to_address));  // the bare address, never a name
  message->setSubject(to_ou(mail.subject));
  const Reference<css::system::XSimpleMailMessage2> with_body(message, css::uno::UNO_QUERY);
  if (with_body.is()) with_body->setBody(to_ou(mail.body));
  message->setAttachement(css::uno::Sequence<rtl::OUString>(attachment_urls.data(),
                                                            static_cast<sal_Int32>(attachment_urls.size())));
  // DEFAULTS: the message opens for the user to read and send; nothing goes out unseen.
  client_->sendSimpleMailMessage(message, css::system::SimpleMailClientFlags::DEFAULTS);
}

}  // namespace kinerja::uno
