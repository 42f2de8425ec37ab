// kinerja e81 --master m.ods [--quarter N] --out e81.xlsx [--force]: the Renja evaluation form
// E.81 of a quarter (default: the working quarter) as its own workbook, values only, to print
// and to send. An existing file is kept unless --force; the master is not changed.
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

int run_e81(const GlobalOptions& global, const std::vector<std::string>& arguments) {
  std::filesystem::path master;
  std::filesystem::path out;
  int quarter = core::working_quarter_request;
  bool force = false;
  po::options_description options("Opsi e81");
  options.add_options()
      ("master", po::value<std::filesystem::path>(&master)->required(), "buku induk (.ods)")
      ("quarter", po::value<int>(&quarter)->default_value(core::working_quarter_request),
       "triwulan yang dievaluasi, 1 sampai 4 (bawaan: triwulan berjalan buku induk)")
      ("out", po::value<std::filesystem::path>(&out)->required(), "formulir E.81 (.xlsx atau .ods)")
      ("force", po::bool_switch(&force), "menimpa --out bila sudah ada");
  po::variables_map values;
  if (!parse_command_options("e81", arguments, options, {}, values,
                             "kinerja e81 --master buku-induk.ods [--quarter 2] --out e81-TW2-2023.xlsx [--force]")) {
    return exit_success;
  }
  if (quarter != core::working_quarter_request && !core::is_quarter(quarter)) {
    throw UsageError("e81: --quarter harus 1 sampai 4");
  }
  if (out.extension() != ".ods" && out.extension() != ".xlsx") throw UsageError("e81: --out harus .xlsx atau .ods");
  check_master(master);
  const std::filesystem::path written = check_output_target(out, master, force, "--out");
  EngineClient client(global);
  return report(client.engine().e81(to_ou(office::file_url(master)), quarter, to_ou(office::file_url(written))));
}

}  // namespace kinerja::cli
