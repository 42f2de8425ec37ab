// Reading a saved email in the office: core::read_email from libkinerja-email.so beside the
// component, loaded on first use. Without it (GMime missing on this computer) every email is
// refused with a message saying what to install, and everything else still works.
#pragma once

#include <string_view>

#include "core/received_email.hpp"

namespace kinerja::uno {

core::EmailReading read_saved_email(std::string_view bytes);

}  // namespace kinerja::uno
