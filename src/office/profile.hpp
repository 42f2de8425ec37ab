// A throwaway LibreOffice user profile: created in the temporary directory, seeded so that
// the office starts fast, initialised before anything is installed into it (UNO-NOTES), and
// removed again when its owner is destroyed.
#pragma once

#include <filesystem>
#include <string>

#include "office/installation.hpp"

namespace kinerja::office {

class Profile {
 public:
  // A new, seeded and initialised profile.
  static Profile create(const Installation& installation);

  // A fresh copy of a prepared profile (one per session: two offices never share one).
  static Profile copy_of(const std::filesystem::path& prepared);

  Profile(Profile&& other) noexcept;
  Profile& operator=(Profile&& other) noexcept;
  ~Profile();  // removes the directory unless release()d

  const std::filesystem::path& dir() const { return dir_; }
  std::string url() const;  // file:///... for -env:UserInstallation

  // Keeps the directory when this object is destroyed, and returns it.
  std::filesystem::path release();

 private:
  explicit Profile(std::filesystem::path dir) : dir_(std::move(dir)) {}
  std::filesystem::path dir_;
};

// A new empty directory under the temporary directory, named prefix-XXXXXX.
std::filesystem::path make_temp_dir(const std::string& prefix);

}  // namespace kinerja::office
