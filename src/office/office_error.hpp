#pragma once

#include <stdexcept>
#include <string>

namespace kinerja::office {

// The office could not be found, started, reached or told what to do. The message is for
// the user (Indonesian), complete with what to do about it.
class OfficeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace kinerja::office
