// Kinerja > Hitung Rekap, Tandai Target Tidak Tercapai, Isi Laporan (triwulan, semester,
// tahunan), Ekspor Laporan ke PDF..., Salin untuk Dibagikan...: SOP steps 3-9 on the open
// master. Arguments replace the GUI's questions: Period (tw1..tw4, s1, s2, year), PdfUrl,
// OutputUrl. A command brings the sheet it produced into view; the save questions suggest a
// file name and the message names the full path.
#include "core/menu_texts.hpp"
#include "core/outcome_messages.hpp"
#include "core/dialog_texts.hpp"
#include "core/e81.hpp"
#include "core/master_layout.hpp"
#include "core/master_settings.hpp"
#include "core/report.hpp"
#include "core/suggested_names.hpp"
#include "core/period.hpp"
#include "uno/clock.hpp"
#include "uno/commands/commands.hpp"
#include "uno/commands/message_box.hpp"
#include "unobase/pickers.hpp"
#include "unobase/document.hpp"
#include "uno/engine/master_builder.hpp"
#include "uno/engine/e81_form.hpp"
#include "uno/engine/compute_recap.hpp"
#include "uno/engine/fill_report.hpp"
#include "uno/engine/flag_targets.hpp"
#include "uno/engine/report_pdf.hpp"
#include "uno/engine/share_copy.hpp"
#include "uno/engine/report_sheets.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/strings.hpp"
#include "unobase/view.hpp"

namespace kinerja::uno {

using namespace unobase;

namespace {

CommandOutcome unknown_period(const CommandContext& command) {
  return {false, command.say(core::outcome::unknown_period())};
}

// The period asked for, else the master's working quarter mapped by `choose`.
template <typename Choose>
std::optional<core::Period> period_of(const CommandContext& command, const OpenMaster& master, Choose&& choose) {
  if (const auto text = command.text("Period")) return core::parse_report_period(to_utf8(*text));
  const MasterReading reading = read_master(master.document, master.name);
  return choose(core::working_quarter(reading.settings.info, today()));
}

std::optional<rtl::OUString> save_as(const CommandContext& command, const char* argument, const rtl::OUString& title,
                                     const rtl::OUString& filter_name, const rtl::OUString& filter,
                                     const rtl::OUString& start, const std::string& suggested_name) {
  if (auto given = command.text(argument)) return given;
  if (office_is_headless()) return std::nullopt;
  return pick_save_file(command.context, title, filter_name, filter, start, to_ou(suggested_name));
}

// The master's year, for a suggested file name: Pengaturan alone is read.
int year_of(const OpenMaster& master) {
  return core::read_settings(read_sheet(sheet_named(master.document, core::master_layout::settings),
                                        std::string(core::master_layout::settings)))
      .settings.info.year;
}

// The outcome of a command that produced a sheet: on success the sheet is brought into view.
CommandOutcome showing(const CommandContext& command, const OpenMaster& master, std::string_view sheet, const org::kinerja::OperationResult& result) {
  if (result.Success && master.document->getSheets()->hasByName(to_ou(sheet))) {
    show_sheet(master.document, sheet_named(master.document, sheet));
  }
  return outcome_of(command, result);
}

template <typename Choose>
CommandOutcome report_command(const CommandContext& command, Choose&& choose) {
  const OpenMaster master = open_master(command);
  const auto period = period_of(command, master, choose);
  if (!period) return unknown_period(command);
  return showing(command, master, core::report_sheet_name(*period), fill_report(master.document, master.name, *period, "Isi Laporan"));
}

}  // namespace

CommandOutcome compute_recap_command(const CommandContext& command) {
  const OpenMaster master = open_master(command);
  return showing(command, master, core::master_layout::recap, compute_recap(master.document, master.name, "Hitung Rekap"));
}

CommandOutcome flag_targets_command(const CommandContext& command) {
  const OpenMaster master = open_master(command);
  std::optional<core::Period> period;
  if (const auto text = command.text("Period")) {
    period = core::parse_report_period(to_utf8(*text));
    if (!period) return unknown_period(command);
  }
  return showing(command, master, core::master_layout::disposition, flag_targets(master.document, master.name, period));
}

CommandOutcome report_quarter_command(const CommandContext& command) {
  return report_command(command, [](int quarter) { return core::quarter_period(quarter); });
}

CommandOutcome report_semester_command(const CommandContext& command) {
  return report_command(command, [](int quarter) { return core::semester_of(quarter); });
}

CommandOutcome report_year_command(const CommandContext& command) {
  return report_command(command, [](int) { return core::Period::year; });
}

CommandOutcome export_pdf_command(const CommandContext& command) {
  const OpenMaster master = open_master(command);
  std::optional<core::Period> asked;
  if (const auto text = command.text("Period")) {
    asked = core::parse_report_period(to_utf8(*text));
    if (!asked) return unknown_period(command);
  }
  // The report is chosen before the question, so that the file name can say which it is.
  const std::optional<ReportSheet> report = chosen_report(master.document, asked);
  if (!report) return {false, command.say(core::outcome::no_report(asked))};
  const auto url = save_as(command, "PdfUrl", command.say(core::dialog_text::save::pdf), "PDF (*.pdf)", "*.pdf", master.folder(),
                           core::report_pdf_name(report->period, year_of(master)));
  if (!url) {
    if (office_is_headless()) return {false, command.say(core::outcome::needs_argument(core::find_menu_command("ExportPdf")->title, "PdfUrl"))};
    return {false, command.say(core::outcome::cancelled()), false};
  }
  export_report_pdf(master.document, *url, report->period, "Ekspor Laporan ke PDF");
  return {true, command.say(core::outcome::pdf_exported(report->period, system_path(*url)))};
}

// Arguments: Quarter (default: the master's working quarter), OutputUrl (without it the GUI
// asks, suggesting e81-TW2-2023.xlsx).
CommandOutcome e81_command(const CommandContext& command) {
  const OpenMaster master = open_master(command);
  int quarter = command.number("Quarter").value_or(core::working_quarter_request);
  if (quarter == core::working_quarter_request) {
    quarter = core::working_quarter(read_master(master.document, master.name).settings.info, today());
  }
  if (!core::is_quarter(quarter)) return {false, command.say(core::outcome::no_quarter(quarter))};
  const auto url = save_as(command, "OutputUrl", command.say(core::dialog_text::save::e81), "Excel 2007-365 (*.xlsx)",
                           "*.xlsx", master.folder(), core::e81_file_name(quarter, year_of(master)));
  if (!url) {
    if (office_is_headless()) {
      return {false, command.say(core::outcome::needs_argument(core::find_menu_command("E81")->title, "OutputUrl"))};
    }
    return {false, command.say(core::outcome::cancelled()), false};
  }
  return outcome_of(command, make_e81(command.context, master.document, master.name, quarter, *url));
}

// Arguments: OutputUrl, Everything (true: every sheet, the NIP too; without it the GUI asks,
// and the default is the officials' copy: Rekap, Disposisi and the reports, no NIP).
CommandOutcome share_copy_command(const CommandContext& command) {
  const OpenMaster master = open_master(command);
  namespace text = core::dialog_text::share_copy;
  std::optional<bool> everything = command.flag("Everything");
  if (!everything && !office_is_headless() && !command.text("OutputUrl")) {
    everything = ask_yes_no(command.context, command.frame, command.say(text::title), command.say(text::everything_question));
  }
  const auto url = save_as(command, "OutputUrl", command.say(core::dialog_text::save::share),
                           "Excel 2007-365 (*.xlsx)", "*.xlsx", master.folder(), core::share_copy_name(year_of(master)));
  if (!url) {
    if (office_is_headless()) return {false, command.say(core::outcome::needs_argument(core::find_menu_command("ShareCopy")->title, "OutputUrl"))};
    return {false, command.say(core::outcome::cancelled()), false};
  }
  const std::vector<std::string> sheets =
      store_share_copy(command.context, master.document, *url, everything.value_or(false), "Salin untuk Dibagikan");
  return {true, command.say(core::outcome::share_copy_made(sheets, everything.value_or(false)) + core::both("\n" + system_path(*url)))};
}

}  // namespace kinerja::uno
