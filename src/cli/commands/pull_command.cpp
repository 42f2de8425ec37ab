// kinerja pull --master m.ods [--quarter N] INPUT...: pulls the bidang submissions (files or
// folders of .ods, .xlsx, .xls, .fods, .csv, and saved emails .eml with such attachments) into
// the master. Exit 0 when every file was accepted, 3 when some rows or files were rejected, 1 on
// failure, 2 on usage.
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

int run_pull(const GlobalOptions& global, const std::vector<std::string>& arguments) {
  std::filesystem::path master;
  int quarter = 0;
  std::vector<std::string> inputs;
  po::options_description options("Opsi pull");
  options.add_options()
      ("master", po::value<std::filesystem::path>(&master)->required(), "buku induk (.ods)")
      ("quarter", po::value<int>(&quarter)->default_value(0),
       "triwulan yang ditarik, 1 sampai 4 (bawaan: sesuai identitas tiap formulir)")
      ("input", po::value<std::vector<std::string>>(&inputs)->required(), "berkas atau folder kiriman");
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map values;
  if (!parse_command_options("pull", arguments, options, positional, values,
                             "kinerja pull --master buku-induk.ods [--quarter N] BERKAS/FOLDER...")) {
    return exit_success;
  }
  if (quarter != 0 && !core::is_quarter(quarter)) throw UsageError("pull: --quarter harus 1 sampai 4");
  check_master(master);
  css::uno::Sequence<rtl::OUString> urls(static_cast<sal_Int32>(inputs.size()));
  for (std::size_t i = 0; i < inputs.size(); ++i) urls.getArray()[i] = to_ou(office::file_url(inputs[i]));

  EngineClient client(global);
  const org::kinerja::OperationResult result =
      client.engine().pull(to_ou(office::file_url(master)), urls, quarter);
  const int code = report(result);
  return code == exit_success && result.Rejected > 0 ? exit_partial : code;
}

}  // namespace kinerja::cli
