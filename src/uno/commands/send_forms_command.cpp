// Kinerja > Kirim Formulir lewat Surel: for each bidang a message in the user's mail program,
// its form attached. In the GUI it asks the period (the working quarter first; a month sends the
// monthly progress forms), then the folder of the forms (next to the master by default; made there when it has none).
#include "core/dialog_texts.hpp"
#include "core/menu_texts.hpp"
#include "core/outcome_messages.hpp"
#include "core/period.hpp"
#include "uno/clock.hpp"
#include "uno/commands/commands.hpp"
#include "uno/commands/message_box.hpp"
#include "uno/commands/period_choice.hpp"
#include "uno/engine/form_emails.hpp"
#include "uno/engine/master_builder.hpp"
#include "unobase/document.hpp"
#include "unobase/field_dialog.hpp"
#include "unobase/pickers.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;
using rtl::OUString;

// Arguments: Month (1-12: the monthly progress forms) or Quarter (1-4; default the master's
// working quarter), FormsDirUrl (the folder of the forms; the GUI asks, headless requires it).
CommandOutcome send_forms_command(const CommandContext& command) {
  namespace text = core::dialog_text;
  const OpenMaster master = open_master(command);
  RequestedPeriod requested = requested_period(command);
  if (requested.refused) return *requested.refused;
  core::FormPeriod period = requested.period;
  std::optional<OUString> folder = command.text("FormsDirUrl");
  if (!folder && office_is_headless()) {
    return {false, command.say(core::outcome::needs_argument(core::find_menu_command("SendForms")->title, "FormsDirUrl"))};
  }
  if (!folder) {
    if (period.month == 0 && period.quarter == core::working_quarter_request) {
      const int working = core::working_quarter(read_master(master.document, master.name).settings.info, today());
      period.quarter = core::is_quarter(working) ? working : 1;
    }
    const PeriodChoices periods = period_choices(command);
    const auto answers = ask_fields(command.context, command.frame,
                                    {command.say(text::send_forms::title), command.say(text::send_forms::intro),
                                     command.say(text::ok), command.say(text::cancel)},
                                    {{command.say(text::make_forms::period), periods.label_of(period), periods.labels}});
    if (!answers) return {true, {}, false};
    period = periods.period_of((*answers)[0]);
    folder = pick_folder(command.context, command.say(text::send_forms::folder), master.folder());
    if (!folder) return {true, {}, false};
  }
  return outcome_of(command, open_form_emails(command.context, master.document, master.name, period, *folder));
}

}  // namespace kinerja::uno
