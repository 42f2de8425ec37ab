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

// Free text (kendala, tindak lanjut, bukti dukung) as it may be sealed and stored in every
// format Kinerja writes: CR LF and a lone CR become LF, and so do the other line breaks (vertical
// tab, as Excel writes a soft line break, form feed, NEL); a tab becomes a space (LibreOffice's
// .ods drops tabs from cell text); every other control character (C0 but LF, DEL, C1), the non-characters U+FFFE and U+FFFF and the bidirectional embeddings,
// overrides and isolates (U+202A..U+202E, U+2066..U+2069) are removed; bytes that are no UTF-8
// become U+FFFD. `changed` says that anything but a line end was removed or replaced.
struct StorableText {
  std::string text;
  bool changed = false;
};
StorableText storable_text(std::string_view text);

// A file or attachment name as it may be shown and stored: the characters storable_text removes,
// line breaks and tabs included, each replaced by U+FFFD, so that the name stays recognisably
// itself on one line and nothing in it reorders what follows.
std::string shown_name(std::string_view name);

}  // namespace kinerja::core
