// Kinerja > Buku Induk Baru: a new master workbook from the template, filled from the
// performance agreement (CSV) the user picks, or with an empty PK sheet to fill by hand.
// In the GUI it asks for the agreement, then the year (suggested from the agreement), the
// agency and the signatory; cancelling either question makes nothing.
#include "core/menu_texts.hpp"
#include "core/outcome_messages.hpp"
#include "core/dialog_texts.hpp"
#include "core/master_settings.hpp"
#include "core/suggested_names.hpp"
#include "uno/clock.hpp"
#include "uno/commands/commands.hpp"
#include "uno/commands/message_box.hpp"
#include "uno/engine/master_builder.hpp"
#include "uno/engine/operations.hpp"
#include "unobase/field_dialog.hpp"
#include "unobase/pickers.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;
using rtl::OUString;

namespace {

const CommandOutcome cancelled{true, {}, false};

}  // namespace

// Arguments: AgreementUrl, Year, Agency, Signatory, SignatoryNip, SignatoryTitle, OutputUrl
// (store there instead of opening it). Without Year the suggested year is taken.
CommandOutcome new_master_command(const CommandContext& command) {
  namespace text = core::dialog_text;
  const bool headless = office_is_headless();
  NewMaster request;
  request.agreement_csv_url = command.text("AgreementUrl");
  if (!request.agreement_csv_url && !headless) {
    request.agreement_csv_url = pick_file(command.context, command.say(text::new_master::pick_agreement), "CSV (*.csv)", "*.csv");
    if (!request.agreement_csv_url &&
        !ask_yes_no(command.context, command.frame, command.say(text::new_master::title), command.say(text::new_master::no_agreement))) {
      return cancelled;
    }
  }
  const int this_year = today().year;
  const auto year = command.number("Year");
  request.year = year ? *year
                      : (request.agreement_csv_url ? suggest_master_year(command.context, *request.agreement_csv_url, this_year)
                                                   : this_year);
  request.agency = command.text("Agency").value_or(OUString());
  request.signatory_name = command.text("Signatory").value_or(OUString());
  request.signatory_nip = command.text("SignatoryNip").value_or(OUString());
  request.signatory_title = command.text("SignatoryTitle").value_or(OUString());
  const auto output = command.text("OutputUrl");

  if (!headless && !output) {
    const core::MasterInfo defaults;
    const auto answers = ask_fields(
        command.context, command.frame,
        {command.say(text::new_master::title), command.say(text::new_master::intro), command.say(text::ok), command.say(text::cancel)},
        {{command.say(text::new_master::year), OUString::number(request.year), {}},
         {command.say(text::new_master::agency),
          request.agency.isEmpty() ? to_ou(std::string(core::default_agency)) : request.agency, {}},
         {command.say(text::new_master::signatory_name), request.signatory_name, {}},
         {command.say(text::new_master::signatory_nip), request.signatory_nip, {}},
         {command.say(text::new_master::signatory_title),
          request.signatory_title.isEmpty() ? to_ou(defaults.signatory_title) : request.signatory_title, {}}});
    if (!answers) return cancelled;
    const auto typed_year = core::parse_year(to_utf8((*answers)[0]));
    if (!typed_year) return {false, "\"" + (*answers)[0].trim() + "\" " + command.say(text::new_master::invalid_year)};
    request.year = *typed_year;
    request.agency = (*answers)[1];
    request.signatory_name = (*answers)[2];
    request.signatory_nip = (*answers)[3];
    request.signatory_title = (*answers)[4];
  }

  if (output) return outcome_of(command, create_master_file(command.context, request, *output));
  if (headless) return {false, command.say(core::outcome::needs_argument(core::find_menu_command("NewMaster")->title, "OutputUrl"))};
  css::uno::Reference<css::lang::XComponent> document;
  return outcome_of(command, new_master(command.context, request, false, &document));  // stays open for the user
}

}  // namespace kinerja::uno
