// Kinerja > Buku Induk Baru: a new master workbook from the template, filled from the
// performance agreement (CSV) the user picks, or with an empty PK sheet to fill by hand.
#include "uno/clock.hpp"
#include "uno/commands/commands.hpp"
#include "uno/commands/message_box.hpp"
#include "unobase/pickers.hpp"
#include "uno/engine/operations.hpp"

namespace kinerja::uno {

using namespace unobase;

// Arguments: AgreementUrl, Year, Agency, OutputUrl (store there instead of opening it).
CommandOutcome new_master_command(const CommandContext& command) {
  NewMaster request;
  request.year = command.number("Year").value_or(today().year);
  request.agency = command.text("Agency").value_or(rtl::OUString());
  request.agreement_csv_url = command.text("AgreementUrl");
  const bool headless = office_is_headless();
  if (!request.agreement_csv_url && !headless) {
    // Cancelling the question starts from an empty PK sheet.
    request.agreement_csv_url = pick_file(command.context, "Perjanjian Kinerja dan Rencana Aksi (CSV)",
                                          "CSV (*.csv)", "*.csv");
  }
  if (const auto output = command.text("OutputUrl")) {
    return outcome_of(create_master_file(command.context, request, *output));
  }
  if (headless) return {false, "Buku Induk Baru tanpa layar memerlukan argumen OutputUrl."};
  css::uno::Reference<css::lang::XComponent> document;
  return outcome_of(new_master(command.context, request, false, &document));  // stays open for the user
}

}  // namespace kinerja::uno
