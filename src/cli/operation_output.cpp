#include "cli/operation_output.hpp"

#include <fmt/core.h>

#include "cli/cli_error.hpp"
#include "core/problem.hpp"
#include "unobase/problems.hpp"
#include "unobase/strings.hpp"

namespace kinerja::cli {

using unobase::to_utf8;

int report(const org::kinerja::OperationResult& result) {
  for (const org::kinerja::Problem& problem : result.Problems) {
    fmt::print(stderr, "{}\n", core::describe(unobase::to_core(problem)));
  }
  for (const rtl::OUString& file : result.Files) fmt::print("{}\n", to_utf8(file));
  fmt::print(result.Success ? stdout : stderr, "{}\n", to_utf8(result.Summary));
  return result.Success ? exit_success : exit_failure;
}

}  // namespace kinerja::cli
