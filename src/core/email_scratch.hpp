// Where a pull keeps the spreadsheets attached to saved emails while the office reads them: a
// folder of its own in the temporary folder, named for the office process that made it
// ("kinerja-surel-<pid>-XXXXXX"), so that a folder left behind by an office that was killed
// mid-pull can be told apart and removed, by the next pull or by the program that ended it.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja::core {

// "kinerja-surel-<pid>-": the start of the names of process `pid`'s scratch folders.
std::string email_scratch_prefix(long pid);

struct EmailScratchFolder {
  std::filesystem::path path;
  long pid = 0;  // the office process that made it
};

// The scratch folders directly in `dir` (the temporary folder), with the process each names;
// other entries, and names that only look alike ("kinerja-surel-x-...", no pid), are left out.
std::vector<EmailScratchFolder> email_scratch_folders(const std::filesystem::path& dir);

}  // namespace kinerja::core
