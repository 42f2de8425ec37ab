#include "core/problem.hpp"

#include <algorithm>

namespace kinerja::core {

const char* label_of(Severity severity, Language language) {
  if (language == Language::english) return severity == Severity::error ? "Error" : "Warning";
  return severity == Severity::error ? "Galat" : "Peringatan";
}

std::string describe(const Problem& problem, Language language) {
  std::string out;
  if (!problem.file.empty()) out += problem.file + ": ";
  if (!problem.where.empty()) out += problem.where + ": ";
  out += label_of(problem.severity, language);
  out += ": ";
  out += problem.message;
  return out;
}

bool has_errors(const std::vector<Problem>& problems) {
  return std::any_of(problems.begin(), problems.end(),
                     [](const Problem& p) { return p.severity == Severity::error; });
}

}  // namespace kinerja::core
