// Reading a saved email with GMime (a maintained MIME library), in a library of its own so that
// the UNO component never needs GMime to load: the office loads libkinerja-email.so only when a
// pull meets an .eml (src/email/module_entry.hpp). What is read, and its bounds: core/received_email.hpp.
#pragma once

#include <string_view>

#include "core/received_email.hpp"

namespace kinerja::email {

// Parses a saved email. Never throws for any bytes; too large input is refused before it is
// parsed, parts nested more than core::email_max_nesting deep (multipart/* and message/*:
// rfc822, news, global) once parsed (the words of a text body are no nesting).
core::EmailReading read_email(std::string_view bytes);

}  // namespace kinerja::email
