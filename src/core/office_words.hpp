// LibreOffice's own words about a failure (a UNO exception's message) are English and carry
// the source location of the code that threw ("... at ./framework/source/loadenv/loadenv.cxx:189"):
// never a sentence for an officer. Every refusal is a sentence of ours that names the file and
// what to do; LibreOffice's words may follow it, shortened, as technical detail.
#pragma once

#include <string>
#include <string_view>

namespace kinerja::core {

// The text without the source locations in it (" at ./x/y.cxx:123", " at /build/.../y.cxx:123").
std::string without_source_locations(std::string_view text);

// The words made fit to follow a sentence: without source locations, whitespace folded, at most
// `limit` characters ("..." ends a cut text). Empty when nothing is left.
std::string office_words(std::string_view raw, std::size_t limit = 160);

// "<sentence> (LibreOffice: <office_words(raw)>)", or the sentence alone when there are no words.
// The sentence's own final full stop moves after the bracket.
std::string with_office_words(std::string sentence, std::string_view raw);

// Whether a text holds LibreOffice's raw words: a source location of its code.
bool has_source_location(std::string_view text);

}  // namespace kinerja::core
