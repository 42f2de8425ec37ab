#include "core/version.hpp"
#include "uno/commands/commands.hpp"
#include "uno/commands/message_box.hpp"
#include "uno/strings.hpp"

namespace kinerja::uno {

CommandOutcome about_command(const CommandContext& context) {
  const rtl::OUString message =
      to_ou(std::string(product_name) + " " + version +
            "\nPengumpulan data kinerja SAKIP triwulanan untuk LibreOffice Calc."
            "\nQuarterly SAKIP performance data collection for LibreOffice Calc.");
  show_message(context.context, context.frame, css::awt::MessageBoxType_INFOBOX,
               to_ou(std::string("Tentang ") + product_name), message);
  return {true, message};
}

}  // namespace kinerja::uno
