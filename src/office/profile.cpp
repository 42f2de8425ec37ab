#include "office/profile.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <vector>

#include "office/child_process.hpp"
#include "office/file_url.hpp"
#include "office/office_error.hpp"

namespace kinerja::office {
namespace {

// Without ooSetupLastVersion (the office's own major.minor) every start spends seconds on
// first-start work.
std::string seed_registry(const std::string& version_key) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>)" +
         version_key + R"(</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="FirstStartWizardCompleted" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Recovery/AutoSave"><prop oor:name="Enabled" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
)";
}

}  // namespace

std::filesystem::path make_temp_dir(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (::mkdtemp(buffer.data()) == nullptr) {
    throw OfficeError("Tidak dapat membuat folder sementara di " +
                      std::filesystem::temp_directory_path().string());
  }
  return std::filesystem::path(buffer.data());
}

namespace {

constexpr const char* owner_file = "kinerja-owner.pid";

// A profile belongs to the process that made it (its PID in kinerja-owner.pid). Profiles of
// processes of this user that no longer run (killed, crashed) are removed.
void remove_stale_profiles() {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::temp_directory_path(), error)) {
    if (entry.path().filename().string().rfind("kinerja-profile-", 0) != 0) continue;
    struct stat info {};
    if (::lstat(entry.path().c_str(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::getuid()) continue;
    std::ifstream in(entry.path() / owner_file);
    long pid = 0;
    if (!(in >> pid) || pid <= 0) continue;  // kept on purpose, or not ours to judge
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
    std::filesystem::remove_all(entry.path(), error);
  }
}

std::filesystem::path owned_temp_dir() {
  remove_stale_profiles();
  const std::filesystem::path dir = make_temp_dir("kinerja-profile");
  std::ofstream(dir / owner_file) << ::getpid() << "\n";
  return dir;
}

}  // namespace

Profile Profile::create(const Installation& installation) {
  Profile profile(owned_temp_dir());
  std::filesystem::create_directories(profile.dir() / "user");
  std::ofstream(profile.dir() / "user" / "registrymodifications.xcu") << seed_registry(installation.version_key());

  // A brand-new profile makes the office exit with 81 ("restart me") once: run it again.
  const std::vector<std::string> arguments = {"--headless", "--terminate_after_init", "--norestore",
                                              "--nologo", "-env:UserInstallation=" + profile.url()};
  for (int attempt = 0; attempt < 3; ++attempt) {
    ChildProcess office(installation.soffice_bin(), arguments, profile.dir() / "office.log");
    const std::optional<int> code = office.wait_for(std::chrono::seconds(60));
    if (!code) {
      throw OfficeError("LibreOffice tidak selesai menyiapkan profil dalam 60 detik (" +
                        profile.dir().string() + ").");
    }
    if (*code == 0) return profile;
    if (*code != 81) {
      throw OfficeError("LibreOffice gagal menyiapkan profil (kode keluar " + std::to_string(*code) +
                        "); lihat " + (profile.dir() / "office.log").string());
    }
  }
  throw OfficeError("LibreOffice terus meminta dijalankan ulang saat menyiapkan profil.");
}

Profile Profile::copy_of(const std::filesystem::path& prepared) {
  if (!std::filesystem::is_directory(prepared / "user")) {
    throw OfficeError("Profil siap pakai tidak ditemukan: " + prepared.string());
  }
  Profile profile(owned_temp_dir());
  std::filesystem::copy(prepared, profile.dir(),
                        std::filesystem::copy_options::recursive |
                            std::filesystem::copy_options::copy_symlinks);
  std::filesystem::remove(profile.dir() / "office.log");
  std::ofstream(profile.dir() / owner_file) << ::getpid() << "\n";  // the prepared one's was copied
  return profile;
}

Profile::Profile(Profile&& other) noexcept : dir_(std::move(other.dir_)) { other.dir_.clear(); }

Profile& Profile::operator=(Profile&& other) noexcept {
  if (this != &other) {
    std::error_code ignored;
    if (!dir_.empty()) std::filesystem::remove_all(dir_, ignored);
    dir_ = std::move(other.dir_);
    other.dir_.clear();
  }
  return *this;
}

Profile::~Profile() {
  std::error_code ignored;
  // KINERJA_KEEP_PROFILE=1 keeps it (with the office's own log, office.log) for diagnosis.
  const char* keep = std::getenv("KINERJA_KEEP_PROFILE");
  if (keep != nullptr && *keep == '1') {
    if (!dir_.empty()) std::filesystem::remove(dir_ / owner_file, ignored);  // kept: never stale
    return;
  }
  if (!dir_.empty()) std::filesystem::remove_all(dir_, ignored);
}

std::string Profile::url() const { return file_url(dir_); }

std::filesystem::path Profile::release() {
  std::error_code ignored;
  if (!dir_.empty()) std::filesystem::remove(dir_ / owner_file, ignored);  // kept: never stale
  std::filesystem::path kept = std::move(dir_);
  dir_.clear();
  return kept;
}

}  // namespace kinerja::office
