// The options every command shares: where the extension and a prepared profile are, and how
// long to wait for the office. Each has an environment variable as its default.
#pragma once

#include <boost/program_options/options_description.hpp>
#include <boost/program_options/variables_map.hpp>

#include <filesystem>

#include "office/session.hpp"

namespace kinerja::cli {

struct GlobalOptions {
  std::filesystem::path program;   // argv[0], to find the bundled .oxt
  std::filesystem::path extension;  // --oxt / KINERJA_OXT / next to the program
  std::filesystem::path profile;    // --profile / KINERJA_PROFILE (prepared; copied per run)
  int timeout_seconds = 25;         // --timeout

  // The session options for these settings (finds the .oxt when no profile is given).
  office::SessionOptions session_options() const;
};

// The bundled example year (example-2023: agreement, actuals, the .xlsx filler), next to the
// program or in ../share/kinerja.
std::filesystem::path find_example(const GlobalOptions& options);

boost::program_options::options_description global_options_description(GlobalOptions& options);

// Fills in the defaults from the environment after parsing.
void apply_environment(GlobalOptions& options);

// The extension to install: --oxt, or the bundled kinerja.oxt (next to the program, or in
// ../share/kinerja).
std::filesystem::path find_extension(const GlobalOptions& options);

}  // namespace kinerja::cli
