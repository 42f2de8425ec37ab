#include "uno/engine/scratch_folder.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>
#include <string>

#include "core/email_scratch.hpp"

namespace kinerja::uno {
namespace {

namespace fs = std::filesystem;

// A new folder, private to this user, made by mkdtemp from `pattern` (ending in XXXXXX).
fs::path new_private_folder(const fs::path& pattern) {
  std::string name = pattern.string();
  if (::mkdtemp(name.data()) == nullptr) throw std::runtime_error("folder sementara tidak dapat dibuat");
  return name;
}

bool process_runs(long pid) { return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM; }

}  // namespace

ScratchFolder::~ScratchFolder() {
  std::error_code ignored;
  if (!path_.empty()) fs::remove_all(path_, ignored);
}

fs::path ScratchFolder::store(std::string_view file_name, std::string_view bytes) {
  if (path_.empty()) {
    remove_abandoned_scratch_folders();
    path_ = new_private_folder(fs::temp_directory_path() / (core::email_scratch_prefix(::getpid()) + "XXXXXX"));
  }
  const fs::path file = new_private_folder(path_ / "XXXXXX") / std::string(file_name);
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error("lampiran tidak dapat disimpan sementara");
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  const bool closed = ::close(fd) == 0;
  if (written != bytes.size() || !closed) throw std::runtime_error("lampiran tidak dapat disimpan sementara");
  return file;
}

void remove_abandoned_scratch_folders() noexcept {
  try {
    std::error_code ignored;
    for (const core::EmailScratchFolder& folder : core::email_scratch_folders(fs::temp_directory_path())) {
      if (!process_runs(folder.pid)) fs::remove_all(folder.path, ignored);
    }
  } catch (...) {  // a temporary folder that cannot be listed: nothing to clean
  }
}

}  // namespace kinerja::uno
