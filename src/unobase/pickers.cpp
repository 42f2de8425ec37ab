#include "unobase/pickers.hpp"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>

namespace kinerja::unobase {

namespace {

// The files picked (several only with `multiple`); empty when cancelled.
std::vector<rtl::OUString> pick(const css::uno::Reference<css::uno::XComponentContext>& context, sal_Int16 mode,
                                const rtl::OUString& title, const rtl::OUString& filter_name, const rtl::OUString& filter,
                                const rtl::OUString& start, bool multiple = false,
                                const rtl::OUString& suggested_name = {}) {
  auto picker = css::ui::dialogs::FilePicker::createWithMode(context, mode);
  picker->setTitle(title);
  if (!suggested_name.isEmpty()) picker->setDefaultName(suggested_name);
  if (multiple) picker->setMultiSelectionMode(true);
  if (!start.isEmpty()) picker->setDisplayDirectory(start);
  css::uno::Reference<css::ui::dialogs::XFilterManager> filters(picker, css::uno::UNO_QUERY);
  if (filters.is()) {
    filters->appendFilter(filter_name, filter);
    filters->setCurrentFilter(filter_name);
  }
  if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return {};
  const auto files = picker->getSelectedFiles();
  return std::vector<rtl::OUString>(files.begin(), files.end());
}

std::optional<rtl::OUString> first(const std::vector<rtl::OUString>& files) {
  if (files.empty()) return std::nullopt;
  return files.front();
}

}  // namespace

std::optional<rtl::OUString> pick_file(const css::uno::Reference<css::uno::XComponentContext>& context,
                                       const rtl::OUString& title, const rtl::OUString& filter_name,
                                       const rtl::OUString& filter) {
  return first(pick(context, css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE, title, filter_name, filter, {}));
}

std::vector<rtl::OUString> pick_files(const css::uno::Reference<css::uno::XComponentContext>& context,
                                      const rtl::OUString& title, const rtl::OUString& filter_name,
                                      const rtl::OUString& filter, const rtl::OUString& start) {
  return pick(context, css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE, title, filter_name, filter, start, true);
}

std::optional<rtl::OUString> pick_save_file(const css::uno::Reference<css::uno::XComponentContext>& context,
                                            const rtl::OUString& title, const rtl::OUString& filter_name,
                                            const rtl::OUString& filter, const rtl::OUString& start,
                                            const rtl::OUString& suggested_name) {
  return first(pick(context, css::ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION, title, filter_name,
                    filter, start, false, suggested_name));
}

std::optional<rtl::OUString> pick_folder(const css::uno::Reference<css::uno::XComponentContext>& context,
                                         const rtl::OUString& title, const rtl::OUString& start) {
  auto picker = css::ui::dialogs::FolderPicker::create(context);
  picker->setTitle(title);
  if (!start.isEmpty()) picker->setDisplayDirectory(start);
  if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return std::nullopt;
  return picker->getDirectory();
}

}  // namespace kinerja::unobase
