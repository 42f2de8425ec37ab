// The file and folder questions of the menu commands (GUI only: a headless office gets its
// answers as dispatch arguments).
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>

namespace kinerja::uno {

// A file to open, with one filter ("CSV (*.csv)", "*.csv"); nullopt when cancelled.
std::optional<rtl::OUString> pick_file(const css::uno::Reference<css::uno::XComponentContext>& context,
                                       const rtl::OUString& title, const rtl::OUString& filter_name,
                                       const rtl::OUString& filter);

// A file to save, with one filter, starting at `start`; nullopt when cancelled.
std::optional<rtl::OUString> pick_save_file(const css::uno::Reference<css::uno::XComponentContext>& context,
                                            const rtl::OUString& title, const rtl::OUString& filter_name,
                                            const rtl::OUString& filter, const rtl::OUString& start);

// A folder, starting at `start` (a URL, may be empty); nullopt when cancelled.
std::optional<rtl::OUString> pick_folder(const css::uno::Reference<css::uno::XComponentContext>& context,
                                         const rtl::OUString& title, const rtl::OUString& start);

}  // namespace kinerja::uno
