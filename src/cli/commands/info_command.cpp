// kinerja info: the versions of this program, of the engine in the office, and of the
// LibreOffice it talked to (as that office's configuration names itself) with its folder.
#include <fmt/core.h>

#include "cli/cli_error.hpp"
#include "cli/command.hpp"
#include "cli/commands/parse_options.hpp"
#include "cli/engine_client.hpp"
#include "core/version.hpp"
#include "office/office_version.hpp"

namespace kinerja::cli {

int run_info(const GlobalOptions& global, const std::vector<std::string>& arguments) {
  boost::program_options::options_description options("Opsi info");
  boost::program_options::variables_map values;
  if (!parse_command_options("info", arguments, options, {}, values, "kinerja info")) return exit_success;
  EngineClient client(global);
  fmt::print("kinerja {}\nmesin (ekstensi di LibreOffice) {}\nLibreOffice yang dipakai: {} ({})\n", version,
             to_utf8(client.engine().getVersion()), office::running_office_version(client.context()).text(),
             client.session().installation().program_dir.string());
  return exit_success;
}

}  // namespace kinerja::cli
