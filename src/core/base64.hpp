// Base64 (RFC 4648, as MIME uses it, RFC 2045): the encoding of the messages Kinerja writes, and
// the check that an attachment's encoding came whole (a message cut in transit, or edited,
// decodes to other bytes without a word).
#pragma once

#include <string>
#include <string_view>

namespace kinerja::core {

std::string base64(std::string_view bytes);

// Whether MIME base64 text is whole: only the alphabet (A-Z a-z 0-9 + /) and line breaks or
// spaces, a length of whole groups of four, and "=" only as the last one or two characters.
// Empty text is whole.
bool base64_intact(std::string_view encoded);

}  // namespace kinerja::core
