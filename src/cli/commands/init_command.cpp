// kinerja init --agreement PK.csv --year 2023 --out master.ods [--agency NAME]: a new master
// workbook (buku induk) from the performance agreement. On problems nothing is written.
#include <fmt/core.h>

#include <filesystem>

#include "cli/cli_error.hpp"
#include "cli/command.hpp"
#include "cli/commands/parse_options.hpp"
#include "cli/engine_client.hpp"
#include "cli/file_checks.hpp"
#include "cli/operation_output.hpp"
#include "core/master_settings.hpp"
#include "office/file_url.hpp"

namespace kinerja::cli {

namespace po = boost::program_options;

int run_init(const GlobalOptions& global, const std::vector<std::string>& arguments) {
  std::filesystem::path agreement;
  std::filesystem::path out;
  int year = 0;
  std::string agency;
  po::options_description options("Opsi init");
  options.add_options()
      ("agreement", po::value<std::filesystem::path>(&agreement)->required(),
       "Perjanjian Kinerja dan Rencana Aksi (CSV, UTF-8, koma atau titik koma)")
      ("year", po::value<int>(&year)->required(), "tahun kinerja, misalnya 2023")
      ("out", po::value<std::filesystem::path>(&out)->required(), "buku induk yang dibuat (.ods)")
      ("agency", po::value<std::string>(&agency), fmt::format("nama instansi (bawaan: {})", core::default_agency).c_str());
  po::variables_map values;
  if (!parse_command_options("init", arguments, options, {}, values,
                             "kinerja init --agreement PK.csv --year 2023 --out buku-induk.ods [--agency NAMA]")) {
    return exit_success;
  }
  if (!core::valid_year(year)) {
    throw UsageError(fmt::format("init: --year harus {} sampai {}", core::first_year, core::last_year));
  }
  if (!std::filesystem::is_regular_file(agreement)) {
    throw Failure(fmt::format("{}: berkas tidak ditemukan", agreement.string()));
  }
  if (out.extension() != ".ods") throw UsageError("init: --out harus berakhiran .ods");
  check_new_master(out, "--out");

  EngineClient client(global);
  return report(client.engine().createMaster(to_ou(office::file_url(agreement)), year, to_ou(agency),
                                             to_ou(office::file_url(out))));
}

}  // namespace kinerja::cli
