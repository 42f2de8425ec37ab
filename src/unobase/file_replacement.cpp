#include "unobase/file_replacement.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace kinerja::unobase {

namespace fs = std::filesystem;

namespace {

void sync_path(const fs::path& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// The file a path finally names: symlinks followed, the path itself when it does not exist.
fs::path resolved(const fs::path& path) {
  std::error_code error;
  const fs::path real = fs::canonical(path, error);
  return error ? fs::absolute(path) : real;
}

}  // namespace

fs::path make_private_file(const fs::path& directory, const std::string& stem, const std::string& extension) {
  std::string pattern = (directory / ("." + stem + ".~kinerja-XXXXXX" + extension)).string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  const int fd = ::mkstemps(buffer.data(), static_cast<int>(extension.size()));  // O_EXCL, mode 0600
  if (fd < 0) {
    throw std::runtime_error("tidak dapat membuat berkas sementara di " + directory.string() + ": " +
                             std::strerror(errno));
  }
  ::close(fd);
  return fs::path(buffer.data());
}

FileReplacement::FileReplacement(const fs::path& target) : target_(resolved(target)) {
  temporary_ = make_private_file(target_.parent_path(), target_.stem().string(), target_.extension().string());
}

FileReplacement::~FileReplacement() {
  if (committed_) return;
  std::error_code ignored;
  fs::remove(temporary_, ignored);
}

void FileReplacement::commit() {
  struct stat old {};
  const bool existed = ::lstat(target_.c_str(), &old) == 0 && S_ISREG(old.st_mode);
  if (existed) {
    // The new file keeps what the old one had: its permissions and, where allowed, its owner.
    ::chmod(temporary_.c_str(), old.st_mode & 07777);
    if (::chown(temporary_.c_str(), old.st_uid, old.st_gid) != 0) {
      // Not ours to give away (we are not root): the file stays the user's, as it was made.
    }
  }
  sync_path(temporary_, O_RDONLY);
  if (existed) {
    // The previous content as <target>.bak: a hard link to it, made afresh (a planted .bak,
    // file or symlink, is removed, never written through).
    const fs::path backup = target_.string() + ".bak";
    ::unlink(backup.c_str());
    if (::link(target_.c_str(), backup.c_str()) != 0) {
      std::error_code error;
      fs::copy_file(target_, backup, fs::copy_options::overwrite_existing, error);
    }
  }
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
    throw std::runtime_error(target_.string() + " tidak dapat diganti: " + std::strerror(errno));
  }
  committed_ = true;
  sync_path(target_.parent_path(), O_RDONLY | O_DIRECTORY);
}

}  // namespace kinerja::unobase
