#include "cli/file_checks.hpp"

#include <fmt/core.h>

#include "cli/cli_error.hpp"
#include "office/master_lock.hpp"

namespace kinerja::cli {

void check_master(const std::filesystem::path& master) {
  if (!std::filesystem::is_regular_file(master)) {
    throw Failure(fmt::format("{}: berkas tidak ditemukan", master.string()));
  }
  office::clear_stale_lock_or_throw(master);
}

void check_output_target(const std::filesystem::path& target, const std::filesystem::path& master, bool force,
                         const char* option) {
  std::error_code error;
  if (std::filesystem::equivalent(target, master, error)) {
    throw Failure(fmt::format("{} {} adalah buku induk itu sendiri: pilih berkas lain", option, target.string()));
  }
  if (!force && std::filesystem::exists(target, error)) {
    throw Failure(fmt::format("{} sudah ada: Kinerja tidak menimpanya; pilih nama lain, atau tambahkan --force",
                              target.string()));
  }
  office::clear_stale_lock_or_throw(target);  // another office holding the name would refuse the store
}

}  // namespace kinerja::cli
