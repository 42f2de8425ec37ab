// kinerja report --master m.ods --period tw1|tw2|tw3|tw4|s1|s2|year [--pdf OUT.pdf [--force]]:
// the report sheet of the period in the SOP's format, and its PDF (an existing one is kept
// unless --force).
#include <fmt/core.h>

#include <cctype>
#include <filesystem>
#include <optional>

#include "cli/cli_error.hpp"
#include "cli/command.hpp"
#include "cli/commands/parse_options.hpp"
#include "cli/engine_client.hpp"
#include "cli/operation_output.hpp"
#include "cli/file_checks.hpp"
#include "core/period.hpp"
#include "office/file_url.hpp"

namespace kinerja::cli {

namespace po = boost::program_options;

int run_report(const GlobalOptions& global, const std::vector<std::string>& arguments) {
  std::filesystem::path master;
  std::filesystem::path pdf;
  std::string period;
  bool force = false;
  po::options_description options("Opsi report");
  options.add_options()
      ("master", po::value<std::filesystem::path>(&master)->required(), "buku induk (.ods)")
      ("period", po::value<std::string>(&period)->required(), "tw1, tw2, tw3, tw4, s1, s2 atau year")
      ("pdf", po::value<std::filesystem::path>(&pdf), "juga ekspor laporan ke PDF ini (.pdf)")
      ("force", po::bool_switch(&force), "menimpa --pdf bila sudah ada");
  po::variables_map values;
  if (!parse_command_options("report", arguments, options, {}, values,
                             "kinerja report --master buku-induk.ods --period tw2 [--pdf laporan.pdf [--force]]")) {
    return exit_success;
  }
  const std::optional<core::Period> asked = core::parse_report_period(period);
  if (!asked) throw UsageError(fmt::format("report: --period harus salah satu dari {}", core::report_period_codes()));
  if (!pdf.empty()) {
    std::string extension = pdf.extension().string();
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension != ".pdf") throw UsageError("report: --pdf harus berakhiran .pdf");
  }
  check_master(master);
  const std::filesystem::path written = pdf.empty() ? pdf : check_output_target(pdf, master, force, "--pdf");
  EngineClient client(global);
  return report(client.engine().report(to_ou(office::file_url(master)), to_ou(core::code_of(*asked)),
                                       written.empty() ? rtl::OUString() : to_ou(office::file_url(written))));
}

}  // namespace kinerja::cli
