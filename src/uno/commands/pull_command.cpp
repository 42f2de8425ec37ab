// Kinerja > Tarik Kiriman Bidang... and Tarik Kiriman dari Folder...: the submissions the
// user picks (several files, or a folder) pulled into the open master, as one undo step,
// with progress in the status bar.
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>

#include "core/menu_texts.hpp"
#include "core/outcome_messages.hpp"
#include "core/dialog_texts.hpp"
#include "uno/commands/commands.hpp"
#include "uno/commands/message_box.hpp"
#include "unobase/pickers.hpp"
#include "unobase/document.hpp"
#include "unobase/strings.hpp"
#include "uno/engine/pull.hpp"

namespace kinerja::uno {

using namespace unobase;

namespace {

CommandOutcome pull_command(const CommandContext& command, bool folder) {
  const OpenMaster master = open_master(command);

  PullRequest request;
  request.quarter = command.number("Quarter").value_or(0);
  request.command = folder ? "Tarik Kiriman dari Folder" : "Tarik Kiriman Bidang";
  for (const css::beans::PropertyValue& argument : command.arguments) {
    css::uno::Sequence<rtl::OUString> urls;
    rtl::OUString url;
    if (argument.Name == "InputUrls" && (argument.Value >>= urls)) request.inputs.assign(urls.begin(), urls.end());
    if (argument.Name == "InputUrls" && (argument.Value >>= url)) request.inputs.push_back(url);
  }
  if (request.inputs.empty()) {
    if (office_is_headless()) {
      return {false, command.say(core::outcome::needs_argument(
                         core::find_menu_command(folder ? "PullFolder" : "PullSubmissions")->title, "InputUrls"))};
    }
    const rtl::OUString start = master.folder();
    namespace text = core::dialog_text::pull;
    if (folder) {
      if (auto picked = pick_folder(command.context, command.say(text::folder), start)) request.inputs.push_back(*picked);
    } else {
      request.inputs = pick_files(command.context, command.say(text::files), command.say(text::filter), "*.ods;*.xlsx;*.xls;*.fods;*.csv;*.eml", start);
    }
    if (request.inputs.empty()) return {false, command.say(core::outcome::cancelled()), false};
  }
  css::uno::Reference<css::task::XStatusIndicator> progress;
  css::uno::Reference<css::task::XStatusIndicatorFactory> factory(command.frame, css::uno::UNO_QUERY);
  if (factory.is()) progress = factory->createStatusIndicator();
  return outcome_of(command, pull_submissions(command.context, master.document, master.name, request, progress));
}

}  // namespace

// Arguments: InputUrls (a URL or a sequence of URLs, files or folders), Quarter (1-4).
CommandOutcome pull_files_command(const CommandContext& command) { return pull_command(command, false); }
CommandOutcome pull_folder_command(const CommandContext& command) { return pull_command(command, true); }

}  // namespace kinerja::uno
