// ZIP archives and Compound Files written byte by byte for the tests of the readers of untrusted
// packages (core/zip_archive, core/compound_file, core/file_integrity): each part's bytes and
// each header field are chosen here, so that a test can damage exactly one of them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kinerja::test {

struct ZipPart {
  std::string name;
  std::string content;
  bool deflate = true;
};

// A well-formed archive of the parts, in order (CRC-32 and sizes as the format wants them).
std::string zip_archive(const std::vector<ZipPart>& parts);

// Where each part's stored data starts and how long it is, in an archive made by zip_archive.
struct ZipPartData {
  std::size_t offset = 0;
  std::size_t length = 0;
};
std::vector<ZipPartData> zip_part_data(const std::vector<ZipPart>& parts);

// The CRC-32 (ISO-HDLC, as ZIP uses it) of `bytes`.
std::uint32_t crc32_of(const std::string& bytes);

// A Compound File (512-byte sectors) holding one stream "Workbook" of `stream_size` bytes
// (at least 4096: in the regular sectors): FAT in sector 0, directory in sector 1, the stream
// from sector 2 on.
std::string compound_file(std::size_t stream_size);

}  // namespace kinerja::test
