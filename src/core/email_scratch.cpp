#include "core/email_scratch.hpp"

#include <charconv>

namespace kinerja::core {
namespace {

constexpr std::string_view prefix = "kinerja-surel-";

}  // namespace

std::string email_scratch_prefix(long pid) { return std::string(prefix) + std::to_string(pid) + "-"; }

std::vector<EmailScratchFolder> email_scratch_folders(const std::filesystem::path& dir) {
  std::vector<EmailScratchFolder> found;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    const std::string_view rest = std::string_view(name).substr(prefix.size());
    long pid = 0;
    const auto [end, failure] = std::from_chars(rest.data(), rest.data() + rest.size(), pid);
    if (failure != std::errc() || pid <= 0 || end == rest.data() + rest.size() || *end != '-') continue;
    std::error_code kind_error;
    if (!entry.is_directory(kind_error) || entry.is_symlink(kind_error)) continue;
    found.push_back({entry.path(), pid});
  }
  return found;
}

}  // namespace kinerja::core
