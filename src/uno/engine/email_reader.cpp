#include "uno/engine/email_reader.hpp"

#include <dlfcn.h>

#include <filesystem>
#include <mutex>
#include <string>

#include "email/module_entry.hpp"

namespace kinerja::uno {
namespace {

struct Loaded {
  email::ReadEntry read = nullptr;
  std::string error;  // why not, as a sentence for the officer
};

// The module could not be loaded: GMime missing, most likely.
std::string not_loaded(const std::string& why) {
  return "Surel tidak dapat dibaca di komputer ini: pustaka GMime (paket libgmime-3.0-0) belum terpasang (" + why +
         "). Simpan lampirannya dari program surel dan tarik berkas itu.";
}

const Loaded& email_module() {
  static Loaded loaded;
  static std::once_flag once;
  std::call_once(once, [] {
    Dl_info self{};
    if (dladdr(reinterpret_cast<const void*>(&read_saved_email), &self) == 0 || self.dli_fname == nullptr) {
      loaded.error = not_loaded("letak komponen Kinerja tidak diketahui");
      return;
    }
    const std::filesystem::path module = std::filesystem::path(self.dli_fname).parent_path() / "libkinerja-email.so";
    void* handle = dlopen(module.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      const char* why = dlerror();
      loaded.error = not_loaded(why ? why : module.string());
      return;
    }
    // A module of another build would read into an EmailReading of another shape: refused.
    const auto abi = reinterpret_cast<email::AbiEntry>(dlsym(handle, email::abi_entry_name));
    std::size_t reading_size = 0;
    const int module_abi = abi == nullptr ? 0 : abi(&reading_size);
    if (!email::module_fits(module_abi, reading_size)) {
      loaded.error = "Surel tidak dapat dibaca: " + module.filename().string() + " berasal dari versi Kinerja lain (ABI " +
                     std::to_string(module_abi) + ", bukan " + std::to_string(email::module_abi) +
                     "). Pasang ulang ekstensi Kinerja.";
      return;
    }
    loaded.read = reinterpret_cast<email::ReadEntry>(dlsym(handle, email::read_entry_name));
    if (loaded.read == nullptr) loaded.error = not_loaded(std::string(email::read_entry_name) + " tidak ada di " + module.string());
  });
  return loaded;
}

}  // namespace

core::EmailReading read_saved_email(std::string_view bytes) {
  const Loaded& module = email_module();
  core::EmailReading reading;
  if (module.read == nullptr) {
    reading.error = module.error;
    return reading;
  }
  module.read(bytes.data(), bytes.size(), &reading);
  return reading;
}

}  // namespace kinerja::uno
