// Kinerja > Kirim Formulir lewat Surel: for each bidang a message in the user's mail program,
// its form attached. In the GUI it asks the quarter (the working quarter first), then the
// folder of the forms (next to the master by default; made there when it has none).
#include "core/dialog_texts.hpp"
#include "core/menu_texts.hpp"
#include "core/outcome_messages.hpp"
#include "core/period.hpp"
#include "uno/clock.hpp"
#include "uno/commands/commands.hpp"
#include "uno/commands/message_box.hpp"
#include "uno/engine/form_emails.hpp"
#include "uno/engine/master_builder.hpp"
#include "unobase/document.hpp"
#include "unobase/field_dialog.hpp"
#include "unobase/pickers.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;
using rtl::OUString;

// Arguments: Quarter (1-4; default the master's working quarter), FormsDirUrl (the folder of
// the forms; the GUI asks, headless requires it).
CommandOutcome send_forms_command(const CommandContext& command) {
  namespace text = core::dialog_text;
  const OpenMaster master = open_master(command);
  const bool headless = office_is_headless();
  sal_Int32 quarter = command.number("Quarter").value_or(core::working_quarter_request);
  if (quarter != core::working_quarter_request && !core::is_quarter(quarter)) {
    return {false, command.say(core::outcome::no_quarter(quarter))};
  }
  std::optional<OUString> folder = command.text("FormsDirUrl");
  if (!folder && headless) {
    return {false, command.say(core::outcome::needs_argument(core::find_menu_command("SendForms")->title, "FormsDirUrl"))};
  }
  if (!folder) {
    if (quarter == core::working_quarter_request) {
      quarter = core::working_quarter(read_master(master.document, master.name).settings.info, today());
    }
    std::vector<OUString> quarters;
    for (int q = 1; q <= 4; ++q) quarters.push_back(to_ou("TW " + std::string(core::roman(q))));
    const auto answers = ask_fields(
        command.context, command.frame,
        {command.say(text::send_forms::title), command.say(text::send_forms::intro), command.say(text::ok),
         command.say(text::cancel)},
        {{command.say(text::make_forms::quarter), quarters[static_cast<std::size_t>(core::is_quarter(quarter) ? quarter - 1 : 0)],
          quarters}});
    if (!answers) return {true, {}, false};
    for (int q = 1; q <= 4; ++q) {
      if ((*answers)[0] == quarters[static_cast<std::size_t>(q - 1)]) quarter = q;
    }
    folder = pick_folder(command.context, command.say(text::send_forms::folder), master.folder());
    if (!folder) return {true, {}, false};
  }
  return outcome_of(command, open_form_emails(command.context, master.document, master.name, quarter, *folder));
}

}  // namespace kinerja::uno
