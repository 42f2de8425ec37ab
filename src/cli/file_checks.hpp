// Where a command writes: never over an existing file unless told to (--force), and never
// over the master it reads.
#pragma once

#include <filesystem>

namespace kinerja::cli {

// Throws Failure when `target` exists and `force` is false, or when it is the master itself.
void check_output_target(const std::filesystem::path& target, const std::filesystem::path& master, bool force,
                         const char* option);

}  // namespace kinerja::cli
