// kinerja share --master m.ods --out COPY.ods|.xlsx: a copy for email that opens without the
// extension (values only, no error cell).
#include <fmt/core.h>

#include <filesystem>

#include "cli/cli_error.hpp"
#include "cli/command.hpp"
#include "cli/commands/parse_options.hpp"
#include "cli/engine_client.hpp"
#include "cli/operation_output.hpp"
#include "office/file_url.hpp"

namespace kinerja::cli {

namespace po = boost::program_options;

int run_share(const GlobalOptions& global, const std::vector<std::string>& arguments) {
  std::filesystem::path master;
  std::filesystem::path out;
  po::options_description options("Opsi share");
  options.add_options()
      ("master", po::value<std::filesystem::path>(&master)->required(), "buku induk (.ods)")
      ("out", po::value<std::filesystem::path>(&out)->required(), "salinan (.ods atau .xlsx)");
  po::variables_map values;
  if (!parse_command_options("share", arguments, options, {}, values,
                             "kinerja share --master buku-induk.ods --out salinan.xlsx")) {
    return exit_success;
  }
  if (out.extension() != ".ods" && out.extension() != ".xlsx") throw UsageError("share: --out harus .ods atau .xlsx");
  if (!std::filesystem::is_regular_file(master)) throw Failure(fmt::format("{}: berkas tidak ditemukan", master.string()));
  EngineClient client(global);
  return report(client.engine().share(to_ou(office::file_url(master)), to_ou(office::file_url(out))));
}

}  // namespace kinerja::cli
