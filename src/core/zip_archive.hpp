// Reading a ZIP archive held in memory (the container of .xlsx and .ods files) as an untrusted
// input: its central directory listed and every entry's content streamed out with its
// declared size and CRC-32 checked, within limits, never trusting an offset or a size. Stored
// and deflated entries are read (what every spreadsheet program writes); ZIP64 sizes are
// understood. Errors are Indonesian phrases naming what is wrong, for core/file_integrity.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja::core {

inline constexpr std::size_t zip_max_entries = 10000;

struct ZipEntry {
  std::string name;
  std::uint16_t flags = 0;
  std::uint16_t method = 0;  // 0 stored, 8 deflated
  std::uint32_t crc = 0;
  std::uint64_t compressed_size = 0;
  std::uint64_t size = 0;  // uncompressed
  std::uint64_t local_offset = 0;
};

struct ZipListing {
  std::vector<ZipEntry> entries;
  std::string error;  // empty: the directory was read whole
};

// The central directory of `archive`. An archive without one, cut, with entries pointing
// outside it, or with two entries of the same name is an error.
ZipListing list_zip(std::string_view archive);

// Receives an entry's content piece by piece; false stops the reading (the receiver failed).
using ZipSink = std::function<bool(std::string_view piece)>;

// Streams the content of `entry` to `sink`. Empty when it was read whole and its size and CRC
// match the directory; otherwise what is wrong ("terpotong", "CRC tidak cocok", ...), or
// `sink_error` when the sink stopped it. More than `max_size` bytes out is an error too.
std::string read_zip_entry(std::string_view archive, const ZipEntry& entry, std::uint64_t max_size,
                           const ZipSink& sink, const std::string& sink_error = "dihentikan");

}  // namespace kinerja::core
