#include "cli/file_checks.hpp"

#include <fmt/core.h>
#include <sys/stat.h>

#include <optional>

#include "cli/cli_error.hpp"
#include "office/master_lock.hpp"

namespace kinerja::cli {

namespace fs = std::filesystem;

namespace {

// The master of this run and how it was before the office touched it (its inode, size and
// modification time: a replacement by rename gives a new inode).
struct WatchedMaster {
  fs::path path;
  bool existed = false;
  struct stat before {};
};
std::optional<WatchedMaster> watched;

void watch(const fs::path& path) {
  WatchedMaster master;
  master.path = path;
  master.existed = ::stat(path.c_str(), &master.before) == 0;
  watched = master;
}

bool same_file(const struct stat& a, const struct stat& b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size &&
         a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

// Refuses a symbolic link at `target` unless `force`; with `force`, the file it finally points at.
fs::path through_symlink(const fs::path& target, bool force, const char* option) {
  std::error_code error;
  if (!fs::is_symlink(fs::symlink_status(target, error))) return target;
  fs::path destination = target;
  for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(destination, error)); ++hops) {
    const fs::path next = fs::read_symlink(destination, error);
    if (error) break;
    destination = next.is_absolute() ? next : destination.parent_path() / next;
  }
  destination = fs::absolute(destination, error).lexically_normal();
  const bool missing = !fs::exists(destination, error);
  if (!force) {
    throw Failure(fmt::format("{} {} adalah tautan simbolik ke {}{}: Kinerja tidak menulis lewat tautan simbolik "
                              "tanpa diminta; pilih nama lain, atau tambahkan --force untuk menulis ke {}",
                              option, target.string(), destination.string(), missing ? " (yang tidak ada)" : "",
                              destination.string()));
  }
  if (fs::is_symlink(fs::symlink_status(destination, error)) || !fs::is_directory(destination.parent_path(), error)) {
    throw Failure(fmt::format("{} {} adalah tautan simbolik ke {}, yang foldernya tidak ada: pilih nama lain",
                              option, target.string(), destination.string()));
  }
  return destination;
}

}  // namespace

void check_master(const fs::path& master) {
  if (!fs::is_regular_file(master)) {
    throw Failure(fmt::format("{}: berkas tidak ditemukan", master.string()));
  }
  office::clear_stale_lock_or_throw(master);
  watch(master);
}

fs::path check_output_target(const fs::path& target, const fs::path& master, bool force, const char* option) {
  const fs::path destination = through_symlink(target, force, option);
  std::error_code error;
  if (fs::equivalent(destination, master, error)) {
    throw Failure(fmt::format("{} {} adalah buku induk itu sendiri: pilih berkas lain", option, target.string()));
  }
  if (!force && fs::exists(destination, error)) {
    throw Failure(fmt::format("{} sudah ada: Kinerja tidak menimpanya; pilih nama lain, atau tambahkan --force",
                              target.string()));
  }
  office::clear_stale_lock_or_throw(destination);  // another office holding the name would refuse the store
  return destination;
}

void check_new_master(const fs::path& target, const char* option) {
  std::error_code error;
  if (fs::is_symlink(fs::symlink_status(target, error))) {
    throw Failure(fmt::format("{} {} adalah tautan simbolik: Kinerja tidak membuat buku induk lewat tautan simbolik; "
                              "pilih nama lain",
                              option, target.string()));
  }
  if (fs::exists(target, error)) {
    throw Failure(fmt::format("{} sudah ada: Kinerja tidak menimpa buku induk; pilih nama lain", target.string()));
  }
  office::clear_stale_lock_or_throw(target);  // an office that holds the name (even one that crashed) refuses the store
  watch(target);
}

std::string master_state_note() {
  if (!watched) return {};
  const std::string name = watched->path.filename().string();
  struct stat now {};
  const bool exists = ::stat(watched->path.c_str(), &now) == 0;
  if (!watched->existed) return exists ? "buku induk " + name + " sudah dibuat" : "buku induk " + name + " belum dibuat";
  if (exists && same_file(watched->before, now)) return "buku induk " + name + " tidak berubah";
  return "buku induk " + name + " sudah tersimpan (isi sebelumnya: " + name + ".bak)";
}

}  // namespace kinerja::cli
