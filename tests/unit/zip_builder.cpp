#include "zip_builder.hpp"

#include <zlib.h>

#include <stdexcept>

namespace kinerja::test {
namespace {

void put16(std::string& out, std::uint32_t value) {
  out += static_cast<char>(value & 0xFF);
  out += static_cast<char>((value >> 8) & 0xFF);
}
void put32(std::string& out, std::uint32_t value) {
  put16(out, value & 0xFFFF);
  put16(out, value >> 16);
}

// Raw deflate (no zlib header), as ZIP stores it.
std::string deflated(const std::string& bytes) {
  z_stream stream{};
  if (deflateInit2(&stream, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) throw std::runtime_error("deflate");
  std::string out(deflateBound(&stream, bytes.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  if (deflate(&stream, Z_FINISH) != Z_STREAM_END) throw std::runtime_error("deflate");
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

struct Built {
  std::string archive;
  std::vector<ZipPartData> data;
};

Built build(const std::vector<ZipPart>& parts) {
  Built built;
  std::string directory;
  for (const ZipPart& part : parts) {
    const std::string stored = part.deflate ? deflated(part.content) : part.content;
    const std::uint32_t crc = crc32_of(part.content);
    const auto offset = static_cast<std::uint32_t>(built.archive.size());
    std::string& local = built.archive;
    put32(local, 0x04034b50);
    put16(local, 20);
    put16(local, 0);
    put16(local, part.deflate ? 8 : 0);
    put16(local, 0);
    put16(local, 0x21);
    put32(local, crc);
    put32(local, static_cast<std::uint32_t>(stored.size()));
    put32(local, static_cast<std::uint32_t>(part.content.size()));
    put16(local, static_cast<std::uint32_t>(part.name.size()));
    put16(local, 0);
    local += part.name;
    built.data.push_back({local.size(), stored.size()});
    local += stored;

    put32(directory, 0x02014b50);
    put16(directory, 20);
    put16(directory, 20);
    put16(directory, 0);
    put16(directory, part.deflate ? 8 : 0);
    put16(directory, 0);
    put16(directory, 0x21);
    put32(directory, crc);
    put32(directory, static_cast<std::uint32_t>(stored.size()));
    put32(directory, static_cast<std::uint32_t>(part.content.size()));
    put16(directory, static_cast<std::uint32_t>(part.name.size()));
    put16(directory, 0);
    put16(directory, 0);
    put16(directory, 0);
    put16(directory, 0);
    put32(directory, 0);
    put32(directory, offset);
    directory += part.name;
  }
  const auto directory_offset = static_cast<std::uint32_t>(built.archive.size());
  built.archive += directory;
  put32(built.archive, 0x06054b50);
  put16(built.archive, 0);
  put16(built.archive, 0);
  put16(built.archive, static_cast<std::uint32_t>(parts.size()));
  put16(built.archive, static_cast<std::uint32_t>(parts.size()));
  put32(built.archive, static_cast<std::uint32_t>(directory.size()));
  put32(built.archive, directory_offset);
  put16(built.archive, 0);
  return built;
}

}  // namespace

std::uint32_t crc32_of(const std::string& bytes) {
  return static_cast<std::uint32_t>(crc32(0L, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
}

std::string zip_archive(const std::vector<ZipPart>& parts) { return build(parts).archive; }

std::vector<ZipPartData> zip_part_data(const std::vector<ZipPart>& parts) { return build(parts).data; }

std::string compound_file(std::size_t stream_size) {
  constexpr std::uint32_t end_of_chain = 0xFFFFFFFE, free_sector = 0xFFFFFFFF, fat_sector = 0xFFFFFFFD;
  const std::size_t stream_sectors = (stream_size + 511) / 512;
  std::string file;
  // Header.
  file += std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  file += std::string(16, '\0');  // CLSID
  put16(file, 0x3E);              // minor version
  put16(file, 3);                 // major version
  put16(file, 0xFFFE);            // byte order
  put16(file, 9);                 // sector shift: 512
  put16(file, 6);                 // mini sector shift: 64
  file += std::string(6, '\0');
  put32(file, 0);  // directory sectors (version 3)
  put32(file, 1);  // FAT sectors
  put32(file, 1);  // first directory sector
  put32(file, 0);  // transaction
  put32(file, 4096);  // mini stream cutoff
  put32(file, end_of_chain);  // first mini FAT sector
  put32(file, 0);             // mini FAT sectors
  put32(file, end_of_chain);  // first DIFAT sector
  put32(file, 0);             // DIFAT sectors
  put32(file, 0);             // DIFAT[0]: the FAT is sector 0
  for (int i = 1; i < 109; ++i) put32(file, free_sector);
  // Sector 0: the FAT.
  std::string fat;
  put32(fat, fat_sector);
  put32(fat, end_of_chain);  // the directory: one sector
  for (std::size_t i = 0; i < stream_sectors; ++i) {
    put32(fat, i + 1 < stream_sectors ? static_cast<std::uint32_t>(3 + i) : end_of_chain);
  }
  while (fat.size() < 512) put32(fat, free_sector);
  file += fat;
  // Sector 1: the directory (root and the stream; two unused entries).
  const auto entry = [](const std::u16string& name, unsigned char type, std::uint32_t start, std::uint32_t size) {
    std::string e;
    for (char16_t c : name) put16(e, c);
    put16(e, 0);
    e.resize(64, '\0');
    put16(e, static_cast<std::uint32_t>((name.size() + 1) * 2));
    e += static_cast<char>(type);
    e += '\x01';                                        // black
    put32(e, 0xFFFFFFFF);                               // left sibling
    put32(e, 0xFFFFFFFF);                               // right sibling
    put32(e, type == 5 ? 1 : 0xFFFFFFFF);               // child
    e += std::string(16 + 4 + 16, '\0');                // CLSID, state bits, times
    put32(e, start);
    put32(e, size);
    put32(e, 0);
    return e;
  };
  std::string directory = entry(u"Root Entry", 5, end_of_chain, 0) + entry(u"Workbook", 2, 2, static_cast<std::uint32_t>(stream_size));
  directory.resize(512, '\0');
  file += directory;
  // The stream.
  std::string stream(stream_sectors * 512, '\0');
  for (std::size_t i = 0; i < stream_size; ++i) stream[i] = static_cast<char>('a' + i % 26);
  file += stream;
  return file;
}

}  // namespace kinerja::test
