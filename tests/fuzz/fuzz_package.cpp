// Checking a submitted file's structure (any bytes: a package, a Compound File, flat XML,
// anything) must never crash or run away, and its verdict is either "whole" or a sentence
// that starts by saying what is wrong.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/file_integrity.hpp"
#include "core/zip_archive.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto damage = kinerja::core::file_damage(bytes, "formulir.xlsx");
  if (damage && !damage->starts_with("Berkas ")) std::abort();
  // The archive reader on its own, every entry read within a small bound.
  const kinerja::core::ZipListing listing = kinerja::core::list_zip(bytes);
  if (!listing.error.empty() && !listing.entries.empty()) std::abort();
  for (const kinerja::core::ZipEntry& entry : listing.entries) {
    std::uint64_t seen = 0;
    kinerja::core::read_zip_entry(bytes, entry, 1 << 16, [&](std::string_view piece) {
      seen += piece.size();
      return true;
    });
    if (seen > entry.size) std::abort();
  }
  return 0;
}
