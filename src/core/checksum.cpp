#include "core/checksum.hpp"

#include <cstdint>

namespace kinerja::core {

std::string fnv1a_hex(std::string_view data) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  constexpr char hex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = hex[hash & 0xF];
    hash >>= 4;
  }
  return out;
}

std::string indicator_list_checksum(const std::vector<std::string>& codes) {
  std::string joined;
  for (const std::string& code : codes) {
    for (char c : code) joined.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    joined.push_back('\n');
  }
  return fnv1a_hex(joined);
}

}  // namespace kinerja::core
