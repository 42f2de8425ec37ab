// kinerja forms --master m.ods [--quarter N | --month M] --out DIR [--format ods|xlsx|both]
// [--eml DIR] [--force]: one form per bidang for quarter N (default: the master's working
// quarter) or, the monthly progress report, for month M; with --eml also a message per bidang.
#include <fmt/core.h>

#include <filesystem>

#include "cli/cli_error.hpp"
#include "cli/command.hpp"
#include "cli/commands/parse_options.hpp"
#include "cli/engine_client.hpp"
#include "cli/file_checks.hpp"
#include "cli/operation_output.hpp"
#include "core/dates.hpp"
#include "core/file_format.hpp"
#include "core/period.hpp"
#include "office/file_url.hpp"

namespace kinerja::cli {

namespace po = boost::program_options;

int run_forms(const GlobalOptions& global, const std::vector<std::string>& arguments) {
  std::filesystem::path master;
  std::filesystem::path out;
  int quarter = core::working_quarter_request;
  int month = 0;
  std::string format = "xlsx";
  bool force = false;
  std::filesystem::path eml;
  po::options_description options("Opsi forms");
  options.add_options()
      ("master", po::value<std::filesystem::path>(&master)->required(), "buku induk (.ods)")
      ("quarter", po::value<int>(&quarter)->default_value(core::working_quarter_request),
       "triwulan, 1 sampai 4 (bawaan: triwulan berjalan buku induk)")
      ("month", po::value<int>(&month), "bulan, 1 sampai 12: formulir laporan progres bulanan bulan itu")
      ("out", po::value<std::filesystem::path>(&out)->required(), "folder tujuan formulir")
      ("format", po::value<std::string>(&format)->default_value("xlsx"), "ods, xlsx atau both")
      ("force", po::bool_switch(&force), "menimpa formulir yang sudah ada di folder itu")
      ("eml", po::value<std::filesystem::path>(&eml),
       "juga satu pesan surel (.eml) per bidang di folder ini: kepada kontaknya di Pengaturan, formulir terlampir");
  po::variables_map values;
  if (!parse_command_options("forms", arguments, options, {}, values,
                             "kinerja forms --master buku-induk.ods [--quarter 2 | --month 7] --out FOLDER [--format ods|xlsx|both] [--eml FOLDER] [--force]")) {
    return exit_success;
  }
  if (quarter != core::working_quarter_request && !core::is_quarter(quarter)) {
    throw UsageError("forms: --quarter harus 1 sampai 4");
  }
  if (values.count("month") && !values["quarter"].defaulted()) throw UsageError("forms: --quarter atau --month, bukan keduanya");
  if (values.count("month") && !core::is_month(month)) throw UsageError("forms: --month harus 1 sampai 12");
  if (core::parse_formats(format).empty()) throw UsageError("forms: --format harus ods, xlsx atau both");
  check_master(master);
  std::filesystem::create_directories(out);

  EngineClient client(global);
  const rtl::OUString master_url = to_ou(office::file_url(master));
  const rtl::OUString out_url = to_ou(office::file_url(out));
  const int made = report(month > 0 ? client.engine().makeMonthlyForms(master_url, month, out_url, to_ou(format), force)
                                    : client.engine().makeForms(master_url, quarter, out_url, to_ou(format), force));
  if (made != exit_success || eml.empty()) return made;
  const rtl::OUString eml_url = to_ou(office::file_url(eml));
  return report(month > 0 ? client.engine().monthlyFormEmails(master_url, month, out_url, eml_url, force)
                          : client.engine().formEmails(master_url, quarter, out_url, eml_url, force));
}

}  // namespace kinerja::cli
