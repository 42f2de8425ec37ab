// A message box on the command's frame: skipped when the office runs headless (no user to
// answer it, so it must never block).
#pragma once

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace kinerja::uno {

bool office_is_headless();

void show_message(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, css::awt::MessageBoxType type,
                  const rtl::OUString& title, const rtl::OUString& message);

// A yes/no question on the command's frame; false (no) when nobody can answer (headless).
bool ask_yes_no(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame, const rtl::OUString& title,
                const rtl::OUString& question);

}  // namespace kinerja::uno
