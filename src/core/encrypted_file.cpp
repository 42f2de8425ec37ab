#include "core/encrypted_file.hpp"

#include <string>

namespace kinerja::core {

namespace {

// A compound file's directory names entries in UTF-16LE.
std::string utf16le(std::string_view ascii) {
  std::string out;
  for (char c : ascii) {
    out += c;
    out += '\0';
  }
  return out;
}

}  // namespace

bool is_encrypted_ooxml(std::string_view bytes) {
  constexpr std::string_view compound_file_signature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  if (bytes.substr(0, compound_file_signature.size()) != compound_file_signature) return false;
  static const std::string info = utf16le("EncryptionInfo");
  static const std::string package = utf16le("EncryptedPackage");
  return bytes.find(info) != std::string_view::npos && bytes.find(package) != std::string_view::npos;
}

bool is_encrypted_odf_manifest(std::string_view manifest) {
  return manifest.find("encryption-data") != std::string_view::npos;
}

std::string encrypted_file_refusal(const std::string& name, bool master) {
  if (master) {
    return "Berkas " + name + " dilindungi sandi (terenkripsi): buka di LibreOffice dengan sandinya, simpan lagi "
           "tanpa sandi (Berkas > Simpan Sebagai, tanpa centang Simpan dengan sandi), lalu ulangi perintahnya.";
  }
  return "Berkas " + name + " dilindungi sandi (terenkripsi): minta bidang mengirim ulang tanpa sandi.";
}

}  // namespace kinerja::core
