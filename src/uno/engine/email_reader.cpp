#include "uno/engine/email_reader.hpp"

#include <dlfcn.h>

#include <filesystem>
#include <mutex>
#include <string>

namespace kinerja::uno {
namespace {

using ReadEmail = void (*)(const char*, std::size_t, core::EmailReading*);

struct Loaded {
  ReadEmail read = nullptr;
  std::string error;
};

const Loaded& email_module() {
  static Loaded loaded;
  static std::once_flag once;
  std::call_once(once, [] {
    Dl_info self{};
    if (dladdr(reinterpret_cast<const void*>(&read_saved_email), &self) == 0 || self.dli_fname == nullptr) {
      loaded.error = "letak komponen Kinerja tidak diketahui";
      return;
    }
    const std::filesystem::path module = std::filesystem::path(self.dli_fname).parent_path() / "libkinerja-email.so";
    void* handle = dlopen(module.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      const char* why = dlerror();
      loaded.error = why ? why : module.string();
      return;
    }
    loaded.read = reinterpret_cast<ReadEmail>(dlsym(handle, "kinerja_read_email"));
    if (loaded.read == nullptr) loaded.error = "kinerja_read_email tidak ada di " + module.string();
  });
  return loaded;
}

}  // namespace

core::EmailReading read_saved_email(std::string_view bytes) {
  const Loaded& module = email_module();
  core::EmailReading reading;
  if (module.read == nullptr) {
    reading.error = "Surel tidak dapat dibaca di komputer ini: pustaka GMime (paket libgmime-3.0-0) belum terpasang (" +
                    module.error + "). Simpan lampirannya dari program surel dan tarik berkas itu.";
    return reading;
  }
  module.read(bytes.data(), bytes.size(), &reading);
  return reading;
}

}  // namespace kinerja::uno
