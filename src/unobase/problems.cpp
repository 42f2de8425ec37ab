#include "unobase/problems.hpp"

#include "unobase/strings.hpp"

namespace kinerja::unobase {

org::kinerja::Problem to_idl(const core::Problem& problem) {
  org::kinerja::Problem out;
  out.Severity = problem.severity == core::Severity::error ? org::kinerja::ProblemSeverity_ERROR
                                                           : org::kinerja::ProblemSeverity_WARNING;
  out.Message = to_ou(problem.message);
  out.Where = to_ou(problem.where);
  out.File = to_ou(problem.file);
  return out;
}

core::Problem to_core(const org::kinerja::Problem& problem) {
  return {problem.Severity == org::kinerja::ProblemSeverity_ERROR ? core::Severity::error : core::Severity::warning,
          to_utf8(problem.Message), to_utf8(problem.Where), to_utf8(problem.File)};
}

}  // namespace kinerja::unobase
