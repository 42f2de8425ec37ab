// A small dialog of labelled text fields and one list of choices at most, built at run time
// (no dialog files in the extension): what a menu command asks before it works. GUI only: a
// headless office gets its answers as dispatch arguments.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <vector>

namespace kinerja::unobase {

struct DialogField {
  rtl::OUString label;
  rtl::OUString value;                  // filled in when the dialog opens
  std::vector<rtl::OUString> choices;   // not empty: a drop-down list, `value` the one chosen
};

struct DialogText {
  rtl::OUString title;
  rtl::OUString intro;  // a sentence above the fields (may be empty)
  rtl::OUString ok;
  rtl::OUString cancel;
};

// The values as the user left them, in the order of `fields` (a list: the choice's text);
// nullopt when the user cancelled. On the frame's window when there is one.
std::optional<std::vector<rtl::OUString>> ask_fields(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                     const css::uno::Reference<css::frame::XFrame>& frame,
                                                     const DialogText& text, const std::vector<DialogField>& fields);

}  // namespace kinerja::unobase
