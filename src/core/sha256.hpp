// SHA-256 (FIPS 180-4) of a submission's bytes: its provenance in the master.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace kinerja::core {

class Sha256 {
 public:
  Sha256();
  void update(const void* data, std::size_t size);
  void update(std::string_view data) { update(data.data(), data.size()); }
  std::string hex();  // finishes; the object is spent afterwards

 private:
  void block(const std::uint8_t* data);
  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;
};

std::string sha256_hex(std::string_view data);

}  // namespace kinerja::core
