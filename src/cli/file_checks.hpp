// The files a command reads and writes: the master must exist and be free (a lock left by an
// ended Kinerja run is cleared; a live one is named); outputs never replace an existing file
// unless told to (--force), and never the master itself.
#pragma once

#include <filesystem>

namespace kinerja::cli {

// Throws Failure when the master is missing, OfficeError when someone has it open.
void check_master(const std::filesystem::path& master);

// Throws Failure when `target` exists and `force` is false, or when it is the master itself.
void check_output_target(const std::filesystem::path& target, const std::filesystem::path& master, bool force,
                         const char* option);

}  // namespace kinerja::cli
