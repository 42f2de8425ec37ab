// kinerja history --master m.ods EARLIER...: earlier years' masters into the Riwayat sheet
// (per indicator, matched by code, and year: target, realisasi, capaian). Exit 0 when every
// file gave history, 3 when some were refused, 1 when none did (nothing changed), 2 on usage.
#include <fmt/core.h>

#include <filesystem>

#include "cli/cli_error.hpp"
#include "cli/command.hpp"
#include "cli/commands/parse_options.hpp"
#include "cli/engine_client.hpp"
#include "cli/file_checks.hpp"
#include "cli/operation_output.hpp"
#include "core/problem.hpp"
#include "office/file_url.hpp"

namespace kinerja::cli {

namespace po = boost::program_options;

int run_history(const GlobalOptions& global, const std::vector<std::string>& arguments) {
  std::filesystem::path master;
  std::vector<std::string> inputs;
  po::options_description options("Opsi history");
  options.add_options()
      ("master", po::value<std::filesystem::path>(&master)->required(), "buku induk tahun ini (.ods)")
      ("input", po::value<std::vector<std::string>>(&inputs)->required(), "buku induk tahun-tahun sebelumnya");
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map values;
  if (!parse_command_options("history", arguments, options, positional, values,
                             "kinerja history --master buku-induk-2023.ods buku-induk-2022.ods...")) {
    return exit_success;
  }
  check_master(master);
  css::uno::Sequence<rtl::OUString> urls(static_cast<sal_Int32>(inputs.size()));
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!std::filesystem::is_regular_file(inputs[i])) {
      throw UsageError(fmt::format("history: {}: berkas tidak ditemukan", inputs[i]));
    }
    urls.getArray()[i] = to_ou(office::file_url(inputs[i]));
  }
  EngineClient client(global);
  const org::kinerja::OperationResult result = client.engine().history(to_ou(office::file_url(master)), urls);
  const int code = report(result);
  bool refused = false;
  for (const org::kinerja::Problem& problem : result.Problems) {
    refused = refused || problem.Severity == org::kinerja::ProblemSeverity_ERROR;
  }
  return code == exit_success && refused ? exit_partial : code;
}

}  // namespace kinerja::cli
