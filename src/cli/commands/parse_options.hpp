// Parses a command's own options; a bad option is a UsageError naming the command.
#pragma once

#include <boost/program_options.hpp>

#include <string>
#include <vector>

namespace kinerja::cli {

// Returns false when --help was asked (the help has been printed to stdout).
bool parse_command_options(const std::string& command, const std::vector<std::string>& arguments,
                           const boost::program_options::options_description& options,
                           const boost::program_options::positional_options_description& positional,
                           boost::program_options::variables_map& values, const char* usage);

}  // namespace kinerja::cli
