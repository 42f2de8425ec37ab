// kinerja eval FORMULA: evaluates one formula in a headless Calc with the extension, e.g.
// `kinerja eval '=CAPAIAN(80;100)'` prints 80.
#include <fmt/core.h>

#include "cli/cli_error.hpp"
#include "cli/command.hpp"
#include "cli/commands/parse_options.hpp"
#include "cli/engine_client.hpp"
#include "core/grid.hpp"

namespace kinerja::cli {

namespace po = boost::program_options;

namespace {

}  // namespace

int run_eval(const GlobalOptions& global, const std::vector<std::string>& arguments) {
  std::string formula;
  po::options_description options("Opsi eval");
  options.add_options()("formula", po::value<std::string>(&formula)->required(),
                        "rumus Calc, argumen dipisah dengan ; (contoh: =CAPAIAN(80;100))");
  po::positional_options_description positional;
  positional.add("formula", 1);
  po::variables_map values;
  if (!parse_command_options("eval", arguments, options, positional, values,
                             "kinerja eval '=CAPAIAN(80;100)'")) {
    return exit_success;
  }

  EngineClient client(global);
  const org::kinerja::FormulaResult result = client.engine().evaluate(to_ou(formula));
  if (result.Kind == "error") {
    throw Failure(fmt::format("rumus {} menghasilkan galat {}", formula, to_utf8(result.Text)));
  }
  if (result.Kind == "number") {
    fmt::print("{}\n", core::format_number(result.Number));
  } else {
    fmt::print("{}\n", to_utf8(result.Text));
  }
  return exit_success;
}

}  // namespace kinerja::cli
