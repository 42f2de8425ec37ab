// Kinerja > Buat Formulir Bidang: one form per bidang from the open master, for the working
// quarter, in a folder the user picks (next to the master by default).
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "uno/commands/commands.hpp"
#include "uno/commands/message_box.hpp"
#include "uno/commands/pickers.hpp"
#include "uno/document.hpp"
#include "uno/engine/operations.hpp"

namespace kinerja::uno {

// Arguments: Quarter (1-4; default the master's working quarter), OutputDirUrl, Format
// (ods, xlsx or both; default xlsx, which every spreadsheet program opens).
CommandOutcome make_forms_command(const CommandContext& command) {
  if (!command.frame.is()) return {false, "Tidak ada dokumen: buka buku induk dulu."};
  css::uno::Reference<css::frame::XController> controller = command.frame->getController();
  css::uno::Reference<css::frame::XModel> model = controller.is() ? controller->getModel() : nullptr;
  css::uno::Reference<css::sheet::XSpreadsheetDocument> master(model, css::uno::UNO_QUERY);
  if (!master.is()) return {false, "Buka buku induk Kinerja dulu, lalu jalankan perintah ini."};

  const std::vector<FileFormat> formats = parse_formats(command.text("Format").value_or("xlsx"));
  if (formats.empty()) return {false, "Format harus ods, xlsx atau both."};
  const sal_Int32 quarter = command.number("Quarter").value_or(0);
  if (quarter < 0 || quarter > 4) return {false, "Triwulan harus 1 sampai 4."};

  const rtl::OUString master_url = model->getURL();
  std::optional<rtl::OUString> folder = command.text("OutputDirUrl");
  if (!folder) {
    if (office_is_headless()) return {false, "Buat Formulir Bidang tanpa layar memerlukan argumen OutputDirUrl."};
    folder = pick_folder(command.context, "Folder untuk formulir bidang",
                         master_url.copy(0, master_url.lastIndexOf('/') + 1));
    if (!folder) return {false, "Dibatalkan.", false};
  }
  const std::string name = master_url.isEmpty() ? std::string("buku induk") : file_name_of(master_url);
  return outcome_of(make_forms(command.context, master, name, quarter, *folder, formats, "Buat Formulir Bidang"));
}

}  // namespace kinerja::uno
