#include "office/master_lock.hpp"

#include <fstream>
#include <iterator>
#include <string>

#include "core/office_lock.hpp"
#include "office/file_url.hpp"
#include "office/office_error.hpp"

namespace kinerja::office {

namespace fs = std::filesystem;

void clear_stale_lock_or_throw(const fs::path& master) {
  const fs::path lock = master.parent_path() / (".~lock." + master.filename().string() + "#");
  std::error_code error;
  if (!fs::is_regular_file(lock, error)) return;
  std::ifstream in(lock, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (text.empty()) {  // its office ended before it wrote who it was
    fs::remove(lock, error);
    return;
  }
  const std::optional<core::OfficeLock> holder = core::parse_office_lock(text.substr(0, 4096));
  if (holder) {
    const fs::path profile = path_of_file_url(holder->profile_url);
    const bool ended_run = !profile.empty() && profile.filename().string().rfind("kinerja-profile-", 0) == 0 &&
                           !fs::exists(profile, error);
    if (ended_run) {
      fs::remove(lock, error);
      return;
    }
  }
  throw OfficeError(master.filename().string() + " sedang dibuka oleh " +
                    (holder ? core::describe_holder(*holder) : std::string("program lain")) +
                    ": tutup dulu di sana, atau tunggu perintah kinerja lain selesai. (Kunci: " + lock.string() +
                    ")");
}

}  // namespace kinerja::office
