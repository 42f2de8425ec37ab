// libkinerja-email.so: email::read_email (GMime) behind two C entry points (module_entry.hpp),
// which the UNO component loads when a pull meets a saved email (uno/engine/email_reader.cpp).
// Kept apart so that the component itself never needs GMime to load.
#include <cstddef>
#include <string_view>

#include "email/module_entry.hpp"
#include "email/read_email.hpp"

extern "C" __attribute__((visibility("default"))) int kinerja_email_abi(std::size_t* reading_size) {
  if (reading_size != nullptr) *reading_size = sizeof(kinerja::core::EmailReading);
  return kinerja::email::module_abi;
}

extern "C" __attribute__((visibility("default"))) void kinerja_read_email(const char* bytes, std::size_t size,
                                                                            kinerja::core::EmailReading* out) {
  try {
    *out = kinerja::email::read_email(std::string_view(bytes, size));
  } catch (...) {  // nothing may cross into the office
    out->email.reset();
    out->error = "Surel tidak dapat dibaca.";
  }
}
