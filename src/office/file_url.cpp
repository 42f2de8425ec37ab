#include "office/file_url.hpp"

namespace kinerja::office {

std::string file_url(const std::filesystem::path& path) {
  std::string url = "file://";
  for (char c : std::filesystem::absolute(path).string()) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
    if (plain) {
      url += c;
    } else {
      constexpr char hex[] = "0123456789ABCDEF";
      url += '%';
      url += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
      url += hex[static_cast<unsigned char>(c) & 0xF];
    }
  }
  return url;
}


}  // namespace kinerja::office
