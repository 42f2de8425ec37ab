#include "office/file_url.hpp"

#include <string_view>

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

std::filesystem::path path_of_file_url(const std::string& url) {
  constexpr std::string_view prefix = "file://";
  if (url.rfind(prefix, 0) != 0) return {};
  std::string path;
  for (std::size_t i = prefix.size(); i < url.size(); ++i) {
    const auto digit = [](char c) {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      return -1;
    };
    if (url[i] == '%' && i + 2 < url.size() && digit(url[i + 1]) >= 0 && digit(url[i + 2]) >= 0) {
      path += static_cast<char>(digit(url[i + 1]) * 16 + digit(url[i + 2]));
      i += 2;
    } else {
      path += url[i];
    }
  }
  return path.empty() || path[0] != '/' ? std::filesystem::path() : std::filesystem::path(path);
}

}  // namespace kinerja::office
