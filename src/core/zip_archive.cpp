#include "core/zip_archive.hpp"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <optional>
#include <set>

namespace kinerja::core {
namespace {

constexpr std::uint32_t end_signature = 0x06054b50;
constexpr std::uint32_t end64_signature = 0x06064b50;
constexpr std::uint32_t end64_locator_signature = 0x07064b50;
constexpr std::uint32_t central_signature = 0x02014b50;
constexpr std::uint32_t local_signature = 0x04034b50;
constexpr std::size_t end_size = 22;
constexpr std::size_t central_size = 46;
constexpr std::size_t local_size = 30;

// Little-endian fields at an offset known to lie inside `bytes`.
std::uint16_t u16(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                    static_cast<unsigned char>(bytes[at + 1]) << 8);
}
std::uint32_t u32(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint32_t>(u16(bytes, at)) | static_cast<std::uint32_t>(u16(bytes, at + 2)) << 16;
}
std::uint64_t u64(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint64_t>(u32(bytes, at)) | static_cast<std::uint64_t>(u32(bytes, at + 4)) << 32;
}

// Whether [offset, offset + length) lies inside a buffer of `size` bytes.
bool inside(std::uint64_t offset, std::uint64_t length, std::size_t size) {
  return offset <= size && length <= size - offset;
}

// The end-of-central-directory record: the last one whose comment ends the archive (or that
// lies where a comment could still follow).
std::optional<std::size_t> find_end(std::string_view archive) {
  if (archive.size() < end_size) return std::nullopt;
  const std::size_t last = archive.size() - end_size;
  const std::size_t first = last > 0xFFFF ? last - 0xFFFF : 0;
  for (std::size_t at = last + 1; at-- > first;) {
    if (u32(archive, at) == end_signature && at + end_size + u16(archive, at + 20) <= archive.size()) return at;
  }
  return std::nullopt;
}

struct Directory {
  std::uint64_t count = 0;
  std::uint64_t size = 0;
  std::uint64_t offset = 0;
};

// Where the central directory lies and how many entries it has (from the ZIP64 record when the
// classic one says its fields overflowed). Empty error: found.
std::string locate_directory(std::string_view archive, std::size_t end, Directory& directory) {
  directory.count = u16(archive, end + 10);
  directory.size = u32(archive, end + 12);
  directory.offset = u32(archive, end + 16);
  if (u16(archive, end + 4) != 0 || u16(archive, end + 6) != 0) return "arsip terbagi atas beberapa cakram";
  if (directory.count != 0xFFFF && directory.size != 0xFFFFFFFF && directory.offset != 0xFFFFFFFF) return {};
  if (end < 20 || u32(archive, end - 20) != end64_locator_signature) return "direktori ZIP64 tidak ditemukan";
  const std::uint64_t record = u64(archive, end - 20 + 8);
  if (!inside(record, 56, archive.size()) || u32(archive, static_cast<std::size_t>(record)) != end64_signature) {
    return "direktori ZIP64 rusak";
  }
  const auto at = static_cast<std::size_t>(record);
  directory.count = u64(archive, at + 32);
  directory.size = u64(archive, at + 40);
  directory.offset = u64(archive, at + 48);
  return {};
}

// Reads the ZIP64 extra field of a central entry: the fields whose classic value overflowed.
bool apply_zip64_extra(std::string_view extra, ZipEntry& entry, bool size_overflow, bool compressed_overflow,
                       bool offset_overflow) {
  for (std::size_t at = 0; at + 4 <= extra.size();) {
    const std::uint16_t id = u16(extra, at);
    const std::uint16_t length = u16(extra, at + 2);
    if (at + 4 + length > extra.size()) return false;
    if (id == 0x0001) {
      std::size_t field = at + 4;
      const std::size_t end = field + length;
      for (auto [overflow, target] : {std::pair{size_overflow, &entry.size},
                                      std::pair{compressed_overflow, &entry.compressed_size},
                                      std::pair{offset_overflow, &entry.local_offset}}) {
        if (!overflow) continue;
        if (field + 8 > end) return false;
        *target = u64(extra, field);
        field += 8;
      }
      return true;
    }
    at += 4 + length;
  }
  return !size_overflow && !compressed_overflow && !offset_overflow;
}

}  // namespace

ZipListing list_zip(std::string_view archive) {
  ZipListing listing;
  const std::optional<std::size_t> end = find_end(archive);
  if (!end) {
    listing.error = "akhir arsip ZIP tidak ditemukan (berkas terpotong)";
    return listing;
  }
  Directory directory;
  if (std::string error = locate_directory(archive, *end, directory); !error.empty()) {
    listing.error = std::move(error);
    return listing;
  }
  if (directory.count > zip_max_entries) {
    listing.error = "lebih dari " + std::to_string(zip_max_entries) + " bagian";
    return listing;
  }
  if (!inside(directory.offset, directory.size, archive.size())) {
    listing.error = "direktori arsip di luar berkas (berkas terpotong)";
    return listing;
  }
  std::set<std::string> names;
  std::size_t at = static_cast<std::size_t>(directory.offset);
  const std::size_t directory_end = at + static_cast<std::size_t>(directory.size);
  for (std::uint64_t i = 0; i < directory.count; ++i) {
    if (at + central_size > directory_end || u32(archive, at) != central_signature) {
      listing.error = "direktori arsip rusak";
      return listing;
    }
    const std::size_t name_length = u16(archive, at + 28);
    const std::size_t extra_length = u16(archive, at + 30);
    const std::size_t comment_length = u16(archive, at + 32);
    const std::size_t next = at + central_size + name_length + extra_length + comment_length;
    if (next > directory_end) {
      listing.error = "direktori arsip rusak";
      return listing;
    }
    ZipEntry entry;
    entry.flags = u16(archive, at + 8);
    entry.method = u16(archive, at + 10);
    entry.crc = u32(archive, at + 16);
    entry.compressed_size = u32(archive, at + 20);
    entry.size = u32(archive, at + 24);
    entry.local_offset = u32(archive, at + 42);
    entry.name = std::string(archive.substr(at + central_size, name_length));
    const bool size_overflow = entry.size == 0xFFFFFFFF;
    const bool compressed_overflow = entry.compressed_size == 0xFFFFFFFF;
    const bool offset_overflow = entry.local_offset == 0xFFFFFFFF;
    if ((size_overflow || compressed_overflow || offset_overflow) &&
        !apply_zip64_extra(archive.substr(at + central_size + name_length, extra_length), entry, size_overflow,
                           compressed_overflow, offset_overflow)) {
      listing.error = "ukuran ZIP64 bagian " + entry.name + " rusak";
      return listing;
    }
    if (!names.insert(entry.name).second) {
      listing.error = "bagian " + entry.name + " ada dua kali";
      return listing;
    }
    listing.entries.push_back(std::move(entry));
    at = next;
  }
  return listing;
}

std::string read_zip_entry(std::string_view archive, const ZipEntry& entry, std::uint64_t max_size,
                           const ZipSink& sink, const std::string& sink_error) {
  if (entry.flags & 0x0001) return "terenkripsi";
  if (!inside(entry.local_offset, local_size, archive.size()) ||
      u32(archive, static_cast<std::size_t>(entry.local_offset)) != local_signature) {
    return "kepala bagian tidak ditemukan (berkas terpotong)";
  }
  const auto local = static_cast<std::size_t>(entry.local_offset);
  const std::size_t name_length = u16(archive, local + 26);
  const std::size_t extra_length = u16(archive, local + 28);
  if (!inside(local + local_size, name_length + extra_length, archive.size()) ||
      archive.substr(local + local_size, name_length) != entry.name) {
    return "kepala bagian tidak cocok dengan direktori";
  }
  const std::uint64_t data = local + local_size + name_length + extra_length;
  if (!inside(data, entry.compressed_size, archive.size())) return "terpotong";
  if (entry.size > max_size) return "terlalu besar setelah dibuka";
  const std::string_view compressed = archive.substr(static_cast<std::size_t>(data),
                                                     static_cast<std::size_t>(entry.compressed_size));
  uLong crc = crc32(0L, Z_NULL, 0);
  std::uint64_t produced = 0;
  const auto deliver = [&](std::string_view piece) {
    produced += piece.size();
    if (produced > entry.size) return false;
    crc = crc32(crc, reinterpret_cast<const Bytef*>(piece.data()), static_cast<uInt>(piece.size()));
    return sink(piece);
  };

  if (entry.method == 0) {
    if (entry.compressed_size != entry.size) return "ukuran tidak cocok";
    for (std::size_t at = 0; at < compressed.size(); at += 1 << 20) {
      if (!deliver(compressed.substr(at, 1 << 20))) return sink_error;
    }
  } else if (entry.method == 8) {
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return "tidak dapat dibuka (zlib)";
    std::array<char, 1 << 16> buffer;
    std::size_t offered = 0;
    int status = Z_OK;
    std::string failure;
    while (status != Z_STREAM_END && failure.empty()) {
      if (stream.avail_in == 0 && offered < compressed.size()) {
        const std::size_t chunk = std::min<std::size_t>(compressed.size() - offered, 1u << 30);
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data() + offered));
        stream.avail_in = static_cast<uInt>(chunk);
        offered += chunk;
      }
      stream.next_out = reinterpret_cast<Bytef*>(buffer.data());
      stream.avail_out = static_cast<uInt>(buffer.size());
      status = inflate(&stream, Z_NO_FLUSH);
      const std::size_t out = buffer.size() - stream.avail_out;
      if (status != Z_OK && status != Z_STREAM_END && !(status == Z_BUF_ERROR && out > 0)) {
        failure = status == Z_BUF_ERROR ? "terpotong" : "data terkompresi rusak";
      } else if (out > 0 && !deliver(std::string_view(buffer.data(), out))) {
        failure = produced > entry.size ? "lebih panjang dari ukurannya" : sink_error;
      } else if (out == 0 && stream.avail_in == 0 && offered == compressed.size() && status != Z_STREAM_END) {
        failure = "terpotong";
      }
    }
    inflateEnd(&stream);
    if (!failure.empty()) return failure;
  } else {
    return "metode kompresi " + std::to_string(entry.method) + " tidak dikenal";
  }
  if (produced != entry.size) return "terpotong";
  if (crc != entry.crc) return "isinya tidak cocok dengan CRC-nya (rusak)";
  return {};
}

}  // namespace kinerja::core
