// Small text helpers shared by the readers: whitespace, case, and the comparisons that
// header and option matching need. Text is UTF-8; Indonesian words are ASCII, so case folding
// is ASCII-only on purpose (other bytes pass through unchanged).
#pragma once

#include <string>
#include <string_view>

namespace kinerja::core {

// Removes leading and trailing whitespace, including no-break spaces (U+00A0).
std::string_view trim(std::string_view text);

// ASCII lower case.
std::string to_lower(std::string_view text);

// Trimmed and ASCII upper case: the form in which indicator codes are compared.
std::string code_key(std::string_view code);

// Lower case, every run of whitespace, '_' or line breaks collapsed to one space, trimmed:
// the form in which header titles and option words are compared.
std::string fold(std::string_view text);

// The length in bytes of the longest word (run without a space) of a text: what must fit on
// one line of a header cell.
std::size_t longest_word(std::string_view text);

}  // namespace kinerja::core
