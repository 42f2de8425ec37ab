// kinerja prepare-profile --out DIR: a LibreOffice profile with the extension installed,
// to pass to later commands with --profile (each copies it), so they start in a second.
#include <fmt/core.h>

#include <filesystem>

#include "cli/cli_error.hpp"
#include "cli/command.hpp"
#include "cli/commands/parse_options.hpp"
#include "cli/global_options.hpp"
#include "office/session.hpp"

namespace kinerja::cli {

namespace po = boost::program_options;

int run_prepare_profile(const GlobalOptions& global, const std::vector<std::string>& arguments) {
  std::filesystem::path out;
  po::options_description options("Opsi prepare-profile");
  options.add_options()("out", po::value<std::filesystem::path>(&out)->required(),
                        "folder tujuan (harus belum ada atau kosong)");
  po::variables_map values;
  if (!parse_command_options("prepare-profile", arguments, options, {}, values,
                             "kinerja prepare-profile --out DIR")) {
    return exit_success;
  }
  std::error_code error;
  if (std::filesystem::exists(out, error) && !std::filesystem::is_empty(out, error)) {
    throw Failure(fmt::format("{} sudah ada dan tidak kosong", out.string()));
  }
  office::Profile profile =
      office::prepare_profile(office::Installation::locate(), find_extension(global));
  std::filesystem::create_directories(out);
  // The profile holds the office's settings and the extension: the user's alone.
  std::filesystem::permissions(out, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace);
  std::filesystem::copy(profile.dir(), out, std::filesystem::copy_options::recursive |
                                                std::filesystem::copy_options::copy_symlinks);
  std::filesystem::remove(out / "kinerja-owner.pid", error);  // a prepared profile belongs to no run
  fmt::print("Profil siap pakai: {}\n", out.string());
  return exit_success;
}

}  // namespace kinerja::cli
