// The pull's scratch folder for the spreadsheets attached to saved emails (core/email_scratch):
// private to this user (0700), made on first use, removed with everything in it when the pull
// ends. Each attachment gets a new folder of its own inside it, so two attachments never share
// a path whatever their names, and its file is created new (never through a link, never over
// another file): the office reads exactly the bytes the pull hashed.
#pragma once

#include <filesystem>
#include <string_view>

namespace kinerja::uno {

class ScratchFolder {
 public:
  ScratchFolder() = default;
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  ~ScratchFolder();

  // Writes `bytes` as `file_name` (a safe name: core::safe_file_name) into a new folder of its
  // own; the file's path. Throws std::runtime_error (in Indonesian) when it cannot.
  std::filesystem::path store(std::string_view file_name, std::string_view bytes);

 private:
  std::filesystem::path path_;
};

// Removes the scratch folders that offices no longer running left in the temporary folder
// (killed in the middle of a pull). Never throws.
void remove_abandoned_scratch_folders() noexcept;

}  // namespace kinerja::uno
