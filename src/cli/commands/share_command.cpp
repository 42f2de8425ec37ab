// kinerja share --master m.ods --out COPY.ods|.xlsx [--force]: a copy for email that opens
// without the extension (values only, no error cell). An existing file is kept unless --force.
#include <fmt/core.h>

#include <filesystem>

#include "cli/cli_error.hpp"
#include "cli/command.hpp"
#include "cli/commands/parse_options.hpp"
#include "cli/engine_client.hpp"
#include "cli/operation_output.hpp"
#include "cli/file_checks.hpp"
#include "office/file_url.hpp"

namespace kinerja::cli {

namespace po = boost::program_options;

int run_share(const GlobalOptions& global, const std::vector<std::string>& arguments) {
  std::filesystem::path master;
  std::filesystem::path out;
  bool force = false;
  bool everything = false;
  po::options_description options("Opsi share");
  options.add_options()
      ("master", po::value<std::filesystem::path>(&master)->required(), "buku induk (.ods)")
      ("out", po::value<std::filesystem::path>(&out)->required(), "salinan (.ods atau .xlsx)")
      ("all", po::bool_switch(&everything),
       "semua lembar, juga Pengaturan (NIP penanda tangan), Realisasi dan Kiriman (sidik berkas, nama pengguna), "
       "Masalah dan Jejak SOP; tanpa ini hanya Rekap, Disposisi dan laporan, tanpa NIP")
      ("force", po::bool_switch(&force), "menimpa --out bila sudah ada");
  po::variables_map values;
  if (!parse_command_options("share", arguments, options, {}, values,
                             "kinerja share --master buku-induk.ods --out salinan.xlsx [--all] [--force]")) {
    return exit_success;
  }
  if (out.extension() != ".ods" && out.extension() != ".xlsx") throw UsageError("share: --out harus .ods atau .xlsx");
  check_master(master);
  const std::filesystem::path written = check_output_target(out, master, force, "--out");
  EngineClient client(global);
  return report(client.engine().share(to_ou(office::file_url(master)), to_ou(office::file_url(written)), everything));
}

}  // namespace kinerja::cli
