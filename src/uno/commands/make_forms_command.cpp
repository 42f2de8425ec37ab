// Kinerja > Buat Formulir Bidang: one form per bidang from the open master, for the working
// quarter, in a folder the user picks (next to the master by default).
#include "core/file_format.hpp"
#include "core/period.hpp"
#include "uno/commands/commands.hpp"
#include "uno/commands/message_box.hpp"
#include "unobase/pickers.hpp"
#include "unobase/document.hpp"
#include "unobase/strings.hpp"
#include "uno/engine/operations.hpp"

namespace kinerja::uno {

using namespace unobase;

// Arguments: Quarter (1-4; default the master's working quarter), OutputDirUrl, Format
// (ods, xlsx or both; default xlsx, which every spreadsheet program opens), Overwrite (true to
// write over forms already in the folder; without it the GUI asks, headless refuses).
CommandOutcome make_forms_command(const CommandContext& command) {
  const OpenMaster master = open_master(command);

  const std::vector<core::FileFormat> formats = core::parse_formats(to_utf8(command.text("Format").value_or("xlsx")));
  if (formats.empty()) return {false, "Format harus ods, xlsx atau both."};
  const sal_Int32 quarter = command.number("Quarter").value_or(core::working_quarter_request);
  if (quarter != core::working_quarter_request && !core::is_quarter(quarter)) {
    return {false, "Triwulan harus 1 sampai 4."};
  }

  std::optional<rtl::OUString> folder = command.text("OutputDirUrl");
  if (!folder) {
    if (office_is_headless()) return {false, "Buat Formulir Bidang tanpa layar memerlukan argumen OutputDirUrl."};
    folder = pick_folder(command.context, "Folder untuk formulir bidang", master.folder());
    if (!folder) return {false, "Dibatalkan.", false};
  }
  const std::optional<bool> overwrite = command.flag("Overwrite");
  const auto may_overwrite = [&](const std::vector<std::string>& existing) {
    if (overwrite) return *overwrite;
    std::string names;
    for (std::size_t i = 0; i < existing.size() && i < 5; ++i) names += "\n" + existing[i];
    if (existing.size() > 5) names += "\n...";
    return ask_yes_no(command.context, command.frame, "Kinerja: formulir sudah ada",
                      to_ou(std::to_string(existing.size()) + " formulir sudah ada di folder itu:" + names +
                            "\n\nBisa jadi sudah diisi dan dikirim kembali oleh bidang. Timpa dengan formulir kosong?"));
  };
  return outcome_of(make_forms(command.context, master.document, master.name, quarter, *folder, formats,
                               "Buat Formulir Bidang", may_overwrite));
}

}  // namespace kinerja::uno
