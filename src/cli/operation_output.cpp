#include "cli/operation_output.hpp"

#include <fmt/core.h>

#include "cli/cli_error.hpp"

namespace kinerja::cli {
namespace {

std::string utf8(const rtl::OUString& text) {
  return std::string(rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8).getStr());
}

}  // namespace

int report(const org::kinerja::OperationResult& result) {
  for (const org::kinerja::Problem& problem : result.Problems) {
    std::string line;
    if (!problem.File.isEmpty()) line += utf8(problem.File) + ": ";
    if (!problem.Where.isEmpty()) line += utf8(problem.Where) + ": ";
    line += problem.Severity == "error" ? "Galat: " : "Peringatan: ";
    line += utf8(problem.Message);
    fmt::print(stderr, "{}\n", line);
  }
  for (const rtl::OUString& file : result.Files) fmt::print("{}\n", utf8(file));
  fmt::print(result.Success ? stdout : stderr, "{}\n", utf8(result.Summary));
  return result.Success ? exit_success : exit_failure;
}

}  // namespace kinerja::cli
