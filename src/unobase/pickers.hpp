// The file and folder questions of the menu commands (GUI only: a headless office gets its
// answers as dispatch arguments).
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <vector>

namespace kinerja::unobase {

// A file to open, with one filter ("CSV (*.csv)", "*.csv"); nullopt when cancelled.
std::optional<rtl::OUString> pick_file(const css::uno::Reference<css::uno::XComponentContext>& context,
                                       const rtl::OUString& title, const rtl::OUString& filter_name,
                                       const rtl::OUString& filter);

// Several files to open (multiple selection), starting at `start`; empty when cancelled.
std::vector<rtl::OUString> pick_files(const css::uno::Reference<css::uno::XComponentContext>& context,
                                      const rtl::OUString& title, const rtl::OUString& filter_name,
                                      const rtl::OUString& filter, const rtl::OUString& start);

// A file to save, with one filter, starting at `start` with `suggested_name` filled in;
// nullopt when cancelled.
std::optional<rtl::OUString> pick_save_file(const css::uno::Reference<css::uno::XComponentContext>& context,
                                            const rtl::OUString& title, const rtl::OUString& filter_name,
                                            const rtl::OUString& filter, const rtl::OUString& start,
                                            const rtl::OUString& suggested_name = {});

// A folder, starting at `start` (a URL, may be empty); nullopt when cancelled.
std::optional<rtl::OUString> pick_folder(const css::uno::Reference<css::uno::XComponentContext>& context,
                                         const rtl::OUString& title, const rtl::OUString& start);

}  // namespace kinerja::unobase
