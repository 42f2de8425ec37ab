// How the CLI reports an engine operation: the summary and the files on stdout, every
// problem on stderr (file: place: severity: message); the exit code.
#pragma once

#include <org/kinerja/OperationResult.hpp>

namespace kinerja::cli {

// Prints the result; returns 0 when it succeeded, 1 when it did not.
int report(const org::kinerja::OperationResult& result);

}  // namespace kinerja::cli
