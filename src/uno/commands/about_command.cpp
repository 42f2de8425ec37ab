#include "core/version.hpp"
#include "uno/commands/commands.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

CommandOutcome about_command(const CommandContext&) {
  const rtl::OUString message =
      to_ou(std::string(product_name) + " " + version +
            "\nPengumpulan data kinerja SAKIP triwulanan untuk LibreOffice Calc."
            "\nQuarterly SAKIP performance data collection for LibreOffice Calc.");
  return {true, message};
}

}  // namespace kinerja::uno
