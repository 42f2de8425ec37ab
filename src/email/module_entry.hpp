// The entry points of libkinerja-email.so, shared by the module (src/email/email_module.cpp) and
// the component that loads it (uno/engine/email_reader.cpp). The entry passes a C++ object
// (core::EmailReading) across dlopen: both sides must be built from the same sources, which the
// .oxt ships together. The loader checks that before the first call, so that a module left from
// another version is refused by name instead of corrupting memory.
#pragma once

#include <cstddef>

#include "core/received_email.hpp"

namespace kinerja::email {

// Raise it whenever core::EmailReading, core::ReceivedEmail or an entry's signature changes.
inline constexpr int module_abi = 1;

// kinerja_email_abi: the module's module_abi, and sizeof(core::EmailReading) as it was built.
using AbiEntry = int (*)(std::size_t* reading_size);
inline constexpr const char* abi_entry_name = "kinerja_email_abi";

// kinerja_read_email: reads the bytes into *out; never throws.
using ReadEntry = void (*)(const char* bytes, std::size_t size, core::EmailReading* out);
inline constexpr const char* read_entry_name = "kinerja_read_email";

// Whether a module that answers (abi, reading_size) fits this build.
inline bool module_fits(int abi, std::size_t reading_size) {
  return abi == module_abi && reading_size == sizeof(core::EmailReading);
}

}  // namespace kinerja::email
