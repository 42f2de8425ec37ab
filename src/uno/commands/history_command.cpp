// Kinerja > Ambil Riwayat Tahun Lalu...: earlier years' masters into the open master's Riwayat
// sheet, for the annual report's comparisons. Argument InputUrls (a URL or several) replaces
// the file picker; the sheet is brought into view.
#include "core/dialog_texts.hpp"
#include "core/master_layout.hpp"
#include "core/menu_texts.hpp"
#include "core/outcome_messages.hpp"
#include "uno/commands/commands.hpp"
#include "uno/commands/message_box.hpp"
#include "uno/engine/history.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/pickers.hpp"
#include "unobase/strings.hpp"
#include "unobase/view.hpp"

namespace kinerja::uno {

using namespace unobase;

CommandOutcome take_history_command(const CommandContext& command) {
  const OpenMaster master = open_master(command);
  std::vector<rtl::OUString> inputs;
  for (const css::beans::PropertyValue& argument : command.arguments) {
    css::uno::Sequence<rtl::OUString> urls;
    rtl::OUString url;
    if (argument.Name == "InputUrls" && (argument.Value >>= urls)) inputs.assign(urls.begin(), urls.end());
    if (argument.Name == "InputUrls" && (argument.Value >>= url)) inputs.push_back(url);
  }
  if (inputs.empty()) {
    if (office_is_headless()) {
      return {false, command.say(core::outcome::needs_argument(core::find_menu_command("TakeHistory")->title, "InputUrls"))};
    }
    namespace text = core::dialog_text::history;
    inputs = pick_files(command.context, command.say(text::files), command.say(text::filter), "*.ods", master.folder());
    if (inputs.empty()) return {false, command.say(core::outcome::cancelled()), false};
  }
  const org::kinerja::OperationResult result =
      take_history(command.context, master.document, master.name, master.url, inputs);
  if (result.Success) show_sheet(master.document, sheet_named(master.document, core::master_layout::history));
  return outcome_of(command, result);
}

}  // namespace kinerja::uno
