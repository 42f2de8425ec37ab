#include "core/compound_file.hpp"

#include <cstdint>
#include <vector>

namespace kinerja::core {
namespace {

constexpr std::string_view signature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::uint32_t end_of_chain = 0xFFFFFFFE;
constexpr std::uint32_t free_sector = 0xFFFFFFFF;
constexpr std::uint32_t max_regular_sector = 0xFFFFFFFA;
constexpr std::size_t header_size = 512;
constexpr std::size_t directory_entry_size = 128;

std::uint16_t u16(std::string_view b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}
std::uint32_t u32(std::string_view b, std::size_t at) {
  return static_cast<std::uint32_t>(u16(b, at)) | static_cast<std::uint32_t>(u16(b, at + 2)) << 16;
}

class CompoundFile {
 public:
  explicit CompoundFile(std::string_view bytes) : bytes_(bytes) {}

  std::optional<std::string> check() {
    if (bytes_.size() < header_size) return "terpotong di kepalanya";
    if (u16(bytes_, 28) != 0xFFFE) return "kepalanya rusak";
    const std::uint16_t shift = u16(bytes_, 30);
    if (shift != 9 && shift != 12) return "kepalanya rusak";
    sector_size_ = std::size_t{1} << shift;
    if (u16(bytes_, 32) != 6) return "kepalanya rusak";
    // Sectors that lie wholly in the file (the last may be padded short by some writers).
    sectors_ = (bytes_.size() - sector_size_ + sector_size_ - 1) / sector_size_;
    if (bytes_.size() <= sector_size_) sectors_ = 0;
    if (auto failure = read_fat()) return failure;
    std::vector<std::uint32_t> directory;
    if (auto failure = chain(u32(bytes_, 48), directory, "direktorinya")) return failure;
    return check_streams(directory);
  }

 private:
  std::string_view sector(std::uint32_t id) const {
    const std::size_t at = (static_cast<std::size_t>(id) + 1) * sector_size_;
    return bytes_.substr(at, std::min(sector_size_, bytes_.size() - at));
  }
  bool valid(std::uint32_t id) const { return id <= max_regular_sector && id < sectors_; }

  std::optional<std::string> read_fat() {
    const std::uint32_t fat_sectors = u32(bytes_, 44);
    if (fat_sectors > sectors_) return "tabel alokasinya lebih besar dari berkasnya (terpotong)";
    std::vector<std::uint32_t> fat_ids;
    for (std::size_t i = 0; i < 109 && fat_ids.size() < fat_sectors; ++i) fat_ids.push_back(u32(bytes_, 76 + 4 * i));
    std::uint32_t difat = u32(bytes_, 68);
    std::size_t difat_seen = 0;
    while (fat_ids.size() < fat_sectors) {
      if (!valid(difat) || ++difat_seen > sectors_) return "tabel alokasinya terpotong";
      const std::string_view s = sector(difat);
      if (s.size() < sector_size_) return "tabel alokasinya terpotong";
      const std::size_t per_sector = sector_size_ / 4 - 1;
      for (std::size_t i = 0; i < per_sector && fat_ids.size() < fat_sectors; ++i) fat_ids.push_back(u32(s, 4 * i));
      difat = u32(s, 4 * per_sector);
    }
    fat_.reserve(fat_ids.size() * (sector_size_ / 4));
    for (std::uint32_t id : fat_ids) {
      if (!valid(id) || sector(id).size() < sector_size_) return "tabel alokasinya menunjuk ke luar berkas (terpotong)";
      const std::string_view s = sector(id);
      for (std::size_t i = 0; i < sector_size_ / 4; ++i) fat_.push_back(u32(s, 4 * i));
    }
    return std::nullopt;
  }

  // The sectors of the chain starting at `first`, all inside the file, none twice.
  std::optional<std::string> chain(std::uint32_t first, std::vector<std::uint32_t>& out, const std::string& what) const {
    out.clear();
    for (std::uint32_t id = first; id != end_of_chain;) {
      if (!valid(id) || id >= fat_.size()) return what + " menunjuk ke luar berkas (terpotong)";
      if (out.size() >= sectors_) return what + " berputar (rusak)";
      out.push_back(id);
      id = fat_[id];
      if (id == free_sector) return what + " terputus (rusak)";
    }
    return std::nullopt;
  }

  std::optional<std::string> check_streams(const std::vector<std::uint32_t>& directory) const {
    const std::uint32_t cutoff = u32(bytes_, 56);
    std::vector<std::uint32_t> sectors;
    for (std::uint32_t id : directory) {
      const std::string_view s = sector(id);
      for (std::size_t at = 0; at + directory_entry_size <= s.size(); at += directory_entry_size) {
        const unsigned char type = static_cast<unsigned char>(s[at + 66]);
        if (type != 2 && type != 5) continue;  // streams and the root (which holds the small streams)
        const std::uint32_t start = u32(s, at + 116);
        const std::uint64_t size = u32(s, at + 120) | (sector_size_ == 4096 ? std::uint64_t{u32(s, at + 124)} << 32 : 0);
        if (type == 2 && size < cutoff) continue;  // a small stream: inside the root's, checked with it
        if (size == 0) continue;
        if (auto failure = chain(start, sectors, "aliran datanya")) return failure;
        std::uint64_t available = 0;
        for (std::uint32_t sector_id : sectors) available += sector(sector_id).size();
        if (available < size) return "aliran datanya lebih pendek dari ukurannya (terpotong)";
      }
    }
    if (u32(bytes_, 64) > 0) {  // the small streams' own allocation table
      if (auto failure = chain(u32(bytes_, 60), sectors, "tabel alokasi kecilnya")) return failure;
    }
    return std::nullopt;
  }

  std::string_view bytes_;
  std::size_t sector_size_ = 512;
  std::size_t sectors_ = 0;
  std::vector<std::uint32_t> fat_;
};

}  // namespace

bool is_compound_file(std::string_view bytes) { return bytes.starts_with(signature); }

std::optional<std::string> compound_file_damage(std::string_view bytes) {
  if (!is_compound_file(bytes)) return "bukan berkas majemuk";
  return CompoundFile(bytes).check();
}

}  // namespace kinerja::core
