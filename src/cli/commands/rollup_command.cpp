// kinerja rollup --master m.ods [--period tw2]: the recap of every indicator and period, the
// status colours, and the follow-up list of the period (default: the working quarter).
#include <fmt/core.h>

#include <filesystem>

#include "cli/cli_error.hpp"
#include "cli/command.hpp"
#include "cli/commands/parse_options.hpp"
#include "cli/engine_client.hpp"
#include "cli/file_checks.hpp"
#include "cli/operation_output.hpp"
#include "core/period.hpp"
#include "office/file_url.hpp"

namespace kinerja::cli {

namespace po = boost::program_options;

int run_rollup(const GlobalOptions& global, const std::vector<std::string>& arguments) {
  std::filesystem::path master;
  std::string period;
  po::options_description options("Opsi rollup");
  options.add_options()
      ("master", po::value<std::filesystem::path>(&master)->required(), "buku induk (.ods)")
      ("period", po::value<std::string>(&period),
       "periode daftar tindak lanjut: tw1..tw4, s1, s2, year (bawaan: triwulan berjalan)");
  po::variables_map values;
  if (!parse_command_options("rollup", arguments, options, {}, values,
                             "kinerja rollup --master buku-induk.ods [--period tw2]")) {
    return exit_success;
  }
  if (!period.empty() && !core::parse_report_period(period)) {
    throw UsageError(fmt::format("rollup: --period harus salah satu dari {}", core::report_period_codes()));
  }
  check_master(master);
  EngineClient client(global);
  return report(client.engine().rollup(to_ou(office::file_url(master)), to_ou(period)));
}

}  // namespace kinerja::cli
