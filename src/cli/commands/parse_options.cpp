#include "cli/commands/parse_options.hpp"

#include <fmt/core.h>

#include <sstream>

#include "cli/cli_error.hpp"
#include "cli/option_errors.hpp"

namespace kinerja::cli {

namespace po = boost::program_options;

bool parse_command_options(const std::string& command, const std::vector<std::string>& arguments,
                           const po::options_description& options,
                           const po::positional_options_description& positional,
                           po::variables_map& values, const char* usage) {
  po::options_description all;
  all.add(options);
  all.add_options()("help,h", "bantuan perintah ini");
  try {
    po::store(po::command_line_parser(arguments).options(all).positional(positional).run(), values);
    if (values.count("help")) {
      std::ostringstream text;
      text << all;
      fmt::print("Pemakaian: {}\n\n{}", usage, text.str());
      return false;
    }
    po::notify(values);
  } catch (const po::error& e) {
    throw UsageError(fmt::format("{}: {}\nPemakaian: {}", command, option_error_text(e, all), usage));
  }
  return true;
}

}  // namespace kinerja::cli
