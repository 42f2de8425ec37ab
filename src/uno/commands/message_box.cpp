#include "uno/commands/message_box.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <rtl/process.h>

namespace kinerja::uno {

bool office_is_headless() {
  const sal_uInt32 count = rtl_getAppCommandArgCount();
  for (sal_uInt32 i = 0; i < count; ++i) {
    rtl::OUString argument;
    rtl_getAppCommandArg(i, &argument.pData);
    if (argument == "--headless" || argument == "-headless" || argument == "--invisible" ||
        argument == "-invisible") {
      return true;
    }
  }
  return false;
}

namespace {

// The box's answer (MessageBoxResults), or CANCEL when it cannot be shown.
sal_Int16 run_box(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, css::awt::MessageBoxType type,
                  sal_Int32 buttons, const rtl::OUString& title, const rtl::OUString& message) {
  if (office_is_headless() || !frame.is()) return css::awt::MessageBoxResults::CANCEL;
  css::uno::Reference<css::awt::XWindowPeer> parent(frame->getContainerWindow(), css::uno::UNO_QUERY);
  if (!parent.is()) return css::awt::MessageBoxResults::CANCEL;
  css::uno::Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context),
                                                           css::uno::UNO_QUERY_THROW);
  css::uno::Reference<css::awt::XMessageBox> box = factory->createMessageBox(parent, type, buttons, title, message);
  return box.is() ? box->execute() : css::awt::MessageBoxResults::CANCEL;
}

}  // namespace

void show_message(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, css::awt::MessageBoxType type,
                  const rtl::OUString& title, const rtl::OUString& message) {
  run_box(context, frame, type, css::awt::MessageBoxButtons::BUTTONS_OK, title, message);
}

bool ask_yes_no(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame, const rtl::OUString& title,
                const rtl::OUString& question) {
  return run_box(context, frame, css::awt::MessageBoxType_QUERYBOX,
                 css::awt::MessageBoxButtons::BUTTONS_YES_NO | css::awt::MessageBoxButtons::DEFAULT_BUTTON_NO, title,
                 question) == css::awt::MessageBoxResults::YES;
}

}  // namespace kinerja::uno
