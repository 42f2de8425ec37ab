// Whether a Compound File (the container of the old Excel .xls format, "OLE2") held in memory
// is whole: its header sane, every sector its allocation tables, directory and streams name
// inside the file, no chain looping or ending early. A cut or damaged .xls fails here before
// the office guesses at what is left. Errors are Indonesian phrases for core/file_integrity.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kinerja::core {

// Whether `bytes` start like a Compound File (D0 CF 11 E0 A1 B1 1A E1).
bool is_compound_file(std::string_view bytes);

// What is wrong with it, or nullopt when it is whole.
std::optional<std::string> compound_file_damage(std::string_view bytes);

}  // namespace kinerja::core
