// Replacing a file (the master) safely: the new content is written to a fresh temporary file
// next to the real target (a symlinked master is written through to the file it points at),
// which gets the old file's mode and owner, is flushed to disk, and is renamed over the
// target; the previous content stays as <target>.bak. Temporary names are unpredictable and
// created exclusively, so a planted file or symlink is never written through. POSIX (a
// Windows port needs ReplaceFileW).
#pragma once

#include <filesystem>
#include <functional>

namespace kinerja::unobase {

class FileReplacement {
 public:
  // Prepares the replacement of `target` (which need not exist yet). Throws
  // std::runtime_error when no temporary file can be made next to it.
  explicit FileReplacement(const std::filesystem::path& target);
  ~FileReplacement();  // removes the temporary file unless committed
  FileReplacement(const FileReplacement&) = delete;
  FileReplacement& operator=(const FileReplacement&) = delete;

  // Where to write the new content (an empty file made for it).
  const std::filesystem::path& temporary() const { return temporary_; }
  // The file that will be replaced (the symlink's target, resolved).
  const std::filesystem::path& target() const { return target_; }

  // Puts the written temporary file in place; the old content becomes <target>.bak.
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  bool committed_ = false;
};

// A fresh, exclusively created, private temporary file in `directory`, named
// .<stem>.~kinerja-XXXXXX<extension>.
std::filesystem::path make_private_file(const std::filesystem::path& directory, const std::string& stem,
                                        const std::string& extension);

}  // namespace kinerja::unobase
