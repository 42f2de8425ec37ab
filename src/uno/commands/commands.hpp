// The menu commands: what each org.kinerja:<Name> URL does. A command reports its outcome
// to the user (a message box; none when the office is headless) and returns it as the
// dispatch result, which is how tests and scripts see it. Arguments given with the dispatch
// (e.g. OutputUrl) replace the questions a command would ask in the GUI.
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <org/kinerja/OperationResult.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "core/language.hpp"
#include "core/message.hpp"

namespace kinerja::uno {

struct CommandContext {
  css::uno::Reference<css::uno::XComponentContext> context;
  css::uno::Reference<css::frame::XFrame> frame;
  css::uno::Sequence<css::beans::PropertyValue> arguments;
  core::Language language = core::Language::indonesian;  // the office's UI language

  std::optional<rtl::OUString> text(const char* name) const;
  std::optional<sal_Int32> number(const char* name) const;
  std::optional<bool> flag(const char* name) const;

  // A text in the office's UI language.
  rtl::OUString say(const core::LocalizedText& text) const;
  rtl::OUString say(const core::Message& message) const;
};

struct CommandOutcome {
  bool success = true;
  rtl::OUString message;  // shown to the user and returned as the dispatch result
  bool show = true;       // false: nothing to tell (the user cancelled)
};

using CommandFunction = CommandOutcome (*)(const CommandContext&);

// The command for the path of an org.kinerja: URL ("About"), or nullptr.
CommandFunction find_command(std::string_view path);

// The outcome of an engine operation: its summary in the UI language, then its problems, one
// per line.
CommandOutcome outcome_of(const CommandContext& command, const org::kinerja::OperationResult& result);

// The spreadsheet open in the command's frame (the master), its URL and file name; empty
// when the frame shows no spreadsheet, `is_master` false when it shows one that is no
// Kinerja master (the menu refuses before the command runs).
struct OpenMaster {
  css::uno::Reference<css::sheet::XSpreadsheetDocument> document;
  bool is_master = false;
  rtl::OUString url;
  std::string name;
  rtl::OUString folder() const { return url.copy(0, url.lastIndexOf('/') + 1); }
};
OpenMaster open_master(const CommandContext& context);

// The commands themselves, one file each.
CommandOutcome about_command(const CommandContext& context);
CommandOutcome new_master_command(const CommandContext& context);
CommandOutcome make_forms_command(const CommandContext& context);
CommandOutcome send_forms_command(const CommandContext& context);
CommandOutcome pull_files_command(const CommandContext& context);
CommandOutcome pull_folder_command(const CommandContext& context);
CommandOutcome compute_recap_command(const CommandContext& context);
CommandOutcome flag_targets_command(const CommandContext& context);
CommandOutcome report_quarter_command(const CommandContext& context);
CommandOutcome report_semester_command(const CommandContext& context);
CommandOutcome report_year_command(const CommandContext& context);
CommandOutcome take_history_command(const CommandContext& context);
CommandOutcome export_pdf_command(const CommandContext& context);
CommandOutcome share_copy_command(const CommandContext& context);
CommandOutcome e81_command(const CommandContext& context);

}  // namespace kinerja::uno
