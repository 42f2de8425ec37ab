// A problem found in the input: what is wrong (in Indonesian, for the staff) and where.
#pragma once

#include <string>
#include <vector>

#include "core/language.hpp"

namespace kinerja::core {

enum class Severity { error, warning };

struct Problem {
  Severity severity = Severity::error;
  std::string message;  // Indonesian, a whole sentence
  std::string where;    // sheet-qualified A1 address ("PK!C4"), or the sheet, or empty
  std::string file;     // the file it came from, when known
};

// "Galat" / "Peringatan" ("Error" / "Warning").
const char* label_of(Severity severity, Language language = Language::indonesian);

// "file: PK!C4: Galat: message" (parts that are empty are left out). The message itself is
// Indonesian in every UI language: it is also what the Masalah sheet of the master keeps.
std::string describe(const Problem& problem, Language language = Language::indonesian);

bool has_errors(const std::vector<Problem>& problems);

}  // namespace kinerja::core
