// Boost.Program_options says what is wrong with the command line in English ("the argument
// ('7abc') for option '--month' is invalid"): here each of its errors becomes an Indonesian
// sentence naming the option, the bad value and, from the option's own help, what it takes.
#pragma once

#include <boost/program_options/errors.hpp>
#include <boost/program_options/options_description.hpp>

#include <string>

namespace kinerja::cli {

std::string option_error_text(const boost::program_options::error& error,
                              const boost::program_options::options_description& options);

}  // namespace kinerja::cli
