#include "cli/operation_output.hpp"

#include <fmt/core.h>

#include "cli/cli_error.hpp"
#include "uno/strings.hpp"

namespace kinerja::cli {

using uno::to_utf8;

int report(const org::kinerja::OperationResult& result) {
  for (const org::kinerja::Problem& problem : result.Problems) {
    std::string line;
    if (!problem.File.isEmpty()) line += to_utf8(problem.File) + ": ";
    if (!problem.Where.isEmpty()) line += to_utf8(problem.Where) + ": ";
    line += problem.Severity == "error" ? "Galat: " : "Peringatan: ";
    line += to_utf8(problem.Message);
    fmt::print(stderr, "{}\n", line);
  }
  for (const rtl::OUString& file : result.Files) fmt::print("{}\n", to_utf8(file));
  fmt::print(result.Success ? stdout : stderr, "{}\n", to_utf8(result.Summary));
  return result.Success ? exit_success : exit_failure;
}

}  // namespace kinerja::cli
