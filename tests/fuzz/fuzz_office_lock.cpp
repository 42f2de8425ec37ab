// Reading an office lock file (any bytes next to a master) must never crash, and what it
// accepts has its five fields and describes its holder.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/office_lock.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto lock = kinerja::core::parse_office_lock(text);
  if (lock) {
    if (text.find(';') == std::string_view::npos) std::abort();
    if (kinerja::core::describe_holder(*lock).empty()) std::abort();
  }
  return 0;
}
