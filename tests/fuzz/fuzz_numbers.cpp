// Number parsing must never crash, and whatever it reads as a number must be finite and,
// written back in plain form, read back the same.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/grid.hpp"
#include "core/numbers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const kinerja::core::NumberReading reading = kinerja::core::read_number(text);
  if (reading.outcome == kinerja::core::NumberReading::Outcome::number) {
    if (!std::isfinite(reading.value)) std::abort();
    (void)kinerja::core::warning_message(reading.warning, text, reading.value);
    std::string plain = kinerja::core::format_number(reading.value);
    if (plain.find('e') == std::string::npos) {
      const kinerja::core::NumberReading again = kinerja::core::read_number(plain);
      if (again.outcome != kinerja::core::NumberReading::Outcome::number) std::abort();
    }
  }
  return 0;
}
