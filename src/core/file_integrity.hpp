// Whether a submitted spreadsheet file is whole, checked before the office reads it. The office
// reads what it can of a damaged file and says nothing: a cut styles part loses a cell's
// percent format (93,8 becomes 0,938), a cut shared-strings part the texts. So every part of a
// package (.xlsx, .ods) must be intact (its size and CRC) and, where it is XML, whole and
// well-formed; every part another part links to must be there; a flat .fods must be whole XML;
// an .xls's Compound File must be whole; every number cell must hold a number (core/number_cells:
// the office reads an .ods "NaN" as 0). Files of other kinds (CSV, text) have no structure to
// check: the office decides. Untrusted input: sizes are bounded.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kinerja::core {

inline constexpr std::size_t submission_max_bytes = 64u << 20;               // a form is tens of KB
inline constexpr std::uint64_t package_max_unpacked_bytes = 512ull << 20;    // all parts, unpacked

// "Berkas lebih dari 64 MiB: terlalu besar untuk formulir; tidak dibaca."
std::string submission_too_large_error();

// Why the file named `name` whose bytes these are cannot be read as whole, as a sentence in
// Indonesian naming the damaged part and what to do; nullopt when it is whole (or of a kind
// without a structure to check). A file saved with a password (an ODF package whose manifest
// says its parts are encrypted, an encrypted .xlsx) is refused as one (core/encrypted_file).
std::optional<std::string> file_damage(std::string_view bytes, const std::string& name);

}  // namespace kinerja::core
