// Kinerja > Buat Formulir Bidang: one form per bidang from the open master, for a quarter or,
// as the monthly progress report, a month. In the GUI it asks the period (the working quarter
// first) and the format, then the folder (next to the master by default); the outcome says how
// many, which period, which format and where.
#include "core/menu_texts.hpp"
#include "core/outcome_messages.hpp"
#include "core/dialog_texts.hpp"
#include "core/file_format.hpp"
#include "core/period.hpp"
#include "uno/clock.hpp"
#include "uno/commands/commands.hpp"
#include "uno/commands/message_box.hpp"
#include "uno/commands/period_choice.hpp"
#include "uno/engine/master_builder.hpp"
#include "uno/engine/operations.hpp"
#include "unobase/document.hpp"
#include "unobase/field_dialog.hpp"
#include "unobase/pickers.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;
using rtl::OUString;

namespace {

struct FormsChoice {
  core::FormPeriod period;
  std::string format;  // as the Format argument: xlsx, ods or both
};

// The period and format, asked in a dialog that starts at `initial`; nullopt when cancelled.
std::optional<FormsChoice> ask_period_and_format(const CommandContext& command, const FormsChoice& initial) {
  namespace text = core::dialog_text;
  const PeriodChoices periods = period_choices(command);
  const std::vector<std::pair<std::string, OUString>> formats = {
      {"xlsx", command.say(text::make_forms::format_xlsx)},
      {"ods", command.say(text::make_forms::format_ods)},
      {"both", command.say(text::make_forms::format_both)}};
  std::vector<OUString> format_labels;
  OUString initial_format = formats.front().second;
  for (const auto& [word, label] : formats) {
    format_labels.push_back(label);
    if (word == initial.format) initial_format = label;
  }
  const auto answers = ask_fields(
      command.context, command.frame,
      {command.say(text::make_forms::title), command.say(text::make_forms::intro), command.say(text::ok), command.say(text::cancel)},
      {{command.say(text::make_forms::period), periods.label_of(initial.period), periods.labels},
       {command.say(text::make_forms::format), initial_format, format_labels}});
  if (!answers) return std::nullopt;
  FormsChoice chosen = initial;
  chosen.period = periods.period_of((*answers)[0]);
  for (const auto& [word, label] : formats) {
    if ((*answers)[1] == label) chosen.format = word;
  }
  return chosen;
}

}  // namespace

// Arguments: Month (1-12: the monthly progress forms of that month) or Quarter (1-4; default
// the master's working quarter), OutputDirUrl, Format (ods, xlsx or both; default xlsx, which
// every spreadsheet program opens), Overwrite (true to write over forms already in the folder;
// without it the GUI asks, headless refuses).
CommandOutcome make_forms_command(const CommandContext& command) {
  const OpenMaster master = open_master(command);
  const bool headless = office_is_headless();

  std::string format = to_utf8(command.text("Format").value_or("xlsx"));
  RequestedPeriod requested = requested_period(command);
  if (requested.refused) return *requested.refused;
  core::FormPeriod period = requested.period;
  std::optional<OUString> folder = command.text("OutputDirUrl");
  if (!headless && !folder) {
    if (period.month == 0 && period.quarter == core::working_quarter_request) {
      const MasterReading reading = read_master(master.document, master.name);
      const int working = core::working_quarter(reading.settings.info, today());
      period.quarter = core::is_quarter(working) ? working : 1;
    }
    const auto chosen = ask_period_and_format(command, {period, format});
    if (!chosen) return {true, {}, false};
    period = chosen->period;
    format = chosen->format;
  }
  const std::vector<core::FileFormat> formats = core::parse_formats(format);
  if (formats.empty()) return {false, command.say(core::outcome::no_format(format))};

  if (!folder) {
    if (headless) return {false, command.say(core::outcome::needs_argument(core::find_menu_command("MakeForms")->title, "OutputDirUrl"))};
    folder = pick_folder(command.context, command.say(core::dialog_text::make_forms::folder), master.folder());
    if (!folder) return {true, {}, false};
  }
  const std::optional<bool> overwrite = command.flag("Overwrite");
  const auto may_overwrite = [&](const std::vector<std::string>& existing) {
    if (overwrite) return *overwrite;
    std::string names;
    for (std::size_t i = 0; i < existing.size() && i < 5; ++i) names += "\n" + existing[i];
    if (existing.size() > 5) names += "\n...";
    namespace text = core::dialog_text::make_forms;
    return ask_yes_no(command.context, command.frame, command.say(text::existing_title),
                      OUString::number(static_cast<sal_Int64>(existing.size())) + command.say(text::existing) + to_ou(names) +
                          "\n\n" + command.say(text::overwrite_question));
  };
  return outcome_of(command, make_forms(command.context, master.document, master.name, period, *folder, formats,
                               "Buat Formulir Bidang", may_overwrite));
}

}  // namespace kinerja::uno
