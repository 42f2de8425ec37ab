// How a command fails: a usage error (exit 2) or a failure (exit 1); the message is for the
// user, in Indonesian.
#pragma once

#include <stdexcept>

namespace kinerja::cli {

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Failure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum ExitCode { exit_success = 0, exit_failure = 1, exit_usage = 2, exit_partial = 3 };

}  // namespace kinerja::cli
