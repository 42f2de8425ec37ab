// libkinerja-email.so: core::read_email (GMime) behind one C entry point, which the UNO
// component loads when a pull meets a saved email (uno/engine/email_reader.cpp). Kept apart so
// that the component itself never needs GMime to load.
#include <cstddef>
#include <string_view>

#include "core/received_email.hpp"

extern "C" __attribute__((visibility("default"))) void kinerja_read_email(const char* bytes, std::size_t size,
                                                                            kinerja::core::EmailReading* out) {
  try {
    *out = kinerja::core::read_email(std::string_view(bytes, size));
  } catch (...) {  // nothing may cross into the office
    out->email.reset();
    out->error = "Surel tidak dapat dibaca.";
  }
}
